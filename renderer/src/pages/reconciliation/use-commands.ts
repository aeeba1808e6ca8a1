import type { RefObject } from 'react';
import type { ReconItem } from '../../../../shared/contract/reconcile';
import { assertNever } from '../../lib/assert-never';
import { moveCursor } from './list/cursor';
import { readOnlyReason, suggestionDecision, topSuggestion } from './item/decisions';
import { itemReference } from './list/grid-row';
import type { Command } from './keyboard-map';
import { NOTHING_SELECTED, togglePicked } from './list/selection';
import type { ActionForm, Workbench } from './use-workbench';

/**
 * What each shortcut does on the workbench. Returns whether the key was used, so an unused one
 * keeps its browser meaning.
 */
export function useCommands(wb: Workbench, filtersRef: RefObject<HTMLInputElement | null>): (command: Command) => boolean {
  const total = wb.list.total ?? 0;
  const item = wb.current;

  // Says why an action cannot happen on this item, if it cannot.
  const refused = (target: ReconItem): boolean => {
    const why = readOnlyReason(target);
    if (why !== null) wb.setNotice(why);
    return why !== null || wb.busy;
  };
  // Resolve and accept apply to open items; a settled one is reopened first.
  const settled = (target: ReconItem): boolean => {
    if (target.state !== 'open') wb.setNotice(`${itemReference(target)} is already ${target.state}: reopen it first.`);
    return target.state !== 'open';
  };
  const openForm = (form: ActionForm): boolean => {
    if (item === undefined) return false;
    if (!refused(item)) {
      wb.setDetailOpen(true);
      wb.setForm(form);
    }
    return true;
  };
  const onSuggestion = (target: ReconItem, kind: 'confirm' | 'reject'): void => {
    wb.loadDetail(target.key).then(
      (detail) => {
        const top = topSuggestion(detail.suggestions);
        if (top === undefined) wb.setNotice(`${itemReference(target)} has no suggestion to ${kind}.`);
        else wb.decide(target, suggestionDecision(target, top, kind));
      },
      (error: unknown) => wb.setNotice(`Could not load ${itemReference(target)}: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const close = (): boolean => {
    if (wb.form !== null) wb.setForm(null);
    else if (wb.detailOpen) wb.setDetailOpen(false);
    else if (wb.selection.kind === 'filter' || wb.selection.keys.size > 0) wb.setSelection(NOTHING_SELECTED);
    else if (document.activeElement === wb.gridRef.current) return false;
    wb.focusGrid();
    return true;
  };

  return (command) => {
    switch (command) {
      case 'next':
      case 'previous':
        wb.setCursor(moveCursor(wb.cursor, command === 'next' ? 1 : -1, total));
        return true;
      case 'open':
        if (item === undefined) return false;
        wb.setDetailOpen(true);
        return true;
      case 'confirm':
      case 'reject':
        if (item !== undefined && !refused(item)) onSuggestion(item, command);
        return item !== undefined;
      case 'match':
        return openForm({ kind: 'match' });
      case 'unmatch':
        return openForm({ kind: 'unmatch', paymentId: null });
      case 'resolve':
        if (item !== undefined && settled(item)) return true;
        return openForm({ kind: 'resolve' });
      case 'accept':
        if (item !== undefined && !refused(item) && !settled(item)) wb.decide(item, { kind: 'accept', key: item.key });
        return item !== undefined;
      case 'select':
        if (item === undefined) return false;
        wb.setSelection(togglePicked(wb.selection, item.key, wb.cursor));
        return true;
      case 'undo':
        if (!wb.busy) wb.undo();
        return true;
      case 'filters':
        filtersRef.current?.focus();
        return true;
      case 'close':
        return close();
      default:
        return assertNever(command);
    }
  };
}
