/**
 * happy-dom lays nothing out, so a virtual list sees a scroller 0 px tall and renders no rows. This
 * gives the app's scrollers a window-sized box for the duration of a test file.
 */
import { afterAll, beforeAll } from 'vitest';

const SCROLLERS = ['group-scroller', 'source-scroller'];

/** Call at the top of a test file whose views include a virtual list. */
export function withScrollerLayout(height = 800, width = 400): void {
  const saved = ['clientHeight', 'clientWidth'].map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const);
  beforeAll(() => {
    const size = (key: 'clientHeight' | 'clientWidth', value: number) =>
      Object.defineProperty(HTMLElement.prototype, key, {
        configurable: true,
        get(this: HTMLElement) {
          return SCROLLERS.some((c) => this.classList.contains(c)) ? value : 0;
        },
      });
    size('clientHeight', height);
    size('clientWidth', width);
  });
  afterAll(() => {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
    }
  });
}
