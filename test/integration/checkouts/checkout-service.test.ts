import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckoutService } from '../../../electron/core/checkouts/checkout-service';
import { refreshCheckoutStages } from '../../../electron/core/checkouts/refresh-stages';
import { verifyAudit } from '../../../electron/core/audit/audit-log';
import type { Database } from '../../../electron/core/db/database';
import { sql } from '../../../electron/core/db/sql';
import { ExportStore } from '../../../electron/core/export/export-store';
import type { CheckoutTruth } from '../../../electron/sandbox';
import { DROP_OFF_STAGES } from '../../../shared/domain/checkout-stage';
import { useSyncedSandbox } from '../outbox/synced-sandbox';

const synced = useSyncedSandbox(7);
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  db: Database;
  dir: string;
  service: CheckoutService;
}

/** The service on a private copy, its clock at the end of the sandbox's data window. */
function opened(): Opened {
  const dir = mkdtempSync(join(tmpdir(), 'paydesk-checkouts-'));
  dirs.push(dir);
  const db = synced.copy(dir);
  refreshCheckoutStages(db);
  const anchor = new Date(synced.sandbox().dataset.anchor);
  return { db, dir, service: new CheckoutService({ db, actor: () => 'tester', now: () => anchor, announce: () => undefined }) };
}

function truth(): readonly CheckoutTruth[] {
  return synced.sandbox().dataset.truth.checkouts;
}

function count(predicate: (session: CheckoutTruth) => boolean): number {
  return truth().filter(predicate).length;
}

const WHOLE_WINDOW = { from: '2020-01-01', to: '2026-11-01' };

