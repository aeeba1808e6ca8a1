import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { generateDataset, type CheckoutStage } from '../../electron/sandbox';
import { expect, test } from './console-fixture';

const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };

/**
 * What the Checkouts page should say about October, from the sandbox's planted truth (the console
 * serves seed 42). The data ends on 1 November, weeks before today: its open sessions are past
 * the 24-hour threshold and count as abandoned at card entry.
 */
function octoberTruth(): Record<CheckoutStage, number> {
  const dataset = generateDataset(42);
  const created = new Map(dataset.gateway.checkoutSessions.map((session) => [session.id, new Date(session.created * 1000).toISOString().slice(0, 10)]));
  const counts: Record<CheckoutStage, number> = { completed: 0, card_entry: 0, declined_then_abandoned: 0, three_d_secure: 0, paid_not_committed: 0, open: 0 };
  for (const session of dataset.truth.checkouts) {
    const day = created.get(session.sessionId) ?? '';
    if (day >= OCTOBER.from && day <= OCTOBER.to) counts[session.stage] += 1;
  }
  return counts;
}

function openCheckouts(page: Page): Promise<void> {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Checkouts', exact: true }).click();
}

async function chooseOctober(page: Page): Promise<void> {
  const filters = page.getByRole('form', { name: 'Checkout filters' });
  await filters.getByLabel('From (UTC day)').fill(OCTOBER.from);
  await filters.getByLabel('To (UTC day)').fill(OCTOBER.to);
  await filters.getByRole('button', { name: 'Apply' }).click();
}

function droppedOff(page: Page, stage: string): Promise<string | null> {
  return page.getByRole('table', { name: 'Dropped off' }).getByRole('row').filter({ hasText: stage }).getByRole('cell').first().textContent();
}

test('the funnel counts October by stage exactly, and a stage click filters the list', async ({ page, paydesk }) => {
  test.setTimeout(150_000);
  const truth = octoberTruth();
  const started = Object.values(truth).reduce((sum, count) => sum + count, 0);
  const format = (count: number): string => count.toLocaleString('en-US');

  await page.goto(paydesk.url);
  await openCheckouts(page);
  await chooseOctober(page);
  // The console syncs the sandbox as it opens; the funnel fills in when the sync lands.
  const funnel = page.getByRole('figure', { name: 'Checkout funnel' });
  await expect(funnel.locator('figcaption')).toContainText(`${format(started)} checkouts started from 2026-10-01 to 2026-10-31`, { timeout: 100_000 });
  await expect(funnel.locator('figcaption')).toContainText(`${format(truth.completed)} completed`);

  expect(await droppedOff(page, 'Card entry')).toBe(format(truth.card_entry + truth.open));
  expect(await droppedOff(page, '3-D Secure challenge')).toBe(format(truth.three_d_secure));
  expect(await droppedOff(page, 'Declined, then abandoned')).toBe(format(truth.declined_then_abandoned));
  expect(await droppedOff(page, 'Paid, not committed')).toBe(format(truth.paid_not_committed));
  await expect(page.getByRole('figure', { name: 'Abandonment rate over time' })).toContainText('over 31 days');

  await page.getByRole('button', { name: 'Show 3-D Secure challenge' }).click();
  await expect(page.getByRole('form', { name: 'Checkout filters' }).getByRole('checkbox', { name: '3-D Secure challenge' })).toBeChecked();
  await expect(page.getByRole('status', { name: 'Listed checkouts' })).toHaveText(`${format(truth.three_d_secure)} abandoned checkouts`);
  const rows = page.getByRole('table', { name: 'Abandoned checkouts' }).getByRole('row');
  await expect(rows).toHaveCount(truth.three_d_secure + 1);
  await expect(rows.nth(1)).toContainText('3-D Secure challenge');
  // Expired sessions carry the gateway's recovery link, to copy into a message to the customer.
  await expect(rows.nth(1).getByRole('textbox', { name: /^Recovery link for / })).toHaveValue(/^https:\/\/buy\.stripe\.com\/r\//);

  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the recovery list as CSV' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^paydesk-abandoned-checkouts-\d{4}-\d{2}-\d{2}\.csv$/);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(await file.path(), 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  expect(parsed.data).toHaveLength(truth.three_d_secure);
  expect(new Set(parsed.data.map((row) => row.Stage))).toEqual(new Set(['3-D Secure challenge']));
});

test('a link from the overview opens the list on one stage and day', async ({ page, paydesk }) => {
  test.setTimeout(150_000);
  await page.goto(paydesk.url);
  await page.goto(`${new URL(paydesk.url).origin}/#/checkouts?stage=paid_not_committed&from=2026-10-30&to=2026-10-30`);
  const filters = page.getByRole('form', { name: 'Checkout filters' });
  // Before the first sync lands there is nothing to filter: the form shows with the data.
  await expect(filters.getByLabel('From (UTC day)')).toHaveValue('2026-10-30', { timeout: 100_000 });
  await expect(filters.getByLabel('To (UTC day)')).toHaveValue('2026-10-30');
  await expect(filters.getByRole('checkbox', { name: 'Paid, not committed' })).toBeChecked();
  await expect(filters.getByRole('checkbox', { name: 'Card entry' })).not.toBeChecked();
});
