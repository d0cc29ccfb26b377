/** A small hand-made analysis: one reworded, misattributed quote in two sources and one single-source quote. */
import type { AlignedGroup } from '../../shared/alignment';
import type { Analysis, Article, Quote } from '../../shared/types';

const textA = 'Vote\n“We must act now,” Mayor Ann Lee said. “Later,” she added.';
const textB = 'Poll\n“We have to act now,” said Bo Chan.';

const article = (id: string, name: string, text: string): Article => ({
  id,
  path: name,
  name,
  title: text.split('\n')[0]!,
  text,
  wordCount: text.split(/\s+/).length,
  encoding: 'utf-8',
  byteLength: text.length,
});

export const articles: Article[] = [article('a_00000000000a', 'a.txt', textA), article('a_00000000000b', 'b.txt', textB)];

const quote = (id: string, articleId: string, text: string, source: string, speaker: string): Quote => {
  const start = source.indexOf(text);
  return {
    id,
    articleId,
    text,
    start,
    end: start + text.length,
    kind: 'direct',
    cue: 'said',
    speaker: { name: speaker, mention: speaker, start: 0, end: 0 },
    confidence: 0.9,
    utterance: id,
  };
};

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
