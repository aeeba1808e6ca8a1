import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { refreshCheckoutStages } from '../../../electron/core/checkouts/refresh-stages';
import type { Database } from '../../../electron/core/db/database';
import { sql } from '../../../electron/core/db/sql';
import { useSyncedSandbox } from '../outbox/synced-sandbox';

const synced = useSyncedSandbox(7);
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copy(): Database {
  const dir = mkdtempSync(join(tmpdir(), 'paydesk-checkouts-'));
  dirs.push(dir);
  return synced.copy(dir);
}

function stageLines(db: Database): string[] {
  return db
    .all<{ session_id: string; stage: string; open: number; recovered: number; decline_reason: string | null }>(
      sql`SELECT session_id, stage, open, recovered, decline_reason FROM checkout_stages ORDER BY session_id`,
    )
    .map((row) => JSON.stringify(row));
}

describe('checkout stages from the synced sandbox', () => {
  it('classifies every session exactly as the sandbox planted it', () => {
    const db = copy();
    try {
      refreshCheckoutStages(db);
      const stages = new Map(
        db.all<{ session_id: string; stage: string; open: number; recovered: number }>(sql`SELECT session_id, stage, open, recovered FROM checkout_stages`).map((row) => [row.session_id, row]),
      );
      const truth = synced.sandbox().dataset.truth.checkouts;
      expect(stages.size).toBe(truth.length);
      const wrong = truth.filter((session) => {
        const found = stages.get(session.sessionId);
        // The sandbox's "open" sessions are still open at the gateway with no attempt yet.
        const expected = session.stage === 'open' ? { stage: 'card_entry', open: 1 } : { stage: session.stage, open: 0 };
        return !found || found.stage !== expected.stage || found.open !== expected.open || (found.recovered === 1) !== session.recovered;
      });
      expect(wrong).toEqual([]);
      // Every kind is there, so the comparison above covered each rule.
      expect(new Set(truth.map((session) => session.stage))).toEqual(
        new Set(['completed', 'card_entry', 'declined_then_abandoned', 'three_d_secure', 'paid_not_committed', 'open']),
      );
      expect(truth.some((session) => session.recovered)).toBe(true);
    } finally {
      db.close();
    }
  });

  it('gives after any changes exactly what a full refresh gives', () => {
    const db = copy();
    try {
      refreshCheckoutStages(db);
      const sessions = db.all<{ id: string; payment_id: string | null; invoice_reference: string | null; created_at: string }>(
        sql`SELECT id, payment_id, invoice_reference, created_at FROM checkouts ORDER BY id`,
      );
      // Changes that matter most land on sessions that dropped off: pick those for recoveries.
      const droppedOff = db.all<{ id: string; invoice_reference: string }>(
        sql`SELECT c.id, c.invoice_reference FROM checkouts c JOIN checkout_stages s ON s.session_id = c.id WHERE s.stage <> 'completed' AND c.invoice_reference IS NOT NULL`,
      );
      const paid = db.all<{ id: string; charge_id: string | null }>(sql`SELECT id, charge_id FROM payments WHERE status = 'succeeded' ORDER BY id LIMIT 2000`);
      const references = db.all<{ id: string }>(sql`SELECT id FROM invoice_payments WHERE reference IS NOT NULL ORDER BY id LIMIT 2000`);
      const change = fc.oneof(
        // Billing records a payment (the intent id or its charge id as reference).
        fc.record({ kind: fc.constant('billing_records' as const), payment: fc.constantFrom(...paid), byCharge: fc.boolean() }),
        // Billing deletes a recorded payment.
        fc.record({ kind: fc.constant('billing_deletes' as const), row: fc.constantFrom(...references) }),
        // The customer comes back and pays the invoice of an earlier session.
        fc.record({ kind: fc.constant('paid_later' as const), session: fc.constantFrom(...droppedOff) }),
        // A session's payment changes status (a late 3-D Secure answer, a refund reversal…).
        fc.record({ kind: fc.constant('payment_status' as const), session: fc.constantFrom(...sessions.filter((s) => s.payment_id !== null)), status: fc.constantFrom('succeeded', 'requires_action', 'requires_payment_method', 'canceled') }),
        // The gateway expires an open session.
        fc.record({ kind: fc.constant('session_status' as const), session: fc.constantFrom(...sessions), status: fc.constantFrom('expired', 'open', 'complete') }),
      );
      let serial = 0;
      fc.assert(
        fc.property(fc.array(change, { minLength: 1, maxLength: 6 }), (changes) => {
          for (const step of changes) {
            serial += 1;
            switch (step.kind) {
              case 'billing_records':
                db.run(sql`INSERT INTO invoice_payments (id, invoice_number, source, kind, status, amount_minor, currency, reference, paid_on, raw_json)
                  VALUES (${`prop-${serial}`}, 'INV-PROP', 'test', 'payment', 'AUTHORISED', 100, 'USD', ${step.byCharge && step.payment.charge_id ? step.payment.charge_id : step.payment.id}, '2026-10-31', '{}')`);
                break;
              case 'billing_deletes':
                db.run(sql`UPDATE invoice_payments SET status = 'DELETED' WHERE id = ${step.row.id}`);
                break;
              case 'paid_later':
                db.run(sql`INSERT INTO payments (id, source, status, amount_minor, currency, invoice_reference, created_at, updated_at, raw_json)
                  VALUES (${`pi_prop_${serial}`}, 'test', 'succeeded', 100, 'USD', ${step.session.invoice_reference}, '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', '{}')`);
                break;
              case 'payment_status':
                db.run(sql`UPDATE payments SET status = ${step.status} WHERE id = ${step.session.payment_id}`);
                break;
              case 'session_status':
                db.run(sql`UPDATE checkouts SET status = ${step.status} WHERE id = ${step.session.id}`);
                break;
            }
          }
          refreshCheckoutStages(db);
          const incremental = stageLines(db);
          refreshCheckoutStages(db, { full: true });
          expect(incremental).toEqual(stageLines(db));
        }),
        { numRuns: 25 },
      );
    } finally {
      db.close();
    }
  });

  it('re-stages only the sessions a change touched', () => {
    const db = copy();
    try {
      refreshCheckoutStages(db);
      const unposted = db.get<{ session_id: string; payment_id: string }>(
        sql`SELECT s.session_id, c.payment_id FROM checkout_stages s JOIN checkouts c ON c.id = s.session_id WHERE s.stage = 'paid_not_committed' LIMIT 1`,
      );
      if (!unposted) throw new Error('the sandbox has no paid-not-committed session');
      db.run(sql`INSERT INTO invoice_payments (id, invoice_number, source, kind, status, amount_minor, currency, reference, paid_on, raw_json)
        VALUES ('late-post', 'INV-X', 'test', 'payment', 'AUTHORISED', 100, 'USD', ${unposted.payment_id}, '2026-10-31', '{}')`);
      expect(refreshCheckoutStages(db)).toEqual({ mode: 'incremental', sessions: 1 });
      expect(db.get(sql`SELECT stage FROM checkout_stages WHERE session_id = ${unposted.session_id}`)).toEqual({ stage: 'completed' });
      expect(refreshCheckoutStages(db)).toEqual({ mode: 'incremental', sessions: 0 });
    } finally {
      db.close();
    }
  });
});
