// Calendar helpers on UTC. The sandbox keeps gateway times in unix seconds (as Stripe does) and
// billing times in epoch milliseconds (as Xero's /Date(ms)/ does).

const DAY_MS = 86_400_000;

const datesByDay = new Map<number, string>();

/** YYYY-MM-DD of a unix-seconds instant, in UTC. */
export function dateOfUnix(seconds: number): string {
  // Cached per day: a dataset asks for the same hundred or so dates tens of thousands of times.
  const day = Math.floor(seconds / 86_400);
  let date = datesByDay.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    datesByDay.set(day, date);
  }
  return date;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Epoch milliseconds of midnight UTC on a YYYY-MM-DD date. */
export function dateToMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Parses an ISO-8601 instant, failing loudly rather than producing NaN times. */
export function parseInstantMs(text: string): number {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`"${text}" is not an ISO-8601 date and time`);
  return ms;
}

/**
 * The sandbox's notion of "now": the anchor of the seeded data plus the real time elapsed since
 * the sandbox started. Anything changed at run time is therefore newer than every seeded record,
 * so incremental syncs (created[gte], If-Modified-Since) see it, whatever the wall clock says.
 */
export interface SandboxClock {
  nowMs(): number;
  nowSeconds(): number;
}

export function createSandboxClock(anchorMs: number, realNow: () => number = Date.now): SandboxClock {
  const startedAt = realNow();
  const nowMs = (): number => anchorMs + Math.max(0, realNow() - startedAt);
  return { nowMs, nowSeconds: () => Math.floor(nowMs() / 1000) };
}
