/** loadAll's bound on open files, observed at the file system: every open handle is counted until closed. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';

const counter = vi.hoisted(() => ({ open: 0, most: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  const open: typeof fs.open = async (...args) => {
    const handle = await fs.open(...args);
    counter.open++;
    counter.most = Math.max(counter.most, counter.open);
    const close = handle.close.bind(handle);
    handle.close = async () => {
      counter.open--;
      return close();
    };
    return handle;
  };
  return { ...fs, open, default: { ...fs, open } };
});

describe('loadAll concurrency', () => {
  it('never has more files open than its concurrency', async () => {
    const { loadAll } = await import('../../../electron/engine/load');
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-conc-'));
    const sources = Array.from({ length: 60 }, (_, i) => {
      const path = join(dir, `f${i}.txt`);
      writeFileSync(path, `Title ${i}\n${'word '.repeat(2000)}`);
      return { kind: 'path' as const, path };
    });
    const result = await loadAll(sources, { concurrency: 3 });
    expect(result.articles).toHaveLength(60);
    expect(counter.most).toBeGreaterThan(1);
    expect(counter.most).toBeLessThanOrEqual(3);
    expect(counter.open).toBe(0);
  });
});
