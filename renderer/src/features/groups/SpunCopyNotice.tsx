/** Article-level warning: one source reads like a machine-reworded copy of another. */
import { useApp } from '../../store/context';
import { sourceLetter } from './badges';

/** One line per suspected spun copy, above the quote list. */
export function SpunCopyNotice() {
  const reports = useApp((s) => s.analysis?.spunCopies);
  const articles = useApp((s) => s.articles);
  if (!reports || reports.length === 0) return null;
  const index = new Map(articles.map((a, i) => [a.id, i]));
  return (
    <ul className="spun-list" aria-label="Possible spun copies">
      {reports.map((r) => {
        const copy = index.get(r.articleId);
        const source = index.get(r.sourceArticleId);
        if (copy === undefined || source === undefined) return null;
        const examples = r.substitutions
          .slice(0, 3)
          .map((s) => `${s.from}→${s.to}`)
          .join(', ');
        return (
          <li key={`${r.articleId}-${r.sourceArticleId}`} className="spun" role="note" data-testid="spun-copy">
            <strong>
              Source {sourceLetter(copy)} is a possible spun copy of source {sourceLetter(source)}
            </strong>
            <span>
              {Math.round(r.alignedShare * 100)}% of sentences line up; {Math.round(r.substitutionRate * 100)}% of words swapped
              {examples ? ` (${examples})` : ''}.
            </span>
          </li>
        );
      })}
    </ul>
  );
}
