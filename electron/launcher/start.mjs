#!/usr/bin/env node
/**
 * `npm start`: opens the Electron window where Electron can run, otherwise serves the same renderer
 * in the browser mode. Plain Node and no `require('electron')`: the electron package downloads its
 * binary on first require, which hangs or throws on machines without internet.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const wantBrowser = args.includes('--browser') || process.env.VERBATIM_BROWSER === '1';

/** The Electron binary's path if it is installed, else null. */
function electronBinary() {
  const pkg = join(root, 'node_modules/electron');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Tries the electron package's own installer once, briefly; false when it cannot download. */
function tryInstallElectron() {
  const installer = join(root, 'node_modules/electron/install.js');
  if (!existsSync(installer)) return false;
  const result = spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 90_000 });
  return result.status === 0;
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

const binary = wantBrowser ? null : (electronBinary() ?? (tryInstallElectron() ? electronBinary() : null));
const passThrough = args.filter((a) => a !== '--browser');
if (binary) {
  run(binary, [root, ...passThrough]);
} else {
  if (!wantBrowser) {
    console.log('Electron cannot run here (its binary could not be downloaded); serving Verbatim in the browser instead.');
  }
  run(process.execPath, [join(root, 'out/main/server.js'), ...passThrough]);
}
