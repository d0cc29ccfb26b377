/** Toolbar menu for the review file: where it is kept, open one, save or download it. */
import { useRef } from 'react';
import { useApp } from '../../store/context';
import { Menu, MenuItem } from '../../ui/Menu';

/** Describes where the review lives, in a few words. */
function placeLabel(place: string | null): string {
  if (!place) return 'Not saved yet';
  if (place === 'browser') return 'Kept in this browser';
  return `Saved to ${place.replace(/^.*[\\/]/, '')}`;
}

/** The Review button with its commands. */
export function ReviewMenu() {
  const native = useApp((s) => s.info?.nativeDialogs ?? false);
  const place = useApp((s) => s.reviewPlace);
  // One row per group; asking the quick analysis for its groups would build them all.
  const hasGroups = useApp((s) => s.rows.length > 0);
  const openReview = useApp((s) => s.openReview);
  const openReviewFile = useApp((s) => s.openReviewFile);
  const saveReviewAs = useApp((s) => s.saveReviewAs);
  const input = useRef<HTMLInputElement>(null);

  const picker = (
    <input
      ref={input}
      type="file"
      hidden
      accept=".json,application/json"
      data-testid="review-input"
      onChange={(e) => {
        const file = e.currentTarget.files?.[0];
        e.currentTarget.value = '';
        if (file) void openReviewFile(file);
      }}
    />
  );

  return (
    <Menu label="Review" title={place ?? undefined} after={picker}>
      <li role="none" className="menu-note" data-testid="review-place">
        {placeLabel(place)}
      </li>
      <MenuItem onSelect={() => (native ? void openReview() : input.current?.click())}>Open review…</MenuItem>
      {hasGroups && <MenuItem onSelect={() => void saveReviewAs()}>{native ? 'Save review as…' : 'Download review file'}</MenuItem>}
    </Menu>
  );
}
