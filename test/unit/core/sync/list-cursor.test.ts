import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterPage, completed, currentRun, EMPTY_LIST_CURSOR, type ListCursor } from '../../../../electron/core/sync/list-cursor';

interface Item {
  id: string;
  created: number;
}

/** A Stripe-like list: newest first, later writes first among equal times, created[gte] filter. */
class FakeList {
  private readonly items: Item[] = [];
  now = 1_000;

  add(created: number): void {
    this.items.unshift({ id: `obj_${this.items.length}`, created });
    this.items.sort((a, b) => b.created - a.created);
  }

  get all(): readonly Item[] {
    return this.items;
  }

  page(since: number | null, startingAfter: string | null, limit: number): { data: Item[]; hasMore: boolean } {
    const matching = this.items.filter((item) => since === null || item.created >= since);
    const start = startingAfter === null ? 0 : matching.findIndex((item) => item.id === startingAfter) + 1;
    const data = matching.slice(start, start + limit);
    return { data, hasMore: start + limit < matching.length };
  }
}

/** One sync run that stops after `stopAfter` pages (or runs to the end), adding objects as it goes. */
function runSync(list: FakeList, cursor: ListCursor, seen: Set<string>, stopAfter: number, arrivals: readonly number[]): ListCursor {
  let current = cursor;
  let run = currentRun(current, 2, list.now);
  for (let page = 0; ; page += 1) {
    if (page === stopAfter) return current;
    // Objects keep arriving while the sync pages through the list.
    for (let i = 0; i < (arrivals[page % arrivals.length] ?? 0); i += 1) list.add(list.now);
    list.now += 1;
    const { data, hasMore } = list.page(run.since, run.startingAfter, 3);
    for (const item of data) seen.add(item.id);
    const first = data[0];
    const last = data[data.length - 1];
    if (!hasMore || !first || !last) return completed(current, first ? { ...run, top: run.top ?? first.created } : run);
    current = afterPage(current, run, first, last);
    run = current.run ?? run;
  }
}

describe('the gateway list cursor', () => {
  it('misses nothing across interrupted runs while objects keep arriving', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 990, max: 1_000 }), { minLength: 0, maxLength: 25 }),
        fc.array(fc.record({ stopAfter: fc.integer({ min: 0, max: 6 }), arrivals: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }) }), { maxLength: 6 }),
        (initial, runs) => {
          const list = new FakeList();
          for (const created of initial) list.add(created);
          const seen = new Set<string>();
          let cursor: ListCursor = EMPTY_LIST_CURSOR;
          for (const { stopAfter, arrivals } of runs) cursor = runSync(list, cursor, seen, stopAfter, arrivals);
          // A last run with nothing arriving and nothing stopping it, then one more to be sure.
          cursor = runSync(list, cursor, seen, -1, [0]);
          cursor = runSync(list, cursor, seen, -1, [0]);
          expect(list.all.filter((item) => !seen.has(item.id))).toEqual([]);
          expect(cursor.run).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('starts a later run at the high-water mark minus the overlap', () => {
    const done = completed(EMPTY_LIST_CURSOR, { since: null, startingAfter: 'obj_9', top: 500, cap: null });
    expect(done).toEqual({ v: 1, hwm: 500, run: null });
    expect(currentRun(done, 300, 900)).toEqual({ since: 200, startingAfter: null, top: null, cap: 900 });
  });

  it('caps the high-water mark at the gateway clock when the run began, and never moves it back', () => {
    expect(completed(EMPTY_LIST_CURSOR, { since: null, startingAfter: null, top: 800, cap: 700 }).hwm).toBe(700);
    expect(completed({ v: 1, hwm: 750, run: null }, { since: 450, startingAfter: null, top: 800, cap: 700 }).hwm).toBe(750);
    expect(completed({ v: 1, hwm: 750, run: null }, { since: 450, startingAfter: null, top: null, cap: 900 }).hwm).toBe(750);
  });

  it('resumes a run where its last committed page ended', () => {
    const run = currentRun(EMPTY_LIST_CURSOR, 300, null);
    const next = afterPage(EMPTY_LIST_CURSOR, run, { created: 990 }, { id: 'obj_4' });
    expect(currentRun(next, 300, 5)).toEqual({ since: null, startingAfter: 'obj_4', top: 990, cap: null });
  });
});
