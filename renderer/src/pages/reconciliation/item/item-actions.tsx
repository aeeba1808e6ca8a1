import { useId, useState, type ReactNode } from 'react';
import type { ItemDetail } from '../../../../../shared/contract/reconcile';
import {
  matchDecision,
  readOnlyReason,
  suggestionDecision,
  topSuggestion,
  unmatchablePairs,
  type LinkedPair,
} from './decisions';
import { ariaKeyShortcuts, withShortcut, type Command } from '../keyboard-map';
import { ManualMatch } from './manual-match';
import { ReasonForm } from './reason-form';
import type { ActionForm, Workbench } from '../use-workbench';

interface ActionButtonProps {
  label: string;
  command?: Command;
  /** Why it cannot be used now, shown as its title; null when it can. */
  disabledWhy: string | null;
  onClick: () => void;
}

function ActionButton({ label, command, disabledWhy, onClick }: ActionButtonProps): ReactNode {
  return (
    <button
      type="button"
      className="button"
      disabled={disabledWhy !== null}
      title={disabledWhy ?? (command ? withShortcut(label, command) : label)}
      aria-keyshortcuts={command === undefined ? undefined : ariaKeyShortcuts(command)}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

interface UnmatchFormProps {
  pairs: readonly LinkedPair[];
  /** The payment whose Unmatch was clicked; null to choose here. */
  preset: string | null;
  busy: boolean;
  onSubmit: (pair: LinkedPair, reason: string) => void;
  onCancel: () => void;
}

function UnmatchForm({ pairs, preset, busy, onSubmit, onCancel }: UnmatchFormProps): ReactNode {
  const name = useId();
  const [paymentId, setPaymentId] = useState(preset ?? pairs[0]?.paymentId ?? '');
  const pair = pairs.find((candidate) => candidate.paymentId === paymentId);
  return (
    <ReasonForm
      label="Why unmatch?"
      submitLabel="Unmatch"
      hint="Enter to unmatch, Esc to cancel. The link is kept in the history."
      busy={busy}
      onSubmit={(reason) => pair && onSubmit(pair, reason)}
      onCancel={onCancel}
    >
      {pairs.length > 1 && (
        <fieldset className="recon-choice-group">
          <legend>Payment to unmatch</legend>
          {pairs.map((candidate) => (
            <label key={candidate.paymentId} className="check mono">
              <input
                type="radio"
                name={name}
                checked={candidate.paymentId === paymentId}
                onChange={() => setPaymentId(candidate.paymentId)}
              />
              {candidate.paymentId}
            </label>
          ))}
        </fieldset>
      )}
      {pairs.length === 1 && pair && <p className="mono">Payment {pair.paymentId} from invoice {pair.invoiceNumber}</p>}
    </ReasonForm>
  );
}

/** The decisions a person can take on the open item, each with its shortcut in its title. */
export function ItemActions({ wb, detail }: { wb: Workbench; detail: ItemDetail }): ReactNode {
  const { item } = detail;
  const locked = readOnlyReason(item);
  const why = (specific: string | null = null): string | null => locked ?? (wb.busy ? 'A decision is being saved' : specific);
  const top = topSuggestion(detail.suggestions);
  const pairs = unmatchablePairs(detail);
  const open = (form: ActionForm): void => wb.setForm(form);
  const close = (): void => {
    wb.setForm(null);
    wb.focusGrid();
  };
  const noSuggestion = top === undefined ? 'No suggestion on this item' : null;
  const settled = item.state === 'open' ? null : 'Already settled: reopen it first';
  return (
    <div className="recon-actions">
      {locked !== null && (
        <p className="recon-sealed" role="note">
          {locked}
        </p>
      )}
      <div className="card-actions" role="group" aria-label="Decide">
        <ActionButton
          label="Confirm top suggestion"
          command="confirm"
          disabledWhy={why(noSuggestion)}
          onClick={() => top && wb.decide(item, suggestionDecision(item, top, 'confirm'))}
        />
        <ActionButton
          label="Reject top suggestion"
          command="reject"
          disabledWhy={why(noSuggestion)}
          onClick={() => top && wb.decide(item, suggestionDecision(item, top, 'reject'))}
        />
        <ActionButton label="Match by hand…" command="match" disabledWhy={why()} onClick={() => open({ kind: 'match' })} />
        <ActionButton
          label="Unmatch…"
          command="unmatch"
          disabledWhy={why(pairs.length === 0 ? 'Nothing is linked to unmatch' : null)}
          onClick={() => open({ kind: 'unmatch', paymentId: null })}
        />
        <ActionButton
          label="Resolve…"
          command="resolve"
          disabledWhy={why(settled)}
          onClick={() => open({ kind: 'resolve' })}
        />
        <ActionButton
          label="Accept"
          command="accept"
          disabledWhy={why(settled)}
          onClick={() => wb.decide(item, { kind: 'accept', key: item.key })}
        />
        {item.state !== 'open' && (
          <ActionButton label="Reopen" disabledWhy={why()} onClick={() => wb.decide(item, { kind: 'reopen', key: item.key })} />
        )}
      </div>
      {locked === null && settled === null && wb.form?.kind === 'resolve' && (
        <ReasonForm
          label="Why is this resolved?"
          submitLabel="Resolve"
          hint="Enter to resolve, Esc to cancel. The reason goes into the audit trail."
          busy={wb.busy}
          onSubmit={(reason) => wb.decide(item, { kind: 'resolve', key: item.key, reason })}
          onCancel={close}
        />
      )}
      {locked === null && wb.form?.kind === 'unmatch' && pairs.length > 0 && (
        <UnmatchForm
          key={wb.form.paymentId ?? ''}
          pairs={pairs}
          preset={wb.form.paymentId}
          busy={wb.busy}
          onSubmit={(pair, reason) => wb.decide(item, { kind: 'unmatch', key: item.key, ...pair, reason })}
          onCancel={close}
        />
      )}
      {locked === null && wb.form?.kind === 'unmatch' && pairs.length === 0 && (
        <p role="status">Nothing is linked to this item, so there is nothing to unmatch.</p>
      )}
      {locked === null && wb.form?.kind === 'match' && (
        <ManualMatch
          item={item}
          busy={wb.busy}
          onCancel={close}
          onMatch={(candidate) => {
            const chosen = matchDecision(item, candidate);
            if (chosen !== null) wb.decide(item, chosen);
          }}
        />
      )}
    </div>
  );
}
