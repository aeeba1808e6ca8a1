import type { ReactNode } from 'react';
import type { DecisionView } from '../../../../../shared/contract/reconcile';
import { formatAbsolute } from '../../../lib/relative-time';

/** Every decision on the item, newest first, undone ones struck through. */
export function HistoryList({ history }: { history: readonly DecisionView[] }): ReactNode {
  return (
    <section aria-labelledby="recon-history-heading" className="recon-section">
      <h3 id="recon-history-heading">History</h3>
      {history.length === 0 ? (
        <p className="muted">No decisions on this item yet.</p>
      ) : (
        <ol className="recon-history">
          {history.map((decision) => (
            <li key={decision.id} className={decision.undone ? 'recon-undone' : undefined}>
              <time dateTime={decision.at}>{formatAbsolute(decision.at)}</time> · {decision.actor} · {decision.summary}
              {decision.reason !== null && <q className="recon-reason">{decision.reason}</q>}
              {decision.undone && <span className="recon-sub"> (undone)</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
