import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { paydesk } from '../../helpers/paydesk-cli';
import { useSyncedSandbox } from '../outbox/synced-sandbox';

const synced = useSyncedSandbox(7);
const dir = mkdtempSync(join(tmpdir(), 'paydesk-checkouts-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CliCheckout {
  session_id: string;
  stage: string;
  open: boolean;
  recovered: boolean;
  amount_minor: number | null;
  currency: string | null;
}

describe('paydesk checkouts --json', () => {
  it('lists every abandoned checkout with the stage the sandbox planted, on a cache staged for the first time', () => {
    synced.copy(dir).close();
    const result = paydesk('checkouts', '--db', join(dir, 'paydesk.db'), '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as { checkouts: CliCheckout[]; summary: { abandoned: number; by_stage: Record<string, number>; abandon_after_minutes: number } };
    // The sandbox's data ends weeks before today: its open sessions are past the 24 h threshold.
    const expected = synced
      .sandbox()
      .dataset.truth.checkouts.filter((session) => session.stage !== 'completed')
      .map((session) => `${session.sessionId} ${session.stage === 'open' ? 'card_entry open' : session.stage}${session.recovered ? ' recovered' : ''}`)
      .sort();
    const listed = output.checkouts.map((row) => `${row.session_id} ${row.stage}${row.open ? ' open' : ''}${row.recovered ? ' recovered' : ''}`).sort();
    expect(listed).toEqual(expected);
    expect(output.summary.abandoned).toBe(expected.length);
    expect(output.summary.abandon_after_minutes).toBe(1440);
    expect(Object.values(output.summary.by_stage).reduce((sum, count) => sum + count, 0)).toBe(expected.length);
    expect(output.checkouts.every((row) => row.amount_minor === null || Number.isSafeInteger(row.amount_minor))).toBe(true);
  });

  it('filters by stage and prints a count per stage without --json', () => {
    const only = paydesk('checkouts', '--db', join(dir, 'paydesk.db'), '--json', '--stage', 'three_d_secure');
    const rows = (JSON.parse(only.stdout) as { checkouts: CliCheckout[] }).checkouts;
    expect(rows.length).toBe(synced.sandbox().dataset.truth.checkouts.filter((session) => session.stage === 'three_d_secure').length);
    expect(rows.every((row) => row.stage === 'three_d_secure')).toBe(true);

    const text = paydesk('checkouts', '--db', join(dir, 'paydesk.db'));
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^\d+ abandoned checkouts\n/);
    expect(text.stdout).toContain('3-D Secure challenge');
  });
});
