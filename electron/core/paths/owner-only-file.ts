import { closeSync, openSync } from 'node:fs';

/**
 * Creates an empty file readable and writable by its owner only, failing if it exists. SQLite
 * would create a database (or a VACUUM INTO copy) world-readable under the usual umask; made
 * here first, it keeps these bits, and SQLite gives the -wal and -shm files the database's own.
 * Windows ignores POSIX modes: there the folder's inherited ACL is what protects the files.
 */
export function createOwnerOnlyFile(path: string): void {
  closeSync(openSync(path, 'wx', 0o600));
}
