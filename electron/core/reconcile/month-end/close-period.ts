import { ApiError } from '../../../../shared/contract/errors';
import type { Period } from '../../../../shared/contract/reconcile';
import { minorToDecimal } from '../../../../shared/money';
import type { Database } from '../../db/database';
import { sql } from '../../db/sql';
import { assembleBridge } from './assemble-bridge';
import { bridgeSums } from './bridge-sums';
import { closedBridge, saveClosedBridge } from './closed-periods';
import type { Bridge } from '../../../../shared/contract/reconcile';
import { appendAudit } from '../../audit/audit-log';

export interface CloseRequest {
  period: Period;
  /** A note per currency explaining its residual, where it is not zero. */
  residualNotes: Readonly<Record<string, string>>;
  actor: string;
  now: Date;
}

/**
 * Closes a period: its bridge is sealed as it stands and every item of the period becomes
 * read-only, in one transaction, so no decision can slip in between the check and the seal.
 */
export function closePeriod(db: Database, request: CloseRequest): Bridge {
  const { period } = request;
  return db.transaction(() => {
    const existing = closedBridge(db, period);
    if (existing) {
      throw new ApiError('conflict', `${period} was already closed on ${existing.closedAt?.slice(0, 10) ?? '?'} by ${existing.closedBy ?? '?'}.`);
    }
    const bridge = assembleBridge(period, bridgeSums(db, period));
    if (!bridge.closable) {
      throw new ApiError('conflict', `${period} cannot be closed yet. ${bridge.blockers.join('. ')}.`);
    }
    const missing = bridge.currencies.filter((currency) => currency.residualMinor !== 0 && !request.residualNotes[currency.currency]);
    if (missing.length > 0) {
      const residuals = missing.map((currency) => `${currency.currency} ${minorToDecimal(currency.residualMinor, currency.currency)}`);
      throw new ApiError('conflict', `Add a note explaining the residual of ${residuals.join(', ')} before closing ${period}.`);
    }
    const sealed: Bridge & { closedAt: string; closedBy: string } = {
      ...bridge,
      state: 'closed',
      closedAt: request.now.toISOString(),
      closedBy: request.actor,
      // A closed period cannot be closed again; the seal, not a blocker, says why.
      closable: false,
      blockers: [],
      currencies: bridge.currencies.map((currency) => ({
        ...currency,
        residualNote: currency.residualMinor === 0 ? null : (request.residualNotes[currency.currency] ?? null),
      })),
    };
    saveClosedBridge(db, sealed);
    const items = db.run(sql`UPDATE exceptions SET sealed = 1 WHERE period = ${period}`).changes;
    appendAudit(db, {
      at: request.now,
      actor: request.actor,
      action: 'period.close',
      entityType: 'period',
      entityId: period,
      before: { state: 'open' },
      after: { state: 'closed', itemsSealed: items, currencies: sealed.currencies },
      reason: notesOf(sealed),
    });
    return sealed;
  });
}

function notesOf(bridge: Bridge): string | null {
  const notes = bridge.currencies.filter((currency) => currency.residualNote).map((currency) => `${currency.currency}: ${currency.residualNote ?? ''}`);
  return notes.length > 0 ? notes.join('; ') : null;
}
