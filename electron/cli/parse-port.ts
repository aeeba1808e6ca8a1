import { CliError } from './cli-error';

/** Parses a --port style flag: a whole number from 0 (any free port) to 65535. */
export function parsePort(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new CliError(`${flag} must be a port number from 0 to 65535, got "${value}"`, 2);
  return port;
}

export function parseWholeNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`${flag} must be a whole number, got "${value}"`, 2);
  return Number(value);
}