describe('abandoned checkouts', () => {
  it('counts the funnel by stage exactly, the sessions still open within the threshold apart', () => {
    const { db, service } = opened();
    try {
      // Default threshold 24 h: the sandbox's open sessions all started on its last day.
      const funnel = service.funnel(WHOLE_WINDOW);
      const stage = (name: CheckoutTruth['stage']): number => count((session) => session.stage === name);
      expect(funnel.inProgress).toBe(stage('open'));
      const started = truth().length - stage('open');
      expect(funnel.steps).toEqual([
        { step: 'started', sessions: started },
        { step: 'card_submitted', sessions: started - stage('card_entry') },
        { step: 'authenticated', sessions: started - stage('card_entry') - stage('three_d_secure') },
        { step: 'paid', sessions: started - stage('card_entry') - stage('three_d_secure') - stage('declined_then_abandoned') },
        { step: 'committed', sessions: stage('completed') },
      ]);
      expect(funnel.dropOffs.find((drop) => drop.stage === 'card_entry')).toEqual({
        stage: 'card_entry',
        sessions: stage('card_entry'),
        recovered: count((session) => session.stage === 'card_entry' && session.recovered),
      });
    } finally {
      db.close();
    }
  });

  it('counts an open session as abandoned at card entry once it is older than the threshold', () => {
    const { db, service } = opened();
    try {
      const anchor = new Date(synced.sandbox().dataset.anchor).getTime();
      const open = db.all<{ started_at: string }>(sql`SELECT started_at FROM checkout_stages WHERE open = 1`);
      const olderThanAnHour = open.filter((row) => Date.parse(row.started_at) < anchor - 60 * 60_000).length;
      expect(olderThanAnHour).toBeGreaterThan(0);
      service.configure({ abandonAfterMinutes: 60 });
      const funnel = service.funnel(WHOLE_WINDOW);
      expect(funnel.inProgress).toBe(open.length - olderThanAnHour);
      expect(funnel.dropOffs.find((drop) => drop.stage === 'card_entry')?.sessions).toBe(
        count((session) => session.stage === 'card_entry') + olderThanAnHour,
      );
      const stillOpen = service.list({ stages: ['card_entry'] }, 0, 500).rows.filter((row) => row.open);
      expect(stillOpen).toHaveLength(olderThanAnHour);
      // The change of threshold is on the audit trail, and the trail holds.
      expect(db.get(sql`SELECT action, before_json, after_json FROM audit_log WHERE action = 'settings.checkouts'`)).toMatchObject({
        before_json: JSON.stringify({ abandonAfterMinutes: 1440 }),
        after_json: JSON.stringify({ abandonAfterMinutes: 60 }),
      });
      expect(verifyAudit(db)).toMatchObject({ intact: true });
    } finally {
      db.close();
    }
  });

  it('lists abandoned sessions newest first with filters, and links a paid-not-committed one to its item', () => {
    const { db, service } = opened();
    try {
      const all = service.list({}, 0, 500);
      expect(all.total).toBe(count((session) => session.stage !== 'completed' && session.stage !== 'open'));
      const started = all.rows.map((row) => row.startedAt);
      expect(started).toEqual([...started].sort().reverse());

      const unposted = service.list({ stages: ['paid_not_committed'] }, 0, 500);
      expect(unposted.total).toBe(count((session) => session.stage === 'paid_not_committed'));
      for (const row of unposted.rows) {
        expect(row.itemKey).not.toBeNull();
        const item = db.get<{ class: string; payment_ids_json: string }>(sql`SELECT class, payment_ids_json FROM exceptions WHERE item_key = ${row.itemKey}`);
        expect(item?.class).toBe('unposted_payment');
        expect(JSON.parse(item?.payment_ids_json ?? '[]')).toContain(row.paymentId);
      }

      const declined = service.list({ stages: ['declined_then_abandoned'] }, 0, 5).rows;
      expect(declined.every((row) => row.declineReason !== null && row.declineReason.length > 0)).toBe(true);
      // The gateway's recovery link of an expired session, its payment link for one still open.
      expect(declined.every((row) => row.recoveryUrl?.startsWith('https://buy.stripe.com/r/'))).toBe(true);
      service.configure({ abandonAfterMinutes: 60 });
      const open = service.list({ stages: ['card_entry'] }, 0, 500).rows.filter((row) => row.open);
      expect(open.length).toBeGreaterThan(0);
      expect(open.every((row) => row.recoveryUrl?.startsWith('https://checkout.stripe.com/c/pay/'))).toBe(true);
      service.configure({ abandonAfterMinutes: 24 * 60 });

      const notRecovered = service.list({ recovered: 'exclude' }, 0, 1).total;
      const recovered = service.list({ recovered: 'only' }, 0, 1).total;
      expect(recovered).toBe(count((session) => session.recovered));
      expect(notRecovered + recovered).toBe(all.total);

      const someone = all.rows[0];
      if (!someone?.customerEmail) throw new Error('expected a customer email');
      const found = service.list({ search: someone.customerEmail.toUpperCase() }, 0, 500).rows;
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((row) => row.customerEmail?.toLowerCase() === someone.customerEmail?.toLowerCase())).toBe(true);

      const day = someone.startedAt.slice(0, 10);
      const thatDay = service.list({ from: day, to: day }, 0, 500).rows;
      expect(thatDay.length).toBeGreaterThan(0);
      expect(thatDay.every((row) => row.startedAt.startsWith(day))).toBe(true);
    } finally {
      db.close();
    }
  });

  it('exports the recovery list to CSV: every abandoned session not yet recovered, amounts exact', async () => {
    const { db, dir, service } = opened();
    try {
      const store = new ExportStore(join(dir, 'exports'));
      const file = await service.exportRecovery({ recovered: 'exclude' }, store);
      const stored = store.find(file.exportId);
      if (!stored) throw new Error('the export is not in the store');
      const text = readFileSync(stored.path, 'utf8').replace(/^\ufeff/, '');
      const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      const expected = service.list({ recovered: 'exclude' }, 0, 500);
      expect(file.rows).toBe(expected.total);
      expect(parsed.data).toHaveLength(expected.total);
      const first = expected.rows[0];
      if (!first || first.amountMinor === null || first.currency === null) throw new Error('expected an amount');
      expect(parsed.data[0]).toMatchObject({ Session: first.sessionId, Email: first.customerEmail, Currency: first.currency, 'Came back and paid': 'no' });
      const jpy = parsed.data.find((row) => row.Currency === 'JPY');
      expect(jpy?.Amount).toMatch(/^\d+$/);
      const kwd = parsed.data.find((row) => row.Currency === 'KWD');
      expect(kwd?.Amount).toMatch(/^\d+\.\d{3}$/);
    } finally {
      db.close();
    }
  });

  it('agrees between the list and the funnel for any stages and days, and takes any search text', () => {
    const { db, service } = opened();
    try {
      const day = fc.integer({ min: 0, max: 120 }).map((back) => new Date(Date.parse('2026-11-01T00:00:00Z') - back * 86_400_000).toISOString().slice(0, 10));
      fc.assert(
        fc.property(fc.subarray([...DROP_OFF_STAGES], { minLength: 1 }), day, day, (stages, one, other) => {
          const [from, to] = one <= other ? [one, other] : [other, one];
          const funnel = service.funnel({ from, to });
          const listed = service.list({ stages, from, to }, 0, 1).total;
          expect(listed).toBe(funnel.dropOffs.filter((drop) => stages.includes(drop.stage)).reduce((sum, drop) => sum + drop.sessions, 0));
          const days = service.days({ from, to });
          expect(days.reduce((sum, entry) => sum + entry.started, 0)).toBe(funnel.steps[0]?.sessions);
        }),
        { numRuns: 40 },
      );
      fc.assert(
        fc.property(fc.string({ maxLength: 40 }), (search) => {
          const page = service.list({ search }, 0, 50);
          expect(page.rows.length).toBeLessThanOrEqual(page.total);
        }),
        { numRuns: 60 },
      );
    } finally {
      db.close();
    }
  });
});
