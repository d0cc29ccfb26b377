import { describe, expect, it } from 'vitest';
import { mapInSlices } from '../../../renderer/src/ui/slices';

describe('slices', () => {
  it('maps every item in order, whatever the slicing', async () => {
    const items = Array.from({ length: 5000 }, (_, i) => i);
    expect(await mapInSlices(items, (i) => i * 2)).toEqual(items.map((i) => i * 2));
  });

  it('gives way between slices: other tasks run before a long map finishes', async () => {
    let ran = false;
    setTimeout(() => (ran = true), 0);
    const slow = (i: number) => {
      const until = performance.now() + 1;
      while (performance.now() < until);
      return i;
    };
    await mapInSlices(Array.from({ length: 40 }, (_, i) => i), slow);
    expect(ran).toBe(true);
  });

});
