import { describe, expect, it } from 'vitest';
import { PagedIndex } from '../../../renderer/src/store/pagedIndex';

describe('PagedIndex', () => {
  it('finds an item of any page by key, and nothing for an unknown key', () => {
    const index = new PagedIndex<{ id: string; n: number }>((item) => item.id);
    index.add([{ id: 'a', n: 1 }, { id: 'b', n: 2 }]);
    index.add([]);
    index.add([{ id: 'c', n: 3 }]);
    expect(index.get('a')?.n).toBe(1);
    expect(index.get('c')?.n).toBe(3);
    expect(index.get('d')).toBeUndefined();
  });
});
