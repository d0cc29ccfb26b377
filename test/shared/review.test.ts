import { describe, expect, it } from 'vitest';
import { buildReviewDocument, placeMarks, reviewDocumentSchema, type ReviewMark } from '../../shared/review';
import type { AlignedGroup } from '../../shared/alignment';
import type { Quote } from '../../shared/types';

const quote = (id: string, start: number): Quote => ({
  id,
  articleId: 'a_000000000001',
  text: 'x',
  start,
  end: start + 1,
  kind: 'direct',
  cue: null,
  speaker: null,
  confidence: 1,
  utterance: id,
});
const group = (id: string, quoteIds: string[]): AlignedGroup => ({
  id,
  quoteIds,
  wording: null,
  speakerConflict: false,
  reference: 0,
  versions: [],
  speakers: [],
  unattributed: false,
});
const mark = (starts: number[], updatedAt = '2026-01-01T00:00:00Z'): ReviewMark => ({
  status: 'ok',
  note: '',
  updatedAt,
  anchors: starts.map((s) => ({ articleId: 'a_000000000001', start: s, end: s + 1 })),
});

describe('placeMarks', () => {
  const quotes = [quote('q1', 0), quote('q2', 10), quote('q3', 20)];

  it('puts a mark on the group holding most of its quotes, whatever the group is now called', () => {
    const groups = [group('new-a', ['q1']), group('new-b', ['q2', 'q3'])];
    const { byGroup, orphans } = placeMarks([mark([10, 20])], groups, quotes);
    expect([...byGroup.keys()]).toEqual(['new-b']);
    expect(orphans).toEqual([]);
  });

  it('keeps marks whose quotes are gone as orphans, and the newer of two marks on one group', () => {
    const groups = [group('g', ['q1', 'q2'])];
    const older = mark([0], '2026-01-01T00:00:00Z');
    const newer = { ...mark([10], '2026-02-01T00:00:00Z'), status: 'misattributed' as const };
    const gone = mark([99]);
    const { byGroup, orphans } = placeMarks([older, newer, gone], groups, quotes);
    expect(byGroup.get('g')?.status).toBe('misattributed');
    expect(orphans).toEqual([gone]);
  });
});

describe('review document', () => {
  it('validates what it builds and rejects other JSON', () => {
    const doc = buildReviewDocument([], [mark([1])], new Date('2026-11-21T00:00:00Z'));
    expect(reviewDocumentSchema.parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    expect(reviewDocumentSchema.safeParse({ format: 'something-else' }).success).toBe(false);
  });
});
