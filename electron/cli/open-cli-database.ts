import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database } from '../core/db/database';
import { openDatabase } from '../core/db/open-database';
import { CliError } from './cli-error';

/**
 * Opens the database a command names, or stops with a one-line reason that leaves the file alone.
 * A command that only reads (audit) asks for an existing file: a typo must not pass as an empty,
 * intact trail.
 */
export function openCliDatabase(path: string, options: { mustExist?: boolean } = {}): Database {
  if (options.mustExist && !existsSync(resolve(path))) throw new CliError(`${resolve(path)} does not exist; name an existing Paydesk database`);
  const opened = openDatabase(resolve(path));
  if (opened.state === 'corrupt') throw new CliError(`${opened.path} is not a Paydesk database or is damaged (${opened.message}); it was left untouched`);
  if (opened.state === 'newer_version') {
    throw new CliError(`${opened.path} was written by a newer Paydesk (schema ${opened.fileVersion}, this one reads up to ${opened.supportedVersion}); update Paydesk`);
  }
  return opened.db;
}
