import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT, RecentFiles } from '../../electron/handlers/recent';

describe('RecentFiles', () => {
  it('keeps the most recent first, without duplicates, across restarts', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'verbatim-recent-')), 'recent.json');
    const recent = new RecentFiles(file);
    expect(await recent.load()).toEqual([]);
    await recent.add(['/a.txt', '/b.txt']);
    await recent.add(['/a.txt']);
    expect(recent.list()).toEqual(['/a.txt', '/b.txt']);
    expect(await new RecentFiles(file).load()).toEqual(['/a.txt', '/b.txt']);
    await recent.add(Array.from({ length: 20 }, (_, i) => `/f${i}.txt`));
    expect(recent.list()).toHaveLength(MAX_RECENT);
    expect(recent.list()[0]).toBe('/f19.txt');
  });

  it('treats a damaged file as an empty list', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'verbatim-recent-')), 'recent.json');
    writeFileSync(file, '{nope');
    expect(await new RecentFiles(file).load()).toEqual([]);
    await new RecentFiles(file).clear();
    expect(readFileSync(file, 'utf8')).toBe('[]');
  });
});
