/** The list of opened sources, with per-file failures shown right where the files would have been. */
import { useMemo } from 'react';
import { useApp } from '../../store/context';
import { selectTotalWords } from '../../store/appStore';
import { formatCount, plural } from '../../format';
import { FailureList } from './FailureList';
import { SourceItem } from './SourceItem';

/** The sidebar: sources, failures, load progress, totals. */
export function SourcesPanel() {
  const articles = useApp((s) => s.articles);
  // A source is highlighted only while its article is on screen.
  const selectedId = useApp((s) => (s.pane === 'article' ? s.selectedId : null));
  const loading = useApp((s) => s.loading);
  const cancelLoading = useApp((s) => s.cancelLoading);
  const totalWords = useApp(selectTotalWords);
  const analysis = useApp((s) => s.analysis);
  const quoteCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const q of analysis?.quotes ?? []) counts.set(q.articleId, (counts.get(q.articleId) ?? 0) + 1);
    return counts;
  }, [analysis]);

  return (
    <aside className="sources" aria-label="Sources">
      <header className="panel-header">
        <h2>Sources</h2>
        <span className="badge" aria-label={plural(articles.length, 'source')}>
          {formatCount(articles.length)}
        </span>
      </header>
      {loading && (
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={loading.total} aria-valuenow={loading.done}>
          <div className="progress-label">
            <span>{loading.total === 0 ? 'Looking for articles…' : `Opening ${formatCount(loading.done)} of ${plural(loading.total, 'file')}…`}</span>
            <button type="button" className="link-btn" onClick={() => void cancelLoading()}>
              Cancel
            </button>
          </div>
          <div className={loading.total === 0 ? 'progress-track indeterminate' : 'progress-track'}>
            <div className="progress-fill" style={{ width: `${loading.total === 0 ? 30 : (100 * loading.done) / loading.total}%` }} />
          </div>
        </div>
      )}
      <FailureList />
      <ul className="source-list" data-testid="source-list">
        {articles.map((a, i) => (
          <SourceItem key={a.id} article={a} index={i} selected={a.id === selectedId} quotes={quoteCounts.get(a.id)} />
        ))}
      </ul>
      {articles.length > 0 && (
        <footer className="panel-footer">
          {plural(articles.length, 'source')} · {plural(totalWords, 'word')}
        </footer>
      )}
    </aside>
  );
}
