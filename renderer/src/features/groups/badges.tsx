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
