import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticleFiles } from '../../../electron/engine/load/folder';
import { SUPPORTED_EXTENSIONS } from '../../../electron/engine/load';

function tree(files: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-folder-'));
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'x');
  }
  return root;
}

describe('listArticleFiles', () => {
  it('lists article files in subfolders, sorted, and skips hidden, system and other files', async () => {
    const root = tree(['b.txt', 'a/story 10.html', 'a/story 2.html', 'a/.hidden.txt', '.git/x.txt', '~$draft.docx', 'photo.jpg', 'Thumbs.db', 'deep/er/report.pdf']);
    const listing = await listArticleFiles(root, { extensions: SUPPORTED_EXTENSIONS });
    expect(listing.files.map((f) => relative(root, f))).toEqual(['a/story 2.html', 'a/story 10.html', 'b.txt', 'deep/er/report.pdf']);
    expect(listing).toMatchObject({ truncated: 0, skipped: 4, unreadableFolders: 0 });
  });

  it('stops at the file limit and counts the rest', async () => {
    const root = tree(Array.from({ length: 30 }, (_, i) => `f${i}.txt`));
    const listing = await listArticleFiles(root, { extensions: ['.txt'], maxFiles: 10 });
    expect(listing.files).toHaveLength(10);
    expect(listing.truncated).toBe(20);
  });

  it('does not follow symbolic links (no loops) and does not enter folders past the depth limit', async () => {
    const root = tree(['a/b/c/d.txt', 'top.txt']);
    symlinkSync(root, join(root, 'a', 'loop'));
    const listing = await listArticleFiles(root, { extensions: ['.txt'], maxDepth: 2 });
    expect(listing.files.map((f) => relative(root, f))).toEqual(['top.txt']);
    expect(listing.unreadableFolders).toBe(1);
  });

  it('handles a folder of 10,000 files quickly, and stops when cancelled', async () => {
    const root = tree(Array.from({ length: 10_000 }, (_, i) => `d${i % 10}/article-${i}.txt`));
    const started = performance.now();
    const listing = await listArticleFiles(root, { extensions: SUPPORTED_EXTENSIONS });
    expect(listing.files).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(10_000);
    const controller = new AbortController();
    controller.abort();
    expect((await listArticleFiles(root, { extensions: SUPPORTED_EXTENSIONS, signal: controller.signal })).files).toEqual([]);
  }, 60_000);

  it('reports a missing folder as unreadable instead of throwing', async () => {
    expect(await listArticleFiles(join(tmpdir(), 'no-such-folder-verbatim'), { extensions: ['.txt'] })).toEqual({
      files: [],
      truncated: 0,
      skipped: 0,
      unreadableFolders: 1,
    });
  });
});
