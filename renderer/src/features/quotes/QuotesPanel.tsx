/**
 * Quotes found in the selected article. This is where the analysis shows up; until the extraction
 * engine is switched on the engine returns no quotes and the panel says so.
 */
import { useMemo } from 'react';
import { plural } from '../../format';
import { useApp } from '../../store/context';

const KIND_LABEL = { direct: 'Direct', mixed: 'Partial', indirect: 'Reported' } as const;

/** The right-hand panel. */
export function QuotesPanel() {
  const selectedId = useApp((s) => s.selectedId);
  const analysis = useApp((s) => s.analysis);
  const analysing = useApp((s) => s.analysing);
  const quotes = useMemo(() => (analysis?.quotes ?? []).filter((q) => q.articleId === selectedId), [analysis, selectedId]);

  return (
    <aside className="quotes" aria-label="Quotes">
      <header className="panel-header">
        <h2>Quotes</h2>
        {analysing ? <span className="spinner" aria-label="Analysing" /> : <span className="badge">{quotes.length}</span>}
      </header>
      {quotes.length === 0 ? (
        <div className="panel-empty">
          <p>{analysing ? 'Looking for quotes…' : 'No quotes found in this article yet.'}</p>
          <p className="muted">Quotes and their speakers appear here, lined up against the other sources.</p>
        </div>
      ) : (
        <ol className="quote-list">
          {quotes.map((q) => (
            <li key={q.id} className="quote-card">
              <blockquote>{q.text}</blockquote>
              <div className="quote-meta">
                <span className={`kind kind-${q.kind}`}>{KIND_LABEL[q.kind]}</span>
                <span className="speaker">{q.speaker ? q.speaker.name : 'Unattributed'}</span>
                {q.cue && <span className="muted">“{q.cue}”</span>}
              </div>
            </li>
          ))}
        </ol>
      )}
      {quotes.length > 0 && <footer className="panel-footer">{plural(quotes.length, 'quote')}</footer>}
    </aside>
  );
}
