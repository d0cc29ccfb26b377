/**
 * The command line: `verbatim analyze [--json] FILE...` runs the same engine as the app and prints a
 * readable report, or the JSON contract with --json. A file that cannot be read gets one line on stderr;
 * the others are still analysed. The exit code is non-zero only when nothing loaded.
 */
import { analyze } from '../engine/analyze';
import { isArticle, loadPath } from '../engine/load';
import type { Article } from '../../shared/types';
import { toJson, toReport } from './report';

const USAGE = 'Usage: verbatim analyze [--json] FILE...';

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'analyze') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const json = rest.includes('--json');
  const files = rest.filter((a) => a !== '--json');
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const loaded = await Promise.all(files.map((f) => loadPath(f)));
  const articles: Article[] = [];
  for (const [i, result] of loaded.entries()) {
    if (isArticle(result)) articles.push(result);
    else process.stderr.write(`verbatim: ${files[i]}: ${result.reason}\n`);
  }
  if (articles.length === 0) {
    process.stderr.write('verbatim: no file could be read.\n');
    return 1;
  }
  const analysis = analyze(articles);
  process.stdout.write(`${json ? toJson(articles, analysis) : toReport(articles, analysis)}\n`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && /verbatim\.(?:ts|js|mjs)$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`verbatim: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
