import type { Cell, Rows } from './table';

/**
 * Rows between two pauses. A long export must not starve the backend's other calls, and the
 * XLSX writer's zip stream ignores backpressure, deflating about one chunk per event-loop turn:
 * pausing this often keeps it caught up (a million-row workbook stays near 150 MB instead of
 * buffering most of the file in memory), at no measurable cost in time.
 */
const ROWS_PER_TURN = 50;

/**
 * Feeds every row to `write`, giving the event loop a turn every few thousand rows (and awaiting
 * whatever `write` returns, e.g. a full stream draining). Returns how many rows there were.
 */
export async function pumpRows(rows: Rows, write: (row: readonly Cell[]) => void | Promise<void>): Promise<number> {
  let count = 0;
  for await (const row of rows) {
    await write(row);
    count += 1;
    if (count % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return count;
}
