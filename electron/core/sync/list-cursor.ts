import { z } from 'zod';

// The cursor of one Stripe list. Stripe lists newest first and pages with starting_after, so:
//
// - `hwm` (high-water mark) is the newest `created` (unix seconds) a *completed* run covered. The
//   next run lists `created >= hwm - overlap`: only what is new, plus a small overlap (clock skew
//   between Stripe's servers, lists that lag a moment) that natural-key upserts make harmless.
// - `run` is the run in progress: the filter it uses (`since`), the last id it wrote
//   (`startingAfter`) and the newest `created` it saw (`top`, from its first page). Each page is
//   written in the same transaction as the cursor that moves past it, so after a crash or cancel
//   the next run continues after the last committed page: no gap, no duplicate.
// - Objects created while a run is under way appear above its position, so it never sees them;
//   they are newer than `top`, and the completed run sets hwm = top, so the next run does.
// - `cap` bounds hwm by the gateway's clock at the start of the run (the newest event then), so
//   anything created after the run began is read again next time even if this run happened to
//   see it. That matters for charges: a card found on a charge is attached to its payment intent
//   only when the intent is already stored, and a charge created mid-run may precede its intent.
//
// Changed objects (a status change, a completed checkout) are not found by `created`: the events
// pass (gateway-events.ts) re-reads every object an event names since its own hwm.

export const ListCursor = z.object({
  v: z.literal(1),
  hwm: z.number().int().nullable(),
  run: z
    .object({
      since: z.number().int().nullable(),
      startingAfter: z.string().nullable(),
      top: z.number().int().nullable(),
      cap: z.number().int().nullable(),
    })
    .nullable(),
});
export type ListCursor = z.infer<typeof ListCursor>;
export type ListRun = NonNullable<ListCursor['run']>;

export const EMPTY_LIST_CURSOR: ListCursor = { v: 1, hwm: null, run: null };

/** The run to continue: the one in progress, or a new one starting at the top. */
export function currentRun(cursor: ListCursor, overlapSeconds: number, cap: number | null): ListRun {
  if (cursor.run) return cursor.run;
  return { since: cursor.hwm === null ? null : Math.max(0, cursor.hwm - overlapSeconds), startingAfter: null, top: null, cap };
}

/** The cursor after writing a page whose items (newest first) run from `first` to `last`. */
export function afterPage(cursor: ListCursor, run: ListRun, first: { created: number }, last: { id: string }): ListCursor {
  return { ...cursor, run: { ...run, startingAfter: last.id, top: run.top ?? first.created } };
}

/** The cursor once a run has listed everything: its newest `created` becomes the high-water mark. */
export function completed(cursor: ListCursor, run: ListRun): ListCursor {
  if (run.top === null) return { v: 1, hwm: cursor.hwm, run: null };
  const reached = run.cap === null ? run.top : Math.min(run.top, run.cap);
  return { v: 1, hwm: cursor.hwm === null ? reached : Math.max(cursor.hwm, reached), run: null };
}

/** The same run from the top, when the position it resumed from no longer exists. */
export function restarted(run: ListRun): ListRun {
  return { ...run, startingAfter: null };
}
