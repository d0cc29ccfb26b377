/**
 * Items by id, spread over a fixed number of small Maps. A single Map of 100,000 entries rehashes all
 * of them each time it doubles: in a Chromium trace of a 10,000-article load, one such growth was a
 * 60 ms task on its own. A Map per page of results avoided that, but a lookup then asked every page
 * (90 for the full result), which made building the rows of the last pages slow. Shards stay small
 * (a rehash moves a few thousand entries) and a lookup asks one of them.
 */
const SHARDS = 64;

/** The shard of an id. Ids end in a running number (q1, g2, x3.4:q5), so their last characters spread them. */
function shardOf(id: string): number {
  let hash = 0;
  for (let i = Math.max(0, id.length - 3); i < id.length; i++) hash = hash * 31 + id.charCodeAt(i);
  return hash & (SHARDS - 1);
}

export class ShardedIndex<V> {
  private readonly shards = Array.from({ length: SHARDS }, () => new Map<string, V>());

  constructor(private readonly idOf: (item: V) => string) {}

  add(items: readonly V[]): void {
    for (const item of items) {
      const id = this.idOf(item);
      this.shards[shardOf(id)]!.set(id, item);
    }
  }

  get(id: string): V | undefined {
    return this.shards[shardOf(id)]!.get(id);
  }
}
