#!/usr/bin/env node
// The package's `bin` entry. Runs the built CLI (out/main/cli.js) when it is at least as new as every
// source file — it starts faster — and otherwise loads the TypeScript source through tsx's loader in
// this same process, so a stale build is never what answers.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const built = join(root, 'out/main/cli.js');

/** Newest modification time of the TypeScript sources the CLI is built from. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mjs|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['electron/cli', 'electron/engine', 'shared']) walk(join(root, dir));
  return newest;
}

function builtIsFresh() {
  try {
    return statSync(built).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

let main;
if (builtIsFresh()) {
  ({ main } = await import(built));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./verbatim.ts'));
}
process.exitCode = await main(process.argv.slice(2));
