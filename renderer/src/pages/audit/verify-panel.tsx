import type { ReactNode } from 'react';
import { useCallMutation } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { verdictText } from './audit-text';

/**
 * "Verify audit trail": the Node side recomputes every hash from the first entry. The verdict is
 * green with the count when the chain holds, red naming the first entry that does not.
 */
export function VerifyPanel(): ReactNode {
  const verify = useCallMutation('audit.verify');
  const verdict = verify.data;
  return (
    <section aria-labelledby="audit-verify-heading" className="panel audit-verify">
      <h2 id="audit-verify-heading">Is the trail intact?</h2>
      <p className="lead">
        Each entry carries a hash of its content and of the entry before it. Editing, deleting or reordering any entry in the
        database file breaks the chain from there on.
      </p>
      <div className="card-actions">
        <button type="button" className="button button-primary" disabled={verify.isPending} onClick={() => verify.mutate({})}>
          {verify.isPending ? 'Verifying…' : 'Verify audit trail'}
        </button>
        <p role="status" className={verdict === undefined ? 'audit-verdict' : verdict.intact ? 'audit-verdict tone-good' : 'audit-verdict tone-bad'}>
          {verdict !== undefined && verdictText(verdict)}
        </p>
      </div>
      {verify.error && <CallError error={verify.error} doing="Verifying the audit trail" />}
    </section>
  );
}
