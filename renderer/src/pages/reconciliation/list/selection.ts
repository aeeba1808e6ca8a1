// What a bulk action applies to: rows picked one by one (with Shift for a range), or every item
// matching the filter, however many there are, without loading them.

/** The contract's most keys per bulk call. */
export const MAX_PICKED = 10_000;

export type Selection =
  | { kind: 'picked'; keys: ReadonlySet<string>; anchor: number | null }
  | { kind: 'filter' };

export const NOTHING_SELECTED: Selection = { kind: 'picked', keys: new Set(), anchor: null };

export function isPicked(selection: Selection, key: string): boolean {
  return selection.kind === 'filter' || selection.keys.has(key);
}

/** Picks or unpicks one row; it becomes the anchor of a later Shift-click. */
export function togglePicked(selection: Selection, key: string, index: number): Selection {
  const keys = new Set(selection.kind === 'picked' ? selection.keys : []);
  if (keys.has(key)) keys.delete(key);
  else if (keys.size < MAX_PICKED) keys.add(key);
  return { kind: 'picked', keys, anchor: index };
}

/**
 * Picks every row from the anchor to `index`, both included (Shift-click). Rows not loaded yet
 * have no key and are skipped; the result never exceeds what one bulk call takes.
 */
export function pickRange(selection: Selection, index: number, keyAt: (index: number) => string | undefined): Selection {
  const anchor = selection.kind === 'picked' && selection.anchor !== null ? selection.anchor : index;
  const keys = new Set(selection.kind === 'picked' ? selection.keys : []);
  const [from, to] = anchor <= index ? [anchor, index] : [index, anchor];
  for (let row = from; row <= to && keys.size < MAX_PICKED; row += 1) {
    const key = keyAt(row);
    if (key !== undefined) keys.add(key);
  }
  return { kind: 'picked', keys, anchor: index };
}

/** How many items a bulk action would change. */
export function selectedCount(selection: Selection, totalMatching: number): number {
  return selection.kind === 'filter' ? totalMatching : selection.keys.size;
}
