import { useState } from 'react';
import type { ApiError } from '../../../../shared/contract/errors';
import type { OutboxAction, OutboxFilter, OutboxId, OutboxSelection } from '../../../../shared/contract/outbox';
import { actionOutcomeText } from './outbox-text';
import { NOTHING_PICKED, type QueueSelection } from './queue-selection';
import { useOutboxMutation } from './use-outbox-mutation';

/** Rows per page of the queue. */
export const PAGE_SIZE = 50;

/** A row action that needs a remark, open under its row. */
export type RowForm = { id: OutboxId; action: Exclude<OutboxAction, 'retry'> } | null;

export interface Queue {
  filter: OutboxFilter;
  setFilter: (filter: OutboxFilter) => void;
  offset: number;
  setOffset: (offset: number) => void;
  selection: QueueSelection;
  setSelection: (selection: QueueSelection) => void;
  /** The row whose attempts are shown. */
  openId: OutboxId | null;
  setOpenId: (id: OutboxId | null) => void;
  rowForm: RowForm;
  setRowForm: (form: RowForm) => void;
  /** What the last action did, for the live region. */
  notice: string | null;
  busy: boolean;
  /** The last action that failed. */
  error: ApiError | null;
  act: (action: OutboxAction, target: OutboxSelection, remark?: string) => void;
}

/** The Retransmissions page's state and the one action call every button goes through. */
export function useQueue(initialFilter: OutboxFilter): Queue {
  const [filter, setFilterState] = useState<OutboxFilter>(initialFilter);
  const [offset, setOffset] = useState(0);
  const [selection, setSelection] = useState<QueueSelection>(NOTHING_PICKED);
  const [openId, setOpenId] = useState<OutboxId | null>(null);
  const [rowForm, setRowForm] = useState<RowForm>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const mutation = useOutboxMutation('outbox.act');

  // A new filter is a new list: from its first page, with nothing picked in the old one.
  const setFilter = (next: OutboxFilter): void => {
    setFilterState(next);
    setOffset(0);
    setSelection(NOTHING_PICKED);
    setRowForm(null);
  };

  const act = (action: OutboxAction, target: OutboxSelection, remark?: string): void => {
    setNotice(null);
    mutation.mutate(
      remark === undefined ? { action, selection: target } : { action, selection: target, remark },
      {
        onSuccess: (outcome) => {
          setNotice(actionOutcomeText(action, outcome));
          setSelection(NOTHING_PICKED);
          setRowForm(null);
        },
      },
    );
  };

  return {
    filter,
    setFilter,
    offset,
    setOffset,
    selection,
    setSelection,
    openId,
    setOpenId,
    rowForm,
    setRowForm,
    notice,
    busy: mutation.isPending,
    error: mutation.error,
    act,
  };
}
