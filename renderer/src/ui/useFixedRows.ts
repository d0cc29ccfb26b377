/**
 * A virtualised list of rows of one fixed height, keyed by id: only the rows on screen are in the DOM,
 * and nothing is measured while scrolling (a measured row would force a layout).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

export function useFixedRows(items: readonly { readonly id: string }[], rowHeight: number, overscan: number) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan,
    getItemKey: (i) => items[i]?.id ?? i,
  });
  return { scroller, virtualizer };
}
