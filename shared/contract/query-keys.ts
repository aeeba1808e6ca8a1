import { CALLS } from './calls';
import { CALL_NAMES, type CallName } from './names';
import type { TableName } from './tables';

/** TanStack Query key of a call: its name first, so every query of a call shares a prefix. */
export function queryKeyOf<N extends CallName>(name: N, input: unknown): readonly [N, unknown] {
  return [name, input];
}

/** Calls whose results depend on any of the changed tables. */
export function callsReading(tables: readonly TableName[]): CallName[] {
  const changed = new Set(tables);
  return CALL_NAMES.filter((name) => CALLS[name].reads.some((table) => changed.has(table)));
}
