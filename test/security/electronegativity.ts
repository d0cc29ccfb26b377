/**
 * Runs Electronegativity (Doyensec's Electron security linter) over the Electron sources and fails on any
 * high or medium finding that has not been reviewed (electronegativity-reviewed.json says why each
 * accepted one is safe). `npm run security`; the same check runs in the unit tests.
 *
 * Its AVAILABLE_SECURITY_FIXES check downloads Electron's release list; without a network it says so and
 * finds nothing (it cannot be excluded: -x takes only per-file checks), which costs a few seconds.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

/** One row of Electronegativity's CSV report. */
export interface Finding {
  readonly check: string;
  readonly severity: string;
  readonly confidence: string;
  readonly file: string;
  readonly location: string;
  readonly sample: string;
  readonly description: string;
}

interface Reviewed {
  readonly check: string;
  readonly file: string;
  readonly sample: string;
  readonly reason: string;
}

/** Runs Electronegativity's runner in a child process (it registers globals) and prints its issues as JSON. */
const CHILD = `
const mod = require(process.argv[1]);
const run = mod.default ?? mod;
run({ input: process.argv[2], isRelative: true, electronVersionOverride: process.argv[3] }, false).then(
  (r) => process.stdout.write('\\n@@ISSUES@@' + JSON.stringify(r.issues)),
  (e) => { console.error(e); process.exit(1); },
);`;

interface Issue {
  readonly id: string;
  readonly severity: { readonly name: string };
  readonly confidence: { readonly name: string };
  readonly file: string;
  readonly location?: { readonly line?: number; readonly column?: number };
  readonly sample?: string;
  readonly description: string;
}

/**
 * Runs the scan over `input` (relative to the repository) and returns every finding. The programmatic
 * runner is used because the CLI's CSV writer races its header against its rows and can lose the first row.
 */
export async function scan(input = 'electron'): Promise<Finding[]> {
  const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  const runner = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist/runner.js');
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', CHILD, runner, join(root, input), electronVersion], {
    cwd: root,
    timeout: 120_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const marker = stdout.lastIndexOf('@@ISSUES@@');
  if (marker < 0) throw new Error(`electronegativity printed no result:\n${stdout}`);
  const issues = JSON.parse(stdout.slice(marker + '@@ISSUES@@'.length)) as Issue[];
  const findings = issues.map((i) => ({
    check: i.id,
    severity: i.severity.name,
    confidence: i.confidence.name,
    file: i.file,
    location: `${i.location?.line ?? 0}:${i.location?.column ?? 0}`,
    sample: i.sample ?? '',
    description: i.description,
  }));
  const outDir = join(root, 'test-results/security');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'electronegativity.json'), JSON.stringify(findings, null, 2));
  return findings;
}

/** High and medium findings that no review accepts. */
export function unreviewed(
  findings: readonly Finding[],
  reviewed: readonly Reviewed[] = (JSON.parse(readFileSync(join(root, 'test/security/electronegativity-reviewed.json'), 'utf8')) as { reviewed: Reviewed[] }).reviewed,
): Finding[] {
  return findings.filter(
    (f) =>
      (f.severity === 'HIGH' || f.severity === 'MEDIUM') &&
      !reviewed.some((r) => r.check === f.check && f.file.endsWith(r.file) && f.sample.includes(r.sample)),
  );
}

async function main(): Promise<number> {
  const findings = await scan();
  for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.check} ${f.file}:${f.location}`);
  const open = unreviewed(findings);
  const counts = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((s) => `${findings.filter((f) => f.severity === s).length} ${s.toLowerCase()}`);
  console.log(`electronegativity: ${counts.join(', ')}; ${open.length} high/medium not reviewed`);
  for (const f of open) console.log(`  NOT REVIEWED: ${f.check} ${f.file}:${f.location} ${f.sample} — ${f.description}`);
  return open.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
