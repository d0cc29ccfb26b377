import { describe, expect, it } from 'vitest';
import { ShardedIndex } from '../../../renderer/src/store/shardedIndex';

describe('ShardedIndex', () => {
  it('finds every item added, in whichever batch, and nothing for an unknown id', () => {
    const index = new ShardedIndex<{ id: string; n: number }>((item) => item.id);
    const items = Array.from({ length: 5000 }, (_, n) => ({ id: n % 2 ? `q${n}` : `x1.2:g${n}`, n }));
    index.add(items.slice(0, 1234));
    index.add([]);
    index.add(items.slice(1234));
    for (const item of items) expect(index.get(item.id)).toBe(item);
    expect(index.get('q5000')).toBeUndefined();
    expect(index.get('')).toBeUndefined();
  });
});
