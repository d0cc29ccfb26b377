import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers';
import { openReview, reviewPathNear } from '../../electron/handlers/review';
import { buildReviewDocument } from '../../shared/review';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-review-'));
const story = join(dir, 'story.txt');
writeFileSync(story, 'Title\n“Yes,” she said.');

describe('review files', () => {
  it('autosave beside the first article, atomically, and keep saving there', async () => {
    const handlers = createHandlers({ mode: 'electron', version: '1', pickFiles: async () => [story], chooseSavePath: async () => null });
    const { articles } = (await handlers['articles.pick']({}))!;
    const content = JSON.stringify(buildReviewDocument(articles, [], new Date()));
    expect(await handlers['review.save']({ content, near: story, choose: false })).toEqual({ saved: true, path: reviewPathNear(story) });
    expect(readFileSync(join(dir, 'story.verbatim.json'), 'utf8')).toBe(content);
  });

  it('never autosaves beside a path the user did not open', async () => {
    const handlers = createHandlers({ mode: 'electron', version: '1', chooseSavePath: async () => null });
    expect(await handlers['review.save']({ content: '{}', near: '/etc/passwd', choose: false })).toEqual({ saved: false, path: null });
  });

  it('flags articles whose file changed since the review', async () => {
    const file = join(dir, 'changing.txt');
    writeFileSync(file, 'Before');
    const doc = buildReviewDocument(
      [{ id: 'a_000000000009', path: file, name: 'changing.txt', title: 'Before', text: 'Before', wordCount: 1, encoding: 'utf-8', byteLength: 6 }],
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
    expect(await createHandlers({ mode: 'browser', version: '1' })['review.save']({ content: '{}', near: null, choose: false })).toEqual({ saved: false, path: null });
  });
});
