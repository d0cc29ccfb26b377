import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/handlers/atomicWrite';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-atomic-'));
    const path = join(dir, 'report.html');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new “content”');
    expect(readFileSync(path, 'utf8')).toBe('new “content”');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('keeps the old file when the write fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-atomic-'));
    await expect(writeFileAtomic(join(dir, 'missing-folder', 'x.txt'), 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
