/** The window layout: toolbar, then sources | article | quotes, or the empty state. */
import { useCallback, useEffect } from 'react';
import { DropOverlay } from '../features/open/DropOverlay';
import { FileChooserProvider } from '../features/open/FileChooser';
import { useFileDrop } from '../features/open/useFileDrop';
import { usePasteAsSource } from '../features/open/usePasteAsSource';
import { GroupDetail } from '../features/groups/GroupDetail';
import { GroupList } from '../features/groups/GroupList';
import { ArticleView } from '../features/reader/ArticleView';
import { SourcesPanel } from '../features/sources/SourcesPanel';
import { FailureList } from '../features/sources/FailureList';
import { useApp } from '../store/context';
import { useReviewKeys } from '../features/review/ReviewBar';
import { EmptyState } from './EmptyState';
import { Toolbar } from './Toolbar';

/** The whole app. */
export function App() {
  const openFiles = useApp((s) => s.openFiles);
  const hasArticles = useApp((s) => s.articles.length > 0);
  const loading = useApp((s) => s.loading);
  const error = useApp((s) => s.error);
  const dismissError = useApp((s) => s.dismissError);
  const pane = useApp((s) => s.pane);
  const notice = useApp((s) => s.notice);
  const dismissNotice = useApp((s) => s.dismissNotice);
  const onDrop = useCallback((files: File[]) => void openFiles(files), [openFiles]);
  const extensions = useApp((s) => s.info?.extensions);
  const accept = useCallback((f: File) => !extensions || extensions.some((e) => f.name.toLowerCase().endsWith(e)), [extensions]);
  const dragging = useFileDrop(onDrop, accept);
  useReviewKeys();
  usePasteAsSource(useCallback((file: File) => void openFiles([file]), [openFiles]));

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismissNotice, 4000);
    return () => clearTimeout(timer);
  }, [notice, dismissNotice]);

  return (
    <FileChooserProvider>
    <div className="app">
      <Toolbar />
      {error && (
        <div className="banner" role="alert">
          <span>{error}</span>
          <button type="button" className="btn btn-ghost" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      )}
      {hasArticles || loading ? (
        <main className="workspace">
          <SourcesPanel />
          <GroupList />
          <section className="detail" aria-label={pane === 'article' ? 'Article' : 'Quote across sources'}>
            {pane === 'article' ? <ArticleView /> : <GroupDetail />}
          </section>
        </main>
      ) : (
        <main className="start">
          <div className="start-failures">
            <FailureList />
          </div>
          <EmptyState />
        </main>
      )}
      {notice && (
        <div className="toast" role="status">
          <span>{notice}</span>
          <button type="button" className="icon-btn" aria-label="Dismiss" onClick={dismissNotice}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        </div>
      )}
      {dragging && <DropOverlay />}
    </div>
    </FileChooserProvider>
  );
}
