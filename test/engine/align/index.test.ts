import { describe, expect, it } from 'vitest';
import { groupQuotes } from '../../../electron/engine/align';
import type { AlignedGroup } from '../../../shared/alignment';
import type { Quote } from '../../../shared/types';
import { article, quote } from './helpers';

const groupOf = (groups: readonly AlignedGroup[], q: Quote): AlignedGroup => {
  const g = groups.find((x) => x.quoteIds.includes(q.id));
  if (!g) throw new Error(`${q.id} is in no group`);
  return g;
};

describe('groupQuotes', () => {
  const a = article(
    'a',
    'The governor spoke on Monday. "We will rebuild every bridge in this state before the winter comes," Governor Lane said. ' +
      'Asked again, she repeated: "We will rebuild every bridge in this state before the winter comes." ' +
      'An aide called a delay "unlikely".',
  );
  const b = article(
    'b',
    'Governor Mara Lane promised: "We will rebuild every bridge in this state before winter comes." ' +
      'She said a delay was "unlikely" and that the money "is already in the bank".',
  );
  const qa1 = quote(a, 'We will rebuild every bridge in this state before the winter comes,', 'Mara Lane');
  const qa2 = quote(a, 'We will rebuild every bridge in this state before the winter comes.', 'Mara Lane');
  const qb1 = quote(b, 'We will rebuild every bridge in this state before winter comes.', 'Mara Lane');
  const qb2 = quote(b, 'unlikely', 'Mara Lane');
  const qb3 = quote(b, 'is already in the bank', 'Mara Lane');
  const qa3 = quote(a, 'unlikely', 'Mara Lane');
  const result = groupQuotes([a, b], [qa1, qa2, qa3, qb1, qb2, qb3]);

  it('puts every quote in exactly one group, with the contract fields', () => {
    const ids = result.groups.flatMap((g) => g.quoteIds);
    expect(ids.sort()).toEqual([qa1, qa2, qa3, qb1, qb2, qb3].map((q) => q.id).sort());
    for (const g of result.groups) {
      expect(g).toEqual(expect.objectContaining({ id: expect.any(String), quoteIds: expect.any(Array), speakerConflict: expect.any(Boolean) }));
    }
  });

  it('groups one quote across articles and its repetition within an article', () => {
    const g = groupOf(result.groups, qa1);
    expect(g.quoteIds).toEqual(expect.arrayContaining([qa1.id, qa2.id, qb1.id]));
    expect(g.wording).toBe('reworded');
    const omitted = g.versions.find((v) => v.quoteIds.includes(qb1.id))!;
    expect(omitted.summary).toBe('1 word left out inside.');
    expect(omitted.changes[0]).toEqual(expect.objectContaining({ kind: 'omitted', place: 'inside', reference: 'the' }));
  });

  it('joins a one-word excerpt across two articles of one story', () => {
    const g = groupOf(result.groups, qa3);
    expect(g.quoteIds).toContain(qb2.id);
    expect(g.wording).toBe('identical');
    expect(groupOf(result.groups, qb3).versions).toHaveLength(1);
    expect(groupOf(result.groups, qb3).wording).toBeNull();
  });

  it('is deterministic', () => {
    expect(groupQuotes([a, b], [qa1, qa2, qa3, qb1, qb2, qb3])).toEqual(result);
  });
});

describe('groupQuotes: speakers', () => {
  const a = article('a', 'Pike said: "Our schools will get every cent they were promised this year."');
  const b = article('b', 'Moreno said: "Our schools will get every cent they were promised this year."');
  const c = article('c', 'A statement read: "Our schools will get every cent they were promised this year."');
  const qa = quote(a, 'Our schools will get every cent they were promised this year.', 'Ann Pike');
  const qb = quote(b, 'Our schools will get every cent they were promised this year.', 'Luis Moreno');
  const qc = quote(c, 'Our schools will get every cent they were promised this year.', null);

  it('flags the same words given to two speakers, and a version with no speaker, separately', () => {
    const g = groupQuotes([a, b, c], [qa, qb, qc]).groups[0]!;
    expect(g.quoteIds).toHaveLength(3);
    expect(g.wording).toBe('identical');
    expect(g.speakerConflict).toBe(true);
    expect(g.unattributed).toBe(true);
    expect(g.versions.map((v) => v.speakerFlag)).toEqual(['agrees', 'conflict', 'unattributed']);
  });

  it('without a second name there is no conflict, only the missing speaker', () => {
    const g = groupQuotes([a, c], [qa, qc]).groups[0]!;
    expect(g.speakerConflict).toBe(false);
    expect(g.unattributed).toBe(true);
  });
});

