import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizePart, type Token } from '../../../electron/engine/align/tokens';
import { containment, containmentBound, strayEdge, verifyPair } from '../../../electron/engine/align/verify';
import { alignWords, type Match } from '../../../electron/engine/align/words';

const tok = (s: string) => tokenizePart(s, 0);
const link = (a: string, b: string, relation: 'same' | 'unknown' | 'different' = 'same') => verifyPair(tok(a), tok(b), relation, false, null).link;

describe('verifyPair', () => {
  it('accepts an excerpt of the same speaker, however short the excerpt', () => {
    expect(link('We need strong leadership. I am not quite there yet.', 'I’m not quite there yet,')).toBe('strong');
    expect(link('but God wants us to help ourselves by putting people back to work', 'putting people back to work')).toBe('strong');
  });

  it('accepts overlapping excerpts that share an unbroken stretch', () => {
    expect(link('As mayor, I will end the war on our parks and I will fight for every bench in this city,', 'And I will fight for every bench in this city. Parks made us strong.')).toBe('strong');
  });

  it('rejects remarks that only share a stock phrase', () => {
    expect(link('I still think he was destined to be president of the United States.', 'I know him, and he is not going to be president of the United States.', 'different')).toBeNull();
    expect(link('In our shared mission to make America great again, I support the speaker,', 'my partner in this campaign, to make America safe again and to make America great again.')).not.toBe('strong');
  });

  it('tells a different sentence sharing a phrase from an excerpt of it', () => {
    expect(link('But I was against the war in Iraq. I said it would destabilize the region.', 'totally against the war in Iraq')).toBe('distinct');
    expect(link('That is not putting people back to work,', 'but God wants us to help ourselves by putting people back to work!')).not.toBe('strong');
  });

  it('needs more for a missing speaker and much more for a different one', () => {
    expect(link('freedom means freedom for everyone', 'I think that freedom means freedom for everyone,', 'different')).toBeNull();
    expect(link('Our schools will get every cent they were promised this year.', 'Our schools will get every cent they were promised this year', 'different')).toBe('strong');
    expect(link('every cent the state legislature promised them', 'Our schools will get every cent the state legislature promised them this year', 'unknown')).toBe('strong');
    expect(link('every cent they were promised', 'Our schools will get every cent they were promised this year', 'unknown')).toBeNull();
  });

  it('does not see a misattribution where one speaker quotes another', () => {
    expect(link('Crooked Ann and her team ‘were extremely careless in their handling of very sensitive, highly classified information.’ Not fit!', 'extremely careless in their handling of very sensitive, highly classified information.', 'different')).toBeNull();
  });
});

describe('containmentBound', () => {
  it('bounds the aligned containment from above', () => {
    const a = tok('the cat sat on the mat');
    const b = tok('on the mat the cat sat');
    expect(containmentBound(a, b).value).toBe(1);
    expect(containmentBound(tok('dogs bark loudly.'), tok('cats purr softly.')).value).toBe(0);
  });
});

/** The word pieces random wordings are made of: function and content words, names, ellipses, brackets. */
const PIECES = ['we', 'will', 'build', 'the', 'bridge', 'of', 'this', 'state', 'Lane', 'Pike', '…', '[it]', 'never', 'people', 'said', 'a', 'deal'];
const wording = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }).map((w) => tok(w.join(' ')));

/** `containment` as first written (a set of matched indexes, a closure per stretch), to check the faster one against. */
function containmentBySet(a: readonly Token[], b: readonly Token[], matches: readonly Match[]): number {
  const weight = (t: Token): number => (t.editorial ? 0 : t.stop || t.aside ? 0.25 : 1);
  const shorterIsA = a.reduce((s, t) => s + weight(t), 0) <= b.reduce((s, t) => s + weight(t), 0);
  const short = shorterIsA ? a : b;
  const matched = new Set(matches.map((m) => (shorterIsA ? m.a : m.b)));
  let total = 0;
  let segment = 0;
  let segmentHit = false;
  const flush = (): void => {
    if (segmentHit || matched.size === 0) total += segment;
    segment = 0;
    segmentHit = false;
  };
  short.forEach((t, i) => {
    if (t.afterEllipsis) flush();
    segment += weight(t);
    if (matched.has(i)) segmentHit = true;
  });
  flush();
  const value = { same: 1, spelling: 1, truncated: 1, inflection: 0.8, synonym: 0.8 } as const;
  const got = matches.reduce((s, m) => s + weight(short[shorterIsA ? m.a : m.b]!) * value[m.kind], 0);
  return total > 0 ? got / total : 0;
}

