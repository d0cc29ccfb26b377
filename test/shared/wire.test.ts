import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../shared/wire';

describe('wire encoding', () => {
  it('round-trips byte arrays inside contract values', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), fc.string(), (data, name) => {
        const value = { sources: [{ kind: 'bytes', name, data }] };
        expect(decodeWire(encodeWire(value))).toEqual(value);
      }),
      { numRuns: 50 },
    );
  });

  it('leaves ordinary objects alone', () => {
    expect(decodeWire(encodeWire({ a: [1, 'x', null], b: { c: true } }))).toEqual({ a: [1, 'x', null], b: { c: true } });
  });
});