describe('groupQuotes: no over-merging', () => {
  it('keeps apart different remarks sharing a stock phrase', () => {
    const a = article('a', '"The American people deserve schools that work for every child," Pike said.');
    const b = article('b', '"In November the American people will decide who runs this country," Moreno said.');
    const c = article('c', '"We will make America great again by cutting taxes for families," Lane said.');
    const d = article('d', '"To make America great again we need jobs in every town," Lane said.');
    const quotes = [
      quote(a, 'The American people deserve schools that work for every child,', 'Ann Pike'),
      quote(b, 'In November the American people will decide who runs this country,', 'Luis Moreno'),
      quote(c, 'We will make America great again by cutting taxes for families,', 'Mara Lane'),
      quote(d, 'To make America great again we need jobs in every town,', 'Mara Lane'),
    ];
    expect(groupQuotes([a, b, c, d], quotes).groups).toHaveLength(4);
  });

  it('does not join a one-word quote across unrelated stories', () => {
    const a = article('a', 'On the budget, the minister said a deal was "unlikely".');
    const b = article('b', 'Asked about the match, the minister said a win was "unlikely".');
    const quotes = [quote(a, 'unlikely', 'Ida Holm'), quote(b, 'unlikely', 'Ida Holm')];
    expect(groupQuotes([a, b], quotes).groups).toHaveLength(2);
  });
});

describe('groupQuotes: utterances and reported speech', () => {
  it('compares an utterance split by its attribution as a whole', () => {
    const a = article('a', '"If somebody tells you how to use it," he said, "you do not have discretion."');
    const b = article('b', 'Scalia said: "If somebody tells you how to use it, you do not have discretion."');
    const p1 = quote(a, 'If somebody tells you how to use it,', 'Antonin Scalia', { utterance: 'u1' });
    const p2 = quote(a, 'you do not have discretion.', 'Antonin Scalia', { utterance: 'u1' });
    const whole = quote(b, 'If somebody tells you how to use it, you do not have discretion.', 'Antonin Scalia');
    const g = groupQuotes([a, b], [p1, p2, whole]).groups;
    expect(g).toHaveLength(1);
    expect(g[0]!.versions).toHaveLength(2);
    expect(g[0]!.wording).toBe('identical');
    expect(g[0]!.versions.find((v) => v.quoteIds.length === 2)!.text).toBe('If somebody tells you how to use it, you do not have discretion.');
  });

  it('groups reported statements of one claim by one speaker, synonyms and all', () => {
    const a = article('a', 'Zelenskyy said his country will not accept any outcome from these talks if Kyiv does not take part.');
    const b = article('b', 'Zelenskyy mentioned his nation will not accept any result from these talks if Kyiv does not participate.');
    const qa = quote(a, 'his country will not accept any outcome from these talks if Kyiv does not take part', 'Volodymyr Zelenskyy', { kind: 'indirect' });
    const qb = quote(b, 'his nation will not accept any result from these talks if Kyiv does not participate', 'Volodymyr Zelenskyy', { kind: 'indirect' });
    const g = groupQuotes([a, b], [qa, qb]).groups;
    expect(g).toHaveLength(1);
    expect(g[0]!.wording).toBe('reworded');
    const other = g[0]!.versions.find((v) => !v.isReference)!;
    expect(other.changes.filter((c) => c.kind === 'synonym').map((c) => `${c.reference}→${c.version}`)).toEqual(
      expect.arrayContaining(['country→nation', 'outcome→result']),
    );
  });

  it('gives article offsets for each changed word', () => {
    const a = article('a', 'She said: "The harbour will open in March."');
    const b = article('b', 'She said: "The harbor will open in March."');
    const qa = quote(a, 'The harbour will open in March.', 'Dana Okafor');
    const qb = quote(b, 'The harbor will open in March.', 'Dana Okafor');
    const g = groupQuotes([a, b], [qa, qb]).groups[0]!;
    const change = g.versions.find((v) => !v.isReference)!.changes[0]!;
    const text = change.quoteId === qa.id ? a.text : b.text;
    expect(change.kind).toBe('spelling');
    expect(text.slice(change.start, change.end)).toBe(change.version);
  });
});
