// `npm start`: builds the bundles, then opens the desktop app on the built-in sandbox. Where the
// Electron binary is missing and cannot be fetched, says so in one line and starts the browser
// console on the same sandbox instead, so the app runs everywhere.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronSqliteBinding } from './electron-sqlite.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => resolve(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function run(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 1));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

/** Resolves Electron's binary; requiring the package fetches it on first use when it can. */
function electronBinary() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60 * 1000,
  });
  return probe.status === 0 && probe.stdout ? probe.stdout : null;
}

const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = electronBinary();
const binding = electron ? electronSqliteBinding(root) : null;
if (electron && binding) {
  run(electron, ['.'], { ...process.env, PAYDESK_SQLITE_BINDING: binding });
} else {
  const why = electron ? 'no SQLite build for Electron could be made' : "Electron's binary is not installed and cannot be downloaded";
  process.stderr.write(`${why}: starting the browser console on the sandbox instead.\n`);
  run(bin('tsx'), [resolve(root, 'electron', 'cli', 'main.ts'), 'serve', ...process.argv.slice(2)]);
}
