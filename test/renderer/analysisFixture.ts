/** A small hand-made analysis: one reworded, misattributed quote in two sources and one single-source quote. */
import type { AlignedGroup } from '../../shared/alignment';
import type { Analysis, Article, Quote } from '../../shared/types';
import { makeArticle, makeQuote } from '../fixtures/records';

const textA = 'Vote\n“We must act now,” Mayor Ann Lee said. “Later,” she added.';
const textB = 'Poll\n“We have to act now,” said Bo Chan.';

const article = (id: string, name: string, text: string): Article => ({ ...makeArticle(id, text), name, path: name });

export const articles: Article[] = [article('a_00000000000a', 'a.txt', textA), article('a_00000000000b', 'b.txt', textB)];

const quote = (id: string, articleId: string, text: string, source: string, speaker: string): Quote => ({
  ...makeQuote(id, articleId, text, source.indexOf(text), speaker),
  cue: 'said',
  confidence: 0.9,
});

export const quotes: Quote[] = [
  quote('q1', 'a_00000000000a', 'We must act now', textA, 'Ann Lee'),
  quote('q2', 'a_00000000000a', 'Later', textA, 'Ann Lee'),
  quote('q3', 'a_00000000000b', 'We have to act now', textB, 'Bo Chan'),
];

const haveTo = textB.indexOf('have to');

const reworded: AlignedGroup = {
  id: 'g1',
  quoteIds: ['q1', 'q3'],
  wording: 'reworded',
  speakerConflict: true,
  reference: 0,
  speakers: ['Ann Lee', 'Bo Chan'],
  unattributed: false,
  versions: [
    { quoteIds: ['q1'], articleId: 'a_00000000000a', text: 'We must act now', speaker: 'Ann Lee', speakerFlag: 'agrees', isReference: true, wording: 'identical', changes: [], summary: 'Reference version.' },
    {
      quoteIds: ['q3'],
      articleId: 'a_00000000000b',
      text: 'We have to act now',
      speaker: 'Bo Chan',
      speakerFlag: 'conflict',
      isReference: false,
      wording: 'reworded',
      changes: [{ kind: 'changed', place: null, reference: 'must', version: 'have to', marked: false, quoteId: 'q3', start: haveTo, end: haveTo + 7 }],
      summary: '1 word substituted (must→have to).',
    },
  ],
};

const single: AlignedGroup = {
  id: 'g2',
  quoteIds: ['q2'],
  wording: null,
  speakerConflict: false,
  reference: 0,
  speakers: ['Ann Lee'],
  unattributed: false,
  versions: [{ quoteIds: ['q2'], articleId: 'a_00000000000a', text: 'Later', speaker: 'Ann Lee', speakerFlag: 'agrees', isReference: true, wording: 'identical', changes: [], summary: 'Reference version.' }],
};

export const analysis: Analysis = { quotes, groups: [single, reworded], spunCopies: [] };
