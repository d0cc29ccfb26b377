/** The selected article as a readable page, with the quotes the engine found marked in place. */
import { useEffect, useMemo, useRef } from 'react';
import { formatBytes, formatDate, plural } from '../../format';
import { useApp } from '../../store/context';
import { selectSelectedArticle } from '../../store/appStore';
import { paragraphsOf } from './highlight';

const FURNITURE = 'furniture:';

/** The reading pane. */
export function ArticleView() {
  const article = useApp(selectSelectedArticle);
  // Main keeps the text; it is asked for when the article is shown (see ArticleInfo).
  const text = useApp((s) => (article ? s.texts.get(article.id) : undefined));
  const needText = useApp((s) => s.needText);
  const lookup = useApp((s) => s.lookup);
  const focusQuoteId = useApp((s) => s.focusQuoteId);
  const hasGroup = useApp((s) => s.selectedGroupId !== null);
  const showGroup = useApp((s) => s.showGroup);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (article && text === undefined) needText(article.id);
  }, [article, text, needText]);
  const paragraphs = useMemo(() => {
    if (!article || text === undefined) return [];
    const marks = lookup.quotesOf(article.id).map((q) => ({ start: q.start, end: q.end, id: q.id }));
    // Site furniture (read-more lines, credits, notes) is shown dimmed: it is never quoted.
    const furniture = (article.furniture ?? []).map((f, i) => ({ start: f.start, end: f.end, id: `${FURNITURE}${i}` }));
    return paragraphsOf(text, [...marks, ...furniture]);
  }, [article, text, lookup]);

  useEffect(() => {
    if (!focusQuoteId) return;
    body.current?.querySelector(`[data-quote-id="${CSS.escape(focusQuoteId)}"]`)?.scrollIntoView({ block: 'center' });
  }, [focusQuoteId, paragraphs]);

  if (!article) return null;
  // The first paragraph is the title line; it is shown as the heading, not repeated in the body.
  const [first, ...rest] = paragraphs;
  const shown = first && first.runs.map((r) => r.text).join('').trim() === article.title ? rest : paragraphs;

  return (
    <article className="reader" aria-label={article.title}>
      {hasGroup && (
        <button type="button" className="link-btn back-link" onClick={showGroup}>
          ← Back to the quote
        </button>
      )}
      <header className="reader-header">
        <p className="reader-kicker">{[article.siteName, article.published && formatDate(article.published), article.name].filter(Boolean).join(' · ')}</p>
        <h1 className="reader-title">{article.title}</h1>
        {article.byline && <p className="reader-byline">{article.byline}</p>}
        <p className="reader-meta">
          {plural(article.wordCount, 'word')} · {formatBytes(article.byteLength)} · {article.encoding.toUpperCase()}
        </p>
      </header>
      <div className="reader-body" ref={body} aria-busy={text === undefined}>
        {shown.map((p) => (
          <p key={p.start}>
            {p.runs.map((r) =>
              r.markId?.startsWith(FURNITURE) ? (
                <span key={r.start} className="furniture" title="Site furniture: not part of the article, never quoted">
                  {r.text}
                </span>
              ) : r.markId ? (
                <mark key={r.start} className={r.markId === focusQuoteId ? 'quote-mark focused' : 'quote-mark'} data-quote-id={r.markId}>
                  {r.text}
                </mark>
              ) : (
                <span key={r.start}>{r.text}</span>
              ),
            )}
          </p>
        ))}
      </div>
    </article>
  );
}
