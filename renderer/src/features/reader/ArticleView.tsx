/** The selected article as a readable page, with the quotes the engine found marked in place. */
import { useMemo } from 'react';
import { formatBytes, plural } from '../../format';
import { useApp } from '../../store/context';
import { selectSelectedArticle } from '../../store/appStore';
import { paragraphsOf } from './highlight';

/** The reading pane. */
export function ArticleView() {
  const article = useApp(selectSelectedArticle);
  const analysis = useApp((s) => s.analysis);
  const paragraphs = useMemo(() => {
    if (!article) return [];
    const marks = (analysis?.quotes ?? []).filter((q) => q.articleId === article.id).map((q) => ({ start: q.start, end: q.end, id: q.id }));
    return paragraphsOf(article.text, marks);
  }, [article, analysis]);

  if (!article) return null;
  // The first paragraph is the title line; it is shown as the heading, not repeated in the body.
  const [first, ...rest] = paragraphs;
  const body = first && first.runs.map((r) => r.text).join('').trim() === article.title ? rest : paragraphs;

  return (
    <article className="reader" aria-label={article.title}>
      <header className="reader-header">
        <p className="reader-kicker">{article.name}</p>
        <h1 className="reader-title">{article.title}</h1>
        <p className="reader-meta">
          {plural(article.wordCount, 'word')} · {formatBytes(article.byteLength)} · {article.encoding.toUpperCase()}
        </p>
      </header>
      <div className="reader-body">
        {body.map((p) => (
          <p key={p.start}>
            {p.runs.map((r) =>
              r.markId ? (
                <mark key={r.start} className="quote-mark" data-quote-id={r.markId}>
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
