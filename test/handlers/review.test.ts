import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers';
import { openReview, reviewPathNear } from '../../electron/handlers/review';
import { buildReviewDocument, reviewDocumentSchema } from '../../shared/review';

const noReview = { articles: [], marks: [] };

const dir = mkdtempSync(join(tmpdir(), 'verbatim-review-'));
const story = join(dir, 'story.txt');
writeFileSync(story, 'Title\n“Yes,” she said.');

describe('review files', () => {
  it('autosave beside the first article, atomically, and keep saving there, with the texts main holds', async () => {
    const handlers = createHandlers({ mode: 'electron', version: '1', pickFiles: async () => [story], chooseSavePath: async () => null });
    const { articles } = (await handlers['articles.pick']({}))!;
    expect(articles[0]).not.toHaveProperty('text');
    const mark = { status: 'ok' as const, note: '', updatedAt: '2026-01-01T00:00:00.000Z', anchors: [{ articleId: articles[0]!.id, start: 7, end: 10 }] };
    const review = { articles: articles.map((a) => ({ id: a.id, name: a.name, path: a.path })), marks: [mark] };
    expect(await handlers['review.save']({ review, near: story, choose: false })).toEqual({ saved: true, path: reviewPathNear(story) });
    const saved = reviewDocumentSchema.parse(JSON.parse(readFileSync(join(dir, 'story.verbatim.json'), 'utf8')));
    expect(saved.articles).toEqual([{ id: articles[0]!.id, name: 'story.txt', path: story, text: 'Title\n“Yes,” she said.' }]);
    expect(saved.marks).toEqual([mark]);
    expect(JSON.parse((await handlers['review.content']({ review })).content)).toMatchObject({ articles: saved.articles, marks: [mark] });
  });

  it('never autosaves beside a path the user did not open', async () => {
    const handlers = createHandlers({ mode: 'electron', version: '1', chooseSavePath: async () => null });
    expect(await handlers['review.save']({ review: noReview, near: '/etc/passwd', choose: false })).toEqual({ saved: false, path: null });
  });

  it('flags articles whose file changed since the review', async () => {
    const file = join(dir, 'changing.txt');
    writeFileSync(file, 'Before');
    const doc = buildReviewDocument(
      [{ id: 'a_000000000009', path: file, name: 'changing.txt', text: 'Before' }],
      [],
      new Date(),
    );
    const reviewFile = join(dir, 'changing.verbatim.json');
    writeFileSync(reviewFile, JSON.stringify(doc));
    expect((await openReview(reviewFile)).changedOnDisk).toEqual([]);
    writeFileSync(file, 'After');
    expect((await openReview(reviewFile)).changedOnDisk).toEqual(['a_000000000009']);
  });

  it('refuses a file that is not a review, with a clear message', async () => {
    const bad = join(dir, 'bad.verbatim.json');
    writeFileSync(bad, '{"hello": 1}');
    await expect(openReview(bad)).rejects.toThrow('bad.verbatim.json is not a Verbatim review');
  });

  it('the browser mode has no file system for reviews', async () => {
    expect(await createHandlers({ mode: 'browser', version: '1' })['review.save']({ review: noReview, near: null, choose: false })).toEqual({ saved: false, path: null });
  });
});
