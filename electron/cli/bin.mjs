#!/usr/bin/env node
// The package's `bin` entry: loads the TypeScript CLI through tsx's loader in this same process (no
// build step, no second Node start-up).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./verbatim.ts');
process.exitCode = await main(process.argv.slice(2));
