/**
 * The decision on the selected group: four statuses (keys 1–4, again to clear) and a note. Every
 * change autosaves.
 */
import { REVIEW_STATUSES, STATUS_LABELS } from '../../../../shared/review';
import { useApp } from '../../store/context';
import { selectSelectedSummary } from '../../store/appStore';
import { isTyping, useWindowEvent } from '../../ui/windowEvents';

/** Decision buttons and note for one group. */
export function ReviewBar({ groupId }: { groupId: string }) {
  const mark = useApp((s) => s.marks[groupId]);
  const setMark = useApp((s) => s.setMark);
  const setNote = useApp((s) => s.setNote);
  return (
    <div className="review" data-testid="review">
      <div className="review-statuses" role="radiogroup" aria-label="Decision">
        {REVIEW_STATUSES.map((status, i) => (
          <button
            key={status}
            type="button"
            role="radio"
            aria-checked={mark?.status === status}
            className={`review-status status-${status}${mark?.status === status ? ' active' : ''}`}
            onClick={() => setMark(groupId, status)}
            title={`${STATUS_LABELS[status]} (${i + 1})`}
          >
            <kbd>{i + 1}</kbd> {STATUS_LABELS[status]}
          </button>
        ))}
      </div>
      <textarea
        className="review-note"
        aria-label="Note"
        placeholder="Note for this quote (saved automatically)"
        rows={2}
        value={mark?.note ?? ''}
        onChange={(e) => setNote(groupId, e.currentTarget.value)}
      />
    </div>
  );
}

/** Keys 1–4 mark the selected group, 0 clears, Enter opens the quote in its article. */
export function useReviewKeys(): void {
  const selectedGroupId = useApp((s) => s.selectedGroupId);
  const pane = useApp((s) => s.pane);
  const setMark = useApp((s) => s.setMark);
  const showInArticle = useApp((s) => s.showInArticle);
  // The summary is at hand at once (the versions may still be on their way); it names the reference's quotes.
  const group = useApp(selectSelectedSummary);
  const lookup = useApp((s) => s.lookup);
  useWindowEvent('keydown', (e) => {
    if (!selectedGroupId || pane !== 'group' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    const status = REVIEW_STATUSES[Number(e.key) - 1];
    if (status) {
      e.preventDefault();
      setMark(selectedGroupId, status);
    } else if (e.key === 'Enter' && (e.target as HTMLElement | null)?.tagName !== 'BUTTON') {
      const first = group?.referenceQuoteIds[0];
      const quote = first === undefined ? undefined : lookup.quote(first);
      if (quote) {
        e.preventDefault();
        showInArticle(quote.articleId, quote.id);
      }
    }
  });
}
