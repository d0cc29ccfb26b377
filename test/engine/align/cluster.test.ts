import { describe, expect, it } from 'vitest';
import { ConstrainedSets, Relatedness } from '../../../electron/engine/align/cluster';

describe('ConstrainedSets', () => {
  it('joins sets unless a member of one must stay apart from a member of the other', () => {
    const s = new ConstrainedSets(4);
    s.forbid(0, 2);
    expect(s.union(0, 1)).toBe(true);
    expect(s.union(1, 2)).toBe(false);
    expect(s.union(2, 3)).toBe(true);
    expect(s.union(3, 0)).toBe(false);
    expect(s.find(1)).toBe(s.find(0));
    expect(s.find(3)).not.toBe(s.find(0));
  });
});

describe('Relatedness', () => {
  it('relates articles that share a group or are known copies', () => {
    const r = new Relatedness();
    r.addGroup(0, new Set(['a', 'b']));
    r.addPair('c', 'd');
    expect(r.related('a', 'b')).toBe(true);
    expect(r.related('c', 'd')).toBe(true);
    expect(r.related('a', 'c')).toBe(false);
    expect(r.related('e', 'e')).toBe(true);
  });
});
