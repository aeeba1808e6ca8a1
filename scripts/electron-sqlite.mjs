// better-sqlite3 is a native addon: the copy in node_modules is built for Node (tests, CLI,
// browser console). Electron needs one built for its own ABI, kept apart in .cache so the two
// never overwrite each other. The packaged app gets its own from electron-builder.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export function electronSqliteBinding(root) {
  const electronVersion = JSON.parse(readFileSync(resolve(root, 'node_modules/electron/package.json'), 'utf8')).version;
  const dir = resolve(root, '.cache', `better-sqlite3-electron-${electronVersion}-${process.platform}-${process.arch}`);
  const binding = resolve(dir, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;

  cpSync(resolve(root, 'node_modules', 'better-sqlite3'), dir, { recursive: true, filter: (path) => !/[\\/]build[\\/]/.test(path) });
  const target = ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`];
  const prebuilt = spawnSync(process.execPath, [resolve(root, 'node_modules/prebuild-install/bin.js'), ...target], {
    cwd: dir,
    stdio: 'inherit',
  });
  if (prebuilt.status !== 0) {
    spawnSync(
      process.execPath,
      [resolve(root, 'node_modules/node-gyp/bin/node-gyp.js'), 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'],
      { cwd: dir, stdio: 'inherit' },
    );
  }
  return existsSync(binding) ? binding : null;
}
