/**
 * Items by key, filled a page at a time, one Map per page. A single Map of 100,000 entries rehashes
 * all of them each time it doubles: in a Chromium trace of a 10,000-article load, one such growth was
 * a 60 ms task on its own. Pages stay small, and a lookup asks each page in turn (a few dozen at most).
 */
export class PagedIndex<V> {
  private readonly pages: Map<string, V>[] = [];

  constructor(private readonly keyOf: (item: V) => string) {}

  add(items: readonly V[]): void {
    if (items.length === 0) return;
    const page = new Map<string, V>();
    for (const item of items) page.set(this.keyOf(item), item);
    this.pages.push(page);
  }

  /** Newest page first: a group's quotes usually came in the pages just before it. */
  get(key: string): V | undefined {
    for (let i = this.pages.length - 1; i >= 0; i--) {
      const item = this.pages[i]!.get(key);
      if (item !== undefined) return item;
    }
    return undefined;
  }
}
