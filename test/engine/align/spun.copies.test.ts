import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSpunCopies, hasWords, SpunCopyFinder, wordRuns } from '../../../electron/engine/align/spun';
import { WordNetSynonyms } from '../../../electron/engine/align/wordnet';
import { article } from './helpers';

const wn = new WordNetSynonyms();

/** Names and numbers: a sentence's anchors, which a spinner leaves alone. */
const ANCHORS = ['Lisbon', 'Porto', 'Maria', 'Silva', 'Tagus', '42', '1998', 'Atlantic'];
const WORDS = ['said', 'ships', 'reached', 'the', 'harbor', 'on', 'officials', 'big', 'crowd', 'waited', 'for', 'hours', 'in', 'rain', 'new', 'ferry', 'service', 'and'];
/** What a spinner swaps each word for. */
const SPUN_AS: Record<string, string> = {
  said: 'mentioned',
  ships: 'vessels',
  reached: 'arrived at',
  harbor: 'port',
  big: 'large',
  crowd: 'throng',
  waited: 'stayed',
  hours: 'ages',
  rain: 'downpour',
  new: 'fresh',
  service: 'route',
};

/** A sentence as words, with two or three anchors among them (so that articles holding it share a signature). */
const sentenceSpec = fc.record({
  anchors: fc.uniqueArray(fc.constantFrom(...ANCHORS), { minLength: 2, maxLength: 3 }),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 }),
  at: fc.nat(),
});
type SentenceSpec = { anchors: string[]; words: string[]; at: number };

function sentenceText(s: SentenceSpec, spun: boolean): string {
  const words = s.words.map((w) => (spun ? (SPUN_AS[w] ?? w) : w));
  s.anchors.forEach((a, k) => words.splice((s.at + k) % (words.length + 1), 0, a));
  return `The ${words.join(' ')}.`;
}

/** A line of the text: a sentence of the pool as written or spun, or one without content words. */
const line = fc.oneof(fc.record({ sentence: fc.nat(), spun: fc.boolean() }), fc.constant(null));
/**
 * A first line: one of the pool's sentences (as a headline, perhaps without its full stop: then
 * every word of it aligns with the sentence, which is another), a headline of its own, or a line
 * without content words.
 */
const headline = fc.oneof(
  fc.record({ sentence: fc.nat(), spun: fc.boolean(), bare: fc.boolean() }),
  fc.nat({ max: 3 }).map((k) => ({ copy: k })),
  fc.constant(null),
);

/** Copies of a few texts (bodies of sentences from one pool), each under some first line. */
const corpus = fc.record({
  pool: fc.array(sentenceSpec, { minLength: 3, maxLength: 8 }),
  bodies: fc.array(fc.array(line, { minLength: 3, maxLength: 9 }), { minLength: 1, maxLength: 3 }),
  articles: fc.array(fc.record({ body: fc.nat(), headline, arrival: fc.nat() }), { minLength: 2, maxLength: 9 }),
});

type CorpusSpec = typeof corpus extends fc.Arbitrary<infer T> ? T : never;

function build(spec: CorpusSpec) {
  const lineText = (l: { sentence: number; spun: boolean; bare?: boolean } | { copy: number } | null): string => {
    if (l === null) return 'It is what it is.';
    if ('copy' in l) return `Ferry news from the coast (copy ${l.copy})`;
    const text = sentenceText(spec.pool[l.sentence % spec.pool.length]!, l.spun);
    return l.bare ? text.slice(0, -1) : text;
  };
  const articles = spec.articles.map((a, i) => {
    const body = spec.bodies[a.body % spec.bodies.length]!;
    return article(`a${i}`, `${lineText(a.headline)}\n${body.map(lineText).join(' ')}`);
  });
  // Arrival order: by the drawn numbers, ties in input order.
  const arrival = articles.map((_, i) => i).sort((x, y) => spec.articles[x]!.arrival - spec.articles[y]!.arrival || x - y);
  return { articles, arrival };
}

describe('spun copies of one text under other first lines', () => {
  it('are found as when every pair is aligned in full, compared early in any order or all at the end', () => {
    fc.assert(
      fc.property(corpus, (spec) => {
        const { articles, arrival } = build(spec);
        const reference = new SpunCopyFinder(null, true).find(articles, wn);
        expect(findSpunCopies(articles, wn)).toEqual(reference);
        const early = new SpunCopyFinder(() => wn);
        for (const i of arrival) early.add(articles[i]!, undefined, i);
        expect(early.find(articles, wn)).toEqual(reference);
        const earlyReference = new SpunCopyFinder(() => wn, true);
        for (const i of arrival) earlyReference.add(articles[i]!, undefined, i);
        expect(earlyReference.find(articles, wn)).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });

  it('are reported when the first lines hold the substitutions', () => {
    const pool: SentenceSpec[] = [
      { anchors: ['Lisbon', 'Porto'], words: ['said', 'ships', 'reached', 'the', 'harbor'], at: 1 },
      { anchors: ['Maria', '42'], words: ['officials', 'waited', 'for', 'hours', 'in', 'rain'], at: 2 },
      { anchors: ['Tagus', '1998'], words: ['new', 'ferry', 'service', 'and', 'big', 'crowd'], at: 0 },
    ];
    const body = pool.map((s) => sentenceText(s, false)).join(' ');
    const a = article('a', `${sentenceText(pool[0]!, false)}\n${body}`);
    const b = article('b', `${sentenceText(pool[0]!, true)}\n${body}`);
    const reference = new SpunCopyFinder(null, true).find([a, b], wn);
    expect(findSpunCopies([a, b], wn)).toEqual(reference);
  });
});

describe('hasWords', () => {
  it('agrees with counting the pieces of split(/\\s+/)', () => {
    const text = fc.array(fc.constantFrom('a', 'bc', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', 'é', '.'), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.nat({ max: 8 }), (t, n) => {
        expect(hasWords(t, n)).toBe(t.split(/\s+/).length >= n);
      }),
    );
  });
});

describe('wordRuns', () => {
  it('finds what /[\\p{L}\\p{N}]+/gu matches', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.array(fc.constantFrom('a', 'É', 'ß', '7', '٣', '𝐀', '😀', ' ', '-', '\ud800', 'İ'), { maxLength: 20 }).map((p) => p.join('')));
    fc.assert(
      fc.property(text, (t) => {
        expect(wordRuns(t)).toEqual(t.match(/[\p{L}\p{N}]+/gu) ?? []);
      }),
      { numRuns: 2000 },
    );
  });
});
