import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { AccountCode, type OutboxRow } from '../../../../../shared/contract/outbox';
import type { ReconItem } from '../../../../../shared/contract/reconcile';
import { CallError } from '../../../components/call-error';
import { ActionForm, NoteField, noteOrNothing } from './action-form';
import { plural } from '../../../lib/format-count';
import { postingUnderWay } from '../../retransmissions/posting-status';
import { useOutboxMutation } from '../../retransmissions/use-outbox-mutation';

/** Xero's usual bank account for receipts; the organisation may use another. */
const DEFAULT_ACCOUNT_CODE = '090';

interface PostFormProps {
  busy: boolean;
  onSubmit: (accountCode: string, reason: string | undefined) => void;
  onCancel: () => void;
}

function PostForm({ busy, onSubmit, onCancel }: PostFormProps): ReactNode {
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [accountCode, setAccountCode] = useState(DEFAULT_ACCOUNT_CODE);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = (): void => {
    const code = AccountCode.safeParse(accountCode);
    if (!code.success) {
      setProblem('An account code of letters and digits, such as 090.');
      return;
    }
    setProblem(null);
    onSubmit(code.data, noteOrNothing(note));
  };
  return (
    <ActionForm label="Post to billing" submitLabel="Post to billing" busy={busy} onSubmit={submit} onCancel={onCancel}>
      <div className="field">
        <label htmlFor={`${id}-account`}>Bank account code</label>
        <input
          ref={first}
          id={`${id}-account`}
          type="text"
          maxLength={10}
          value={accountCode}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-account-hint${problem !== null ? ` ${id}-problem` : ''}`}
          onChange={(event) => setAccountCode(event.target.value)}
        />
        <span id={`${id}-account-hint`} className="hint">
          The billing account the money is recorded into (Xero’s bank account code).
        </span>
        {problem !== null && (
          <span id={`${id}-problem`} role="alert" className="field-problem">
            {problem}
          </span>
        )}
      </div>
      <NoteField value={note} onChange={setNote} hint="Goes into the audit trail with the posting." />
    </ActionForm>
  );
}

/**
 * Sends the item's gateway payments that billing has not recorded through the outbox, for an open
 * "payment not in billing" item; the item's section lists where each posting stands. When one
 * lands the Node side re-reconciles, so the item's class changes by itself.
 */
export function PostToBilling({ item, postings }: { item: ReconItem; postings: readonly OutboxRow[] }): ReactNode {
  const post = useOutboxMutation('outbox.postItem');
  const [formOpen, setFormOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const underWay = postingUnderWay(postings);
  const submit = (accountCode: string, reason: string | undefined): void => {
    setNotice(null);
    post.mutate(reason === undefined ? { key: item.key, accountCode } : { key: item.key, accountCode, reason }, {
      onSuccess: (outcome) => {
        setFormOpen(false);
        setNotice(`Queued ${plural(outcome.queued.length, 'payment', 'payments')} for billing.`);
      },
    });
  };
  return (
    <div className="recon-outbox-action">
      {formOpen ? (
        <PostForm busy={post.isPending} onSubmit={submit} onCancel={() => setFormOpen(false)} />
      ) : (
        <button
          type="button"
          className="button"
          disabled={underWay}
          title={underWay ? 'A posting is on its way: see where it stands below' : 'Record the gateway payments in billing'}
          onClick={() => {
            post.reset();
            setFormOpen(true);
          }}
        >
          Post to billing…
        </button>
      )}
      <p role="status" className="outbox-notice">
        {notice ?? ''}
      </p>
      {post.error && <CallError error={post.error} doing="Posting to billing" />}
    </div>
  );
}
