/** Binary search over offsets, for lists the stages keep sorted by position in the text. */

/** Index of the first item whose position is at or after `at`, in a list sorted by position; the list's length when none is. */
export function firstAtOrAfter<T>(list: readonly T[], at: number, positionOf: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positionOf(list[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
