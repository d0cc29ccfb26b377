/**
 * A virtualised list of rows of one fixed height, keyed by id: only the rows on screen are in the DOM,
 * and nothing is measured while scrolling (a measured row would force a layout). With one height for
 * every row, which rows are on screen is arithmetic on the scroll position: nothing is worked out per
 * row of the whole list (a general virtualiser measured all 100,000 rows again each time the list
 * grew, a long task every second while a large set loaded).
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/** One row to render: which item, and where it sits. */
export interface FixedRow {
  readonly index: number;
  readonly key: string | number;
  /** Offset from the top of the list, in pixels. */
  readonly start: number;
}

/** The part of the scroller on screen. */
interface Viewport {
  readonly top: number;
  readonly height: number;
}

/**
 * The scroller's height before it has been laid out: the window's is a fair first guess, and reading
 * the scroller's own in the commit forced a layout of the whole page (a 74 ms task in a Chromium trace
 * when a large load's sources list first appeared).
 */
const firstHeight = () => (typeof window === 'undefined' ? 0 : window.innerHeight);

export function useFixedRows(items: readonly { readonly id: string }[], rowHeight: number, overscan: number) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<Viewport>(() => ({ top: 0, height: firstHeight() }));

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const show = (top: number, height: number) => setView((v) => (v.top === top && v.height === height ? v : { top, height }));
    // The scroll offset is known without a layout; the height is read when the browser reports a resize,
    // after its own layout (where there is no ResizeObserver, once now).
    let height = typeof ResizeObserver === 'function' ? firstHeight() : el.clientHeight;
    const scrolled = () => show(el.scrollTop, height);
    el.addEventListener('scroll', scrolled, { passive: true });
    const resize =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => {
            height = el.clientHeight;
            scrolled();
          })
        : null;
    resize?.observe(el);
    if (!resize) scrolled();
    return () => {
      el.removeEventListener('scroll', scrolled);
      resize?.disconnect();
    };
  }, []);

  const first = Math.max(0, Math.floor(view.top / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((view.top + view.height) / rowHeight) + overscan);
  const rows: FixedRow[] = [];
  for (let index = first; index < last; index++) rows.push({ index, key: items[index]?.id ?? index, start: index * rowHeight });

  /** Scrolls just enough to show the row (nothing when it is on screen already). */
  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scroller.current;
      if (!el) return;
      const top = index * rowHeight;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
    },
    [rowHeight],
  );

  return { scroller, rows, totalSize: items.length * rowHeight, scrollToIndex };
}