/** `strayEdge` as first written (slices of each edge), to check the faster one against. */
function strayEdgeBySlices(a: readonly Token[], b: readonly Token[], matches: readonly Match[], shorterIsA: boolean): boolean {
  const first = matches[0];
  const last = matches[matches.length - 1];
  if (!first || !last) return false;
  const s = shorterIsA ? a : b;
  const l = shorterIsA ? b : a;
  const [sFirst, lFirst, sLast, lLast] = shorterIsA ? [first.a, first.b, last.a, last.b] : [first.b, first.a, last.b, last.a];
  const cut = (run: readonly Token[]): boolean => run.some((t) => t.afterEllipsis);
  const stray = (run: readonly Token[], other: number, marks: boolean): boolean =>
    run.some((t) => !t.stop && !t.editorial) && other >= run.length + 2 && !marks;
  return (
    stray(s.slice(0, sFirst), lFirst, cut(s.slice(0, sFirst + 1)) || cut(l.slice(0, lFirst + 1))) ||
    stray(s.slice(sLast + 1), l.length - 1 - lLast, cut(s.slice(sLast + 1)) || cut(l.slice(lLast + 1)))
  );
}

/** `containmentBound` as first written (a set of key and negated stem ids per list), to check the stamped one against. */
function boundBySets(a: readonly Token[], b: readonly Token[]): { value: number; content: number; count: number } {
  const weight = (t: Token): number => (t.editorial ? 0 : t.stop || t.aside ? 0.25 : 1);
  const profileOf = (tokens: readonly Token[]) => ({
    tokens,
    weight: tokens.reduce((s, t) => s + weight(t), 0),
    present: new Set(tokens.flatMap((t) => [t.keyId, -1 - t.stemId])),
    censored: tokens.some((t) => t.censored),
    proper: tokens.some((t) => t.proper),
    cut: tokens.some((t) => t.cut),
  });
  const pa = profileOf(a);
  const pb = profileOf(b);
  const [short, long] = pa.weight <= pb.weight ? [pa, pb] : [pb, pa];
  let got = 0;
  let content = 0;
  let count = 0;
  for (const t of short.tokens) {
    if (long.censored || long.present.has(t.keyId) || long.present.has(-1 - t.stemId) || t.cut || t.censored || (t.proper && long.proper)) {
      got += weight(t);
      count++;
      if (!t.stop && !t.editorial) content++;
    }
  }
  if (long.cut) {
    got += 1;
    content += 1;
    count += 1;
  }
  return { value: short.weight > 0 ? Math.min(1, got / short.weight) : 0, content, count };
}

describe('containment, containmentBound and strayEdge', () => {
  it('give what the set- and slice-based versions gave, for any two wordings and their alignment', () => {
    fc.assert(
      fc.property(wording, wording, (a, b) => {
        const matches = alignWords(a, b, { synonyms: null });
        const c = containment(a, b, matches);
        expect(c.value).toBe(containmentBySet(a, b, matches));
        expect(strayEdge(a, b, matches, c.shorterIsA)).toBe(strayEdgeBySlices(a, b, matches, c.shorterIsA));
        expect(strayEdge(a, b, matches, !c.shorterIsA)).toBe(strayEdgeBySlices(a, b, matches, !c.shorterIsA));
        expect(containmentBound(a, b)).toEqual(boundBySets(a, b));
      }),
      { numRuns: 400 },
    );
  });
});
