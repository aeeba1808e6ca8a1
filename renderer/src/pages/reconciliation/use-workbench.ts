import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type RefCallback, type RefObject } from 'react';
import type { ApiError } from '../../../../shared/contract/errors';
import { queryKeyOf } from '../../../../shared/contract/query-keys';
import type { BulkDecision, Decision, ItemDetail, ItemFilter, ItemSort, ReconItem } from '../../../../shared/contract/reconcile';
import { useClient } from '../../api/client-context';
import { toApiError } from '../../api/error-text';
import { plural } from '../../lib/format-count';
import { filterFromHash } from './filters/filter-hash';
import { nextOpenIndex } from './list/cursor';
import { pagesFor } from './list/item-pages';
import { NOTHING_SELECTED, type Selection } from './list/selection';
import { useDecision } from './use-decisions';
import { useItemPages, type ItemPages } from './list/use-item-pages';

/** The action form open under the item, if any. */
export type ActionForm = { kind: 'resolve' } | { kind: 'match' } | { kind: 'unmatch'; paymentId: string | null } | null;

export interface Workbench {
  filter: ItemFilter;
  setFilter: (filter: ItemFilter) => void;
  sort: ItemSort;
  setSort: (sort: ItemSort) => void;
  list: ItemPages;
  onVisible: (first: number, last: number) => void;
  cursor: number;
  setCursor: (index: number) => void;
  /** The row under the cursor, once loaded. */
  current: ReconItem | undefined;
  detailOpen: boolean;
  setDetailOpen: (open: boolean) => void;
  form: ActionForm;
  setForm: (form: ActionForm) => void;
  selection: Selection;
  setSelection: (selection: Selection) => void;
  /** What the last decision did, for the live region. */
  notice: string | null;
  setNotice: (notice: string | null) => void;
  busy: boolean;
  /** The last failed decision, bulk action or undo. */
  error: ApiError | null;
  decide: (item: ReconItem, decision: Decision) => void;
  bulk: (action: BulkDecision['action'], remark: string) => void;
  undo: () => void;
  loadDetail: (key: string) => Promise<ItemDetail>;
  /** The list's element: its own scroller, and where the keyboard loop's focus lives. */
  gridRef: RefObject<HTMLDivElement | null>;
  /** Attaches the list's element; takes a focus asked for while the list was not shown. */
  attachGrid: RefCallback<HTMLDivElement>;
  /** Puts focus on the list now, or as soon as it is shown again (a new filter reloads it). */
  focusGrid: () => void;
}

/** The state of the exceptions workbench and the decisions it takes, shared by clicks and keys. */
export function useWorkbench(): Workbench {
  const client = useClient();
  const queryClient = useQueryClient();
  // A link from the overview opens the list narrowed to what was clicked.
  const [filter, setFilterState] = useState<ItemFilter>(() => filterFromHash(window.location.hash));
  const [sort, setSortState] = useState<ItemSort>('amount_desc');
  const [visible, setVisible] = useState({ first: 0, last: 0 });
  const [cursor, setCursorState] = useState(0);
  const [detailOpen, setDetailOpen] = useState(false);
  const [form, setForm] = useState<ActionForm>(null);
  const [selection, setSelection] = useState<Selection>(NOTHING_SELECTED);
  const [notice, setNotice] = useState<string | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const focusOwed = useRef(false);
  const attachGrid = useCallback((element: HTMLDivElement | null): void => {
    gridRef.current = element;
    if (element !== null && focusOwed.current) {
      focusOwed.current = false;
      element.focus();
    }
  }, []);
  const focusGrid = useCallback((): void => {
    if (gridRef.current !== null) gridRef.current.focus();
    else focusOwed.current = true;
  }, []);

  const pages = useMemo(() => pagesFor([visible.first, visible.last, cursor]), [visible, cursor]);
  const list = useItemPages(filter, sort, pages);
  const decision = useDecision('recon.decide');
  const bulkDecision = useDecision('recon.bulk');
  const undoDecision = useDecision('recon.undo');
  // The list can shrink under the cursor (a decision, a sync): it stays on the last row then.
  const at = list.total === null ? cursor : Math.max(0, Math.min(cursor, list.total - 1));

  // An action form belongs to the item it was opened on: moving on closes it.
  const setCursor = (index: number): void => {
    if (index !== at) setForm(null);
    setCursorState(index);
  };
  const onVisible = useCallback((first: number, last: number): void => {
    setVisible((known) => (known.first === first && known.last === last ? known : { first, last }));
  }, []);
  // A new filter or order is a new list: start at its top, with nothing picked in the old one.
  const restart = (): void => {
    setCursorState(0);
    setSelection(NOTHING_SELECTED);
    setForm(null);
  };
  const setFilter = (next: ItemFilter): void => {
    setFilterState(next);
    restart();
  };
  const setSort = (next: ItemSort): void => {
    setSortState(next);
    restart();
  };

  // One failure shown at a time: starting anything clears what the others said.
  const forget = (): void => {
    decision.reset();
    bulkDecision.reset();
    undoDecision.reset();
  };

  const decide = (item: ReconItem, chosen: Decision): void => {
    const from = at;
    forget();
    decision.mutate(
      { decision: chosen },
      {
        // Runs after the lists were refreshed (see useDecision): the next open item is in place.
        onSuccess: (outcome) => {
          setNotice(`${outcome.summary}. Press z to undo.`);
          setForm(null);
          setCursorState(nextOpenIndex(list.rowAt, from, item.key, list.totalNow()));
          focusGrid();
        },
      },
    );
  };

  const bulk = (action: BulkDecision['action'], remark: string): void => {
    const target =
      selection.kind === 'filter' ? { kind: 'filter' as const, filter } : { kind: 'keys' as const, keys: [...selection.keys] };
    forget();
    bulkDecision.mutate(
      { target, action, remark },
      {
        onSuccess: (outcome) => {
          setNotice(`${outcome.summary}: ${plural(outcome.affected, 'item was', 'items were')} affected. Press z to undo.`);
          setSelection(NOTHING_SELECTED);
          setCursorState(0);
        },
      },
    );
  };

  const undo = (): void => {
    forget();
    undoDecision.mutate(
      {},
      { onSuccess: (outcome) => setNotice(outcome === null ? 'Nothing to undo.' : `${outcome.summary}.`) },
    );
  };

  const loadDetail = (key: string): Promise<ItemDetail> =>
    queryClient.fetchQuery({
      queryKey: queryKeyOf('recon.item', { key }),
      queryFn: async () => {
        try {
          return await client.call('recon.item', { key });
        } catch (error) {
          throw toApiError(error);
        }
      },
    });

  const failed = [decision, bulkDecision, undoDecision].find((mutation) => mutation.error !== null);
  return {
    filter,
    setFilter,
    sort,
    setSort,
    list,
    onVisible,
    cursor: at,
    setCursor,
    current: list.rowAt(at),
    detailOpen,
    setDetailOpen,
    form,
    setForm,
    selection,
    setSelection,
    notice,
    setNotice,
    busy: decision.isPending || bulkDecision.isPending || undoDecision.isPending,
    error: failed?.error ?? null,
    decide,
    bulk,
    undo,
    loadDetail,
    gridRef,
    attachGrid,
    focusGrid,
  };
}
