/**
 * Three quote groups across two sources, one of each kind the list tells apart: a reworded quote
 * credited to different people (flagged), a cosmetic variant with the same speaker (several sources,
 * not flagged), and a single-source remark credited through a pronoun.
 */
import type { AlignedGroup, QuoteVersion } from '../../shared/alignment';
import type { Analysis, Article, Quote } from '../../shared/types';
import { makeArticle, makeQuote } from '../fixtures/records';

const textA = 'Vote\n“We must act now,” Mayor Ann Lee said. “Later,” she added. “Taxes will fall,” said Bo Chan.';
const textB = 'Poll\n“We have to act now,” said Bo Chan. “Taxes will fall” Bo Chan told reporters.';

export const articles: Article[] = [
  { ...makeArticle('a_00000000000a', textA), name: 'a.txt', path: 'a.txt' },
  { ...makeArticle('a_00000000000b', textB), name: 'b.txt', path: 'b.txt' },
];

const quote = (id: string, article: Article, text: string, speaker: string, mention: string, cue: string, confidence: number): Quote => {
  const q = makeQuote(id, article.id, text, article.text.indexOf(text), speaker);
  const at = article.text.indexOf(mention, q.end);
  return { ...q, cue, confidence, speaker: { name: speaker, mention, start: at, end: at + mention.length } };
};

export const quotes: Quote[] = [
  quote('q1', articles[0]!, 'We must act now', 'Ann Lee', 'Mayor Ann Lee', 'said', 0.9),
  quote('q2', articles[0]!, 'Later', 'Ann Lee', 'she', 'added', 0.62),
  quote('q4', articles[0]!, 'Taxes will fall', 'Bo Chan', 'Bo Chan', 'said', 0.95),
  quote('q3', articles[1]!, 'We have to act now', 'Bo Chan', 'Bo Chan', 'said', 0.9),
  quote('q5', articles[1]!, 'Taxes will fall', 'Bo Chan', 'Bo Chan', 'told', 0.8),
];

const version = (q: Quote, extra: Partial<QuoteVersion> = {}): QuoteVersion => ({
  quoteIds: [q.id],
  articleId: q.articleId,
  text: q.text,
  speaker: q.speaker?.name ?? null,
  speakerFlag: 'agrees',
  isReference: false,
  wording: 'identical',
  changes: [],
  summary: 'Same words.',
  ...extra,
});

const [q1, q2, q4, q3, q5] = quotes as [Quote, Quote, Quote, Quote, Quote];
const haveTo = textB.indexOf('have to');

const group = (id: string, versions: QuoteVersion[], rest: Pick<AlignedGroup, 'wording' | 'speakerConflict' | 'speakers'>): AlignedGroup => ({
  id,
  quoteIds: versions.flatMap((v) => v.quoteIds),
  reference: 0,
  unattributed: false,
  versions,
  ...rest,
});

export const groups: AlignedGroup[] = [
  group('g2', [version(q2, { isReference: true, summary: 'Reference version.' })], { wording: null, speakerConflict: false, speakers: ['Ann Lee'] }),
  group(
    'g1',
    [
      version(q1, { isReference: true, summary: 'Reference version.' }),
      version(q3, {
        speakerFlag: 'conflict',
        wording: 'reworded',
        changes: [{ kind: 'changed', place: null, reference: 'must', version: 'have to', marked: false, quoteId: 'q3', start: haveTo, end: haveTo + 7 }],
        summary: '1 word substituted (must→have to).',
      }),
    ],
    { wording: 'reworded', speakerConflict: true, speakers: ['Ann Lee', 'Bo Chan'] },
  ),
  group('g3', [version(q4, { isReference: true, summary: 'Reference version.' }), version(q5, { wording: 'cosmetic', summary: 'Punctuation only.' })], {
    wording: 'cosmetic',
    speakerConflict: false,
    speakers: ['Bo Chan'],
  }),
];

export const analysis: Analysis = { quotes, groups, spunCopies: [] };
