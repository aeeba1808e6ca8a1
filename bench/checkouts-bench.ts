// Checkout staging and the overview's queries at scale: a synthetic cache of 250,000 checkout
// sessions (with their payments and billing records) in every stage, then the full staging,
// an incremental one after 1,000 changes, and the reads the pages make.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlertsService } from '../electron/core/alerts/alerts-service';
import { CheckoutService } from '../electron/core/checkouts/checkout-service';
import { refreshCheckoutStages } from '../electron/core/checkouts/refresh-stages';
import type { Database } from '../electron/core/db/database';
import { openDatabase } from '../electron/core/db/open-database';
import { sql } from '../electron/core/db/sql';
import { Monitor } from '../electron/core/metrics/monitor';
import { report, timed } from './measure';

const SESSIONS = 250_000;
const DAY_MS = 86_400_000;
const END = Date.parse('2026-11-01T00:00:00Z');

/** Sessions over 90 days: mostly paid and posted, the rest in each drop-off stage. */
function fill(db: Database): void {
  db.transaction(() => {
    for (let index = 0; index < SESSIONS; index += 1) {
      const created = new Date(END - ((index * 7919) % (90 * DAY_MS)) - 3_600_000).toISOString();
      const kind = index % 20;
      const session = `cs_${String(index).padStart(8, '0')}`;
      const payment = kind === 0 ? null : `pi_${String(index).padStart(8, '0')}`;
      const paid = kind >= 4;
      const status = kind === 1 ? 'requires_action' : kind === 2 || kind === 3 ? 'requires_payment_method' : 'succeeded';
      const raw = kind === 2 || kind === 3 ? '{"last_payment_error":{"code":"card_declined","message":"Your card was declined."}}' : '{}';
      if (payment) {
        db.run(sql`INSERT INTO payments (id, charge_id, source, status, amount_minor, currency, invoice_reference, created_at, updated_at, raw_json)
          VALUES (${payment}, ${`ch_${index}`}, 'bench', ${status}, 1999, 'EUR', ${`INV-${index}`}, ${created}, ${created}, ${raw})`);
      }
      db.run(sql`INSERT INTO checkouts (id, payment_id, source, status, payment_status, amount_minor, currency, customer_email, invoice_reference, created_at, raw_json)
        VALUES (${session}, ${payment}, 'bench', ${paid ? 'complete' : 'expired'}, ${paid ? 'paid' : 'unpaid'}, 1999, 'EUR', ${`c${index}@example.com`}, ${`INV-${index}`}, ${created}, '{}')`);
      // One paid session in ten never reaches billing: paid, not committed.
      if (paid && kind !== 4) {
        db.run(sql`INSERT INTO invoice_payments (id, invoice_number, source, kind, status, amount_minor, currency, reference, paid_on, raw_json)
          VALUES (${`ip_${index}`}, ${`INV-${index}`}, 'bench', 'payment', 'AUTHORISED', 1999, 'EUR', ${payment}, ${created.slice(0, 10)}, '{}')`);
      }
    }
  });
}

export async function checkoutsBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paydesk-checkouts-bench-'));
  try {
    const opened = openDatabase(join(dir, 'bench.db'));
    if (opened.state !== 'ready') throw new Error(`database ${opened.state}`);
    const { db } = opened;
    const { ms: fillMs } = await timed(() => fill(db));
    report('checkouts: synthetic cache', { sessions: SESSIONS, ms: fillMs });
    const full = await timed(() => refreshCheckoutStages(db));
    report('checkouts: full staging', { sessions: full.value.sessions, ms: full.ms, per_s: (full.value.sessions / full.ms) * 1000 });

    db.transaction(() => {
      for (let index = 0; index < 1_000; index += 1) {
        db.run(sql`INSERT INTO invoice_payments (id, invoice_number, source, kind, status, amount_minor, currency, reference, paid_on, raw_json)
          VALUES (${`late_${index}`}, 'INV-LATE', 'bench', 'payment', 'AUTHORISED', 1999, 'EUR', ${`pi_${String(index * 20 + 4).padStart(8, '0')}`}, '2026-10-31', '{}')`);
      }
    });
    const incremental = await timed(() => refreshCheckoutStages(db));
    report('checkouts: incremental', { changed: 1_000, sessions: incremental.value.sessions, ms: incremental.ms });

    const now = (): Date => new Date(END);
    const checkouts = new CheckoutService({ db, actor: () => 'bench', now, announce: () => undefined });
    const range = { from: '2026-08-03', to: '2026-10-31' };
    report('checkouts: funnel 90 days', { ms: (await timed(() => checkouts.funnel(range))).ms });
    report('checkouts: days 90', { ms: (await timed(() => checkouts.days(range))).ms });
    report('checkouts: list first page', { ms: (await timed(() => checkouts.list({}, 0, 100))).ms });
    report('checkouts: list by customer', { ms: (await timed(() => checkouts.list({ search: 'c12345@' }, 0, 100))).ms });
    const alerts = new AlertsService({ db, actor: () => 'bench', clock: now, announce: () => undefined, onRaised: () => undefined });
    const monitor = new Monitor({ db, checkouts, alerts, announce: () => undefined });
    report('overview metrics 90 days', { ms: (await timed(() => monitor.metrics(90))).ms });
    report('monitor after a sync', { ms: (await timed(() => monitor.refresh())).ms });
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
