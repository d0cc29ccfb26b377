/** The list of opened sources, with per-file failures shown right where the files would have been. */
import type { ArticleInfo } from '../../../../shared/contract';
import { useApp } from '../../store/context';
import { useFixedRows } from '../../ui/useFixedRows';
import { selectTotalWords } from '../../store/appStore';
import { formatCount, plural } from '../../format';
import { FailureList } from './FailureList';
import { SourceItem } from './SourceItem';

/** Up to this many sources are all in the page (find-in-page sees them); more are virtualised. */
const PLAIN_MAX = 150;

/** A source card in the virtual list: title on one line, fixed height, so scrolling never measures. */
const ROW_HEIGHT = 78;

interface RowsProps {
  readonly articles: readonly ArticleInfo[];
  readonly selectedId: string | null;
  readonly quoteCounts: ReadonlyMap<string, number>;
}

/** Only the cards on screen are in the DOM, so ten thousand sources list as quickly as ten. */
function VirtualSources({ articles, selectedId, quoteCounts }: RowsProps) {
  const { scroller, rows, totalSize } = useFixedRows(articles, ROW_HEIGHT, 6);
  return (
    <div ref={scroller} className="source-scroller">
      <ul className="source-list virtual" data-testid="source-list" style={{ height: totalSize }}>
        {rows.map((item) => {
          const a = articles[item.index];
          if (!a) return null;
          return (
            <SourceItem
              key={item.key}
              article={a}
              index={item.index}
              selected={a.id === selectedId}
              quotes={quoteCounts.get(a.id)}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT - 2 }}
            />
          );
        })}
      </ul>
    </div>
  );
}

/** The sidebar: sources, failures, load progress, totals. */
export function SourcesPanel() {
  const articles = useApp((s) => s.articles);
  // A source is highlighted only while its article is on screen.
  const selectedId = useApp((s) => (s.pane === 'article' ? s.selectedId : null));
  const loading = useApp((s) => s.loading);
  const cancelLoading = useApp((s) => s.cancelLoading);
  const totalWords = useApp(selectTotalWords);
  const quoteCounts = useApp((s) => s.quoteCounts);

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
      {/* A large load is virtual from its first files: listing 150 cards plainly and then swapping them for
          the virtual list forced a layout of the whole page mid-load (a 124 ms task in a Chromium trace). */}
      {articles.length > PLAIN_MAX || (loading?.total ?? 0) > PLAIN_MAX ? (
        <VirtualSources articles={articles} selectedId={selectedId} quoteCounts={quoteCounts} />
      ) : (
        <ul className="source-list" data-testid="source-list">
          {articles.map((a, i) => (
            <SourceItem key={a.id} article={a} index={i} selected={a.id === selectedId} quotes={quoteCounts.get(a.id)} />
          ))}
        </ul>
      )}
      {articles.length > 0 && (
        <footer className="panel-footer">
          {plural(articles.length, 'source')} · {plural(totalWords, 'word')}
        </footer>
      )}
    </aside>
  );
}
