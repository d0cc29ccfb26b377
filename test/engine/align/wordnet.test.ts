import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { WordNetSynonyms } from '../../../electron/engine/align/wordnet';

const wn = new WordNetSynonyms();

describe('WordNetSynonyms', () => {
  it('finds synonyms across inflection', () => {
    expect(wn.areSynonyms('country', 'nation')).toBe(true);
    expect(wn.areSynonyms('normally', 'usually')).toBe(true);
    expect(wn.areSynonyms('destroyed', 'ruined')).toBe(true);
    expect(wn.areSynonyms('war', 'warfare')).toBe(true);
    expect(wn.areSynonyms('country', 'banana')).toBe(false);
  });

  it('knows words and how common they are', () => {
    expect(wn.synsets('mentioned').size).toBeGreaterThan(0);
    expect(wn.synsets('clinto').size).toBe(0);
    expect(wn.familiarity('said')).toBeGreaterThan(wn.familiarity('mentioned'));
  });

  it("agrees with natural's own (asynchronous) WordNet lookup", async () => {
    const require = createRequire(import.meta.url);
    const { WordNet } = require('natural/lib/natural/wordnet/index.js') as {
      WordNet: new () => { lookup(word: string, cb: (r: { synsetOffset: number; pos: string }[]) => void): void };
    };
    const natural = new WordNet();
    for (const word of ['country', 'outcome', 'embrace']) {
      const records = await new Promise<{ synsetOffset: number; pos: string }[]>((resolve) => natural.lookup(word, resolve));
      const theirs = new Set(records.map((r) => `${r.pos === 's' ? 'a' : r.pos}${String(r.synsetOffset).padStart(8, '0')}`));
      expect(new Set(wn.synsets(word))).toEqual(theirs);
    }
  });
});
