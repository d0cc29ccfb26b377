import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire, fromBase64Fallback, toBase64Fallback } from '../../shared/wire';

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

describe('base64 fallbacks (Node 20 has no Uint8Array.prototype.toBase64)', () => {
  it('agree with Buffer on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (data) => {
        const text = toBase64Fallback(data);
        expect(text).toBe(Buffer.from(data).toString('base64'));
        expect(fromBase64Fallback(text)).toEqual(data);
      }),
      { numRuns: 50 },
    );
  });

  it('are what encodeWire uses where the native methods are missing, and the native ones where present', () => {
    const data = new Uint8Array([0, 1, 2, 250, 255]);
    const proto = Uint8Array.prototype as Uint8Array & { toBase64?: () => string };
    const had = Object.getOwnPropertyDescriptor(proto, 'toBase64');
    proto.toBase64 = function (this: Uint8Array) {
      return `native:${toBase64Fallback(this)}`;
    };
    try {
      expect(encodeWire({ data })).toBe(`{"data":{"$bytes":"native:${toBase64Fallback(data)}"}}`);
    } finally {
      if (had) Object.defineProperty(proto, 'toBase64', had);
      else delete proto.toBase64;
    }
    expect(decodeWire(encodeWire({ data }))).toEqual({ data });
  });
});
