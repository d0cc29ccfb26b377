/**
 * Tests for our own lint rules (as Signal tests its ESLint rules): a wrong import across a process
 * boundary must fail lint, and the allowed ones must pass.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('process-boundary lint rules', () => {
  it('refuses electron in the engine', async () => {
    expect(await ruleIds('electron/engine/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toContain('no-restricted-imports');
  });

  it('refuses DOM globals in the engine', async () => {
    expect(await ruleIds('electron/engine/x.ts', 'export const t = document.title;\n')).toContain('no-restricted-globals');
  });

  it("refuses natural's heavy index in the engine", async () => {
    expect(await ruleIds('electron/engine/x.ts', "import natural from 'natural';\nexport const n = natural;\n")).toContain('no-restricted-imports');
  });

  it('refuses Node in shared/', async () => {
    expect(await ruleIds('shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toContain('no-restricted-imports');
  });

  it('refuses Node and main-side code in the renderer', async () => {
    expect(await ruleIds('renderer/src/x.ts', "import { readFileSync } from 'fs';\nexport const r = readFileSync;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('renderer/src/x.ts', "import { analyze } from '../../electron/engine/analyze';\nexport const a = analyze;\n")).toContain(
      'no-restricted-imports',
    );
  });

  it('refuses dangerouslySetInnerHTML', async () => {
    const code = 'export const C = (p: { html: string }) => <div dangerouslySetInnerHTML={{ __html: p.html }} />;\n';
    expect(await ruleIds('renderer/src/x.tsx', code)).toContain('no-restricted-syntax');
  });

  it('allows electron in the main process and Node in the engine', async () => {
    expect(await ruleIds('electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
    expect(await ruleIds('electron/engine/x.ts', "import { createHash } from 'node:crypto';\nexport const h = createHash;\n")).toEqual([]);
  });
});
