/** Small labels shared by the group list and the group view. */
import type { Wording } from '../../../../shared/types';
import { WORDING_LABELS } from './rows';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** "A", "B", … for the n-th source; after Z, numbers. */
export const sourceLetter = (index: number): string => LETTERS[index] ?? String(index + 1);

/** A source's letter as a badge. */
export function SourceBadge({ index, title }: { index: number; title?: string }) {
  return (
    <span className="source-badge" title={title}>
      {sourceLetter(index)}
    </span>
  );
}

/** A row has room for this many source badges; more are summed up as "+n". */
const MAX_BADGES = 5;

/** The sources a quote or person appears in, as badges; a long list ends in "+n" (all named in its title). */
export function SourceBadges({ sources }: { sources: readonly number[] }) {
  const rest = sources.length - MAX_BADGES;
  return (
    <span className="group-sources">
      {sources.slice(0, rest > 0 ? MAX_BADGES - 1 : MAX_BADGES).map((s) => (
        <SourceBadge key={s} index={s} />
      ))}
      {rest > 0 && (
        <span className="source-badge more" title={`Also in ${sources.slice(MAX_BADGES - 1).map(sourceLetter).join(', ')}`}>
          +{rest + 1}
        </span>
      )}
    </span>
  );
}

/** The wording class as a coloured chip; groups with one version say so instead. */
export function WordingChip({ wording, single }: { wording: Wording | null; single: boolean }) {
  if (single) return <span className="chip chip-single">Single source</span>;
  if (!wording) return null;
  return <span className={`chip chip-${wording}`}>{WORDING_LABELS[wording]}</span>;
}

/** Speaker problems, worded so "reworded", "misattributed" and "unattributed" never blur. */
export function SpeakerChips({ conflict, unattributed }: { conflict: boolean; unattributed: boolean }) {
  return (
    <>
      {conflict && <span className="chip chip-conflict">Speaker differs</span>}
      {unattributed && <span className="chip chip-unattributed">Unattributed version</span>}
    </>
  );
}
