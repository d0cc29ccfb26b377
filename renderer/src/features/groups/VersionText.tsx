/**
 * One version's words with its differences from the reference marked in place: substitutions and
 * spelling variants highlighted (the reference's words on hover), insertions underlined, omissions
 * shown struck through where they were left out. Text nodes only — never HTML.
 */
import { Fragment } from 'react';
import type { QuoteVersion, WordChange } from '../../../../shared/alignment';
import type { Quote } from '../../../../shared/types';
import { runsOf } from '../reader/highlight';

const CHANGE_CLASS: Record<WordChange['kind'], string> = {
  punctuation: 'diff diff-punct',
  spelling: 'diff diff-spell',
  synonym: 'diff diff-sub',
  changed: 'diff diff-sub',
  inserted: 'diff diff-ins',
  omitted: 'diff diff-del',
};

function titleOf(change: WordChange): string {
  switch (change.kind) {
    case 'inserted':
      return 'Not in the reference version';
    case 'synonym':
      return `Reference: “${change.reference}” (synonym)`;
    default:
      return `Reference: “${change.reference}”`;
  }
}

/** Where an omission with no words of its own is shown: after the change before it, or at an edge. */
function omissionAnchors(version: QuoteVersion, quotes: readonly Quote[]): Map<number, WordChange[]> {
  const anchors = new Map<number, WordChange[]>();
  const first = quotes[0];
  const last = quotes[quotes.length - 1];
  let previousEnd = first?.start ?? 0;
  for (const c of version.changes) {
    if (c.start >= 0) {
      previousEnd = c.end;
      continue;
    }
    if (c.kind !== 'omitted' || !first || !last) continue;
    const at = c.place === 'start' ? first.start : c.place === 'end' ? last.end : previousEnd;
    anchors.set(at, [...(anchors.get(at) ?? []), c]);
  }
  return anchors;
}

/** Renders a version against the reference. */
export function VersionText({ version, quotes }: { version: QuoteVersion; quotes: readonly Quote[] }) {
  const located = version.changes
    .map((c, i) => ({ c, mark: { start: c.start, end: c.end, id: String(i) } }))
    .filter(({ c }) => c.start >= 0 && c.end > c.start);
  const byId = new Map(located.map(({ c, mark }) => [mark.id, c]));
  const anchors = omissionAnchors(version, quotes);
  const ghost = (at: number) =>
    anchors.get(at)?.map((c, i) => (
      <del key={`del-${at}-${i}`} className={CHANGE_CLASS.omitted} title="In the reference, left out here">
        {c.reference}
      </del>
    ));

  return (
    <span className="version-text">
      {quotes.map((q, qi) => {
        const marks = located.filter(({ c }) => c.quoteId === q.id).map(({ mark }) => mark);
        return (
          <Fragment key={q.id}>
            {qi > 0 && (
              <span className="part-gap" title="The quote is split here by its attribution">
                {' … '}
              </span>
            )}
            {ghost(q.start)}
            {/* A quote's text is its article's text from q.start to q.end: the article itself is not needed. */}
            {runsOf(q.text, q.start, q.end, marks, q.start).map((r) => {
              const change = r.markId ? byId.get(r.markId) : undefined;
              const node = change ? (
                <span key={r.start} className={CHANGE_CLASS[change.kind]} title={titleOf(change)}>
                  {r.text}
                </span>
              ) : (
                <span key={r.start}>{r.text}</span>
              );
              const after = r.start + r.text.length;
              return (
                <Fragment key={r.start}>
                  {node}
                  {after !== q.start ? ghost(after) : null}
                </Fragment>
              );
            })}
          </Fragment>
        );
      })}
    </span>
  );
}
