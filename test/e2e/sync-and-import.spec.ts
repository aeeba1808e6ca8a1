import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './console-fixture';

const samples = resolve(import.meta.dirname, '..', '..', 'resources', 'samples');

async function openPage(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('a sync runs with its progress shown, and the local copy gets a data age', async ({ page, paydesk }) => {
  await page.goto(paydesk.url);
  await openPage(page, 'Connections');
  const jobs = page.getByRole('region', { name: 'Running and recent' });
  // The console syncs as it opens; wait for that run, then sync again by hand.
  await expect(jobs.getByText('Completed').first()).toBeVisible({ timeout: 45_000 });
  await page.getByRole('button', { name: 'Sync all' }).click();
  await expect(jobs.getByRole('article').first().getByText('Completed')).toBeVisible({ timeout: 45_000 });
  await expect(jobs.getByRole('article').first()).toContainText(/Synced/);
  const gateway = page.getByRole('region', { name: 'Sandbox payment gateway' });
  await expect(gateway.getByText(/Data as of/)).toBeVisible();
});

test('a slow sync can be cancelled, keeping what it saved', async ({ page, paydesk }) => {
  await page.goto(paydesk.url);
  await openPage(page, 'Connections');
  const jobs = page.getByRole('region', { name: 'Running and recent' });
  await expect(jobs.getByText(/Completed|Failed/).first()).toBeVisible({ timeout: 45_000 });
  await openPage(page, 'Settings');
  const gatewayFaults = page.getByRole('group', { name: 'Gateway' });
  await gatewayFaults.getByLabel('Latency (ms)').fill('400');
  await gatewayFaults.getByLabel('Latency (ms)').press('Enter');
  await openPage(page, 'Connections');
  await page.getByRole('region', { name: 'Sandbox payment gateway' }).getByRole('button', { name: 'Sync now' }).click();
  const running = jobs.getByRole('article').first();
  await expect(running.getByText('Running')).toBeVisible();
  await expect(running.getByRole('progressbar')).toBeVisible();
  await running.getByRole('button', { name: 'Cancel' }).click();
  await expect(running.getByText('Cancelled', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(running).toContainText('Everything saved before the cancel is kept');
});

test('the connection test names the failing stage and what to do', async ({ page, paydesk }) => {
  await page.goto(paydesk.url);
  await openPage(page, 'Settings');
  await page.getByLabel('Gateway down').check();
  await openPage(page, 'Connections');
  await expect(page.getByRole('status').filter({ hasText: 'Working offline on the local copy' })).toBeVisible();
  const gateway = page.getByRole('region', { name: 'Sandbox payment gateway' });
  await gateway.getByRole('button', { name: 'Test connection' }).click();
  await expect(gateway.getByText(/Stopped at .*: connection issue/i)).toBeVisible();
  await expect(gateway.getByRole('row', { name: /Connection \(TCP\)/ })).toContainText('Failed');
  await expect(gateway.getByRole('row', { name: /Name lookup \(DNS\)/ })).toContainText('Passed');
  await expect(gateway.getByText(/What to do:.*reachable on port \d+/)).toBeVisible();
});

test('a Stripe balance report is previewed, imported, and a second import adds nothing', async ({ page, paydesk }) => {
  await page.goto(paydesk.url);
  await openPage(page, 'Connections');
  const panel = page.getByRole('region', { name: 'Import a file' });
  const importSample = async (): Promise<void> => {
    await panel.getByLabel('CSV file to import').setInputFiles(join(samples, 'stripe-balance-report.csv'));
    await panel.getByRole('radio', { name: 'Stripe balance report (itemized)' }).check();
    await panel.getByRole('button', { name: 'Preview' }).click();
    await expect(panel.getByText(/\d+ rows, no problems found/)).toBeVisible();
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
  };
  await importSample();
  await expect(panel.getByText(/Imported stripe-balance-report\.csv: [1-9][\d,]* payments added/)).toBeVisible({ timeout: 30_000 });
  await panel.getByRole('button', { name: 'Import another file' }).click();
  await importSample();
  await expect(panel.getByText(/Imported stripe-balance-report\.csv: 0 payments added, [1-9][\d,]* unchanged/)).toBeVisible({ timeout: 30_000 });
});

test('a file with bad rows lists every problem with its row and column and cannot be imported', async ({ page, paydesk, dataDir }) => {
  const path = join(dataDir, 'broken.csv');
  writeFileSync(
    path,
    [
      'balance_transaction_id,created_utc,currency,gross,fee,net,reporting_category,source_id,description,customer_id,customer_email,charge_id,payment_intent_id,invoice_id,payment_metadata[invoice_number]',
      'txn_1,2026-10-03 14:02:11,usd,249.00,7.52,241.48,charge,ch_1,x,cus_1,a@example.com,ch_1,pi_1,,INV-1',
      'txn_2,2026-10-03 15:02:11,usd,12.345,0.30,12.04,charge,ch_2,x,cus_2,b@example.com,ch_2,pi_2,,INV-2',
      'txn_3,2026-10-03 16:02:11,xyz,10.00,0.30,9.70,charge,ch_3,x,cus_3,c@example.com,ch_3,pi_3,,=HYPERLINK("http://evil.example")',
    ].join('\n'),
  );
  await page.goto(paydesk.url);
  await openPage(page, 'Connections');
  const panel = page.getByRole('region', { name: 'Import a file' });
  await panel.getByLabel('CSV file to import').setInputFiles(path);
  await panel.getByRole('radio', { name: 'Stripe balance report (itemized)' }).check();
  await panel.getByRole('button', { name: 'Preview' }).click();
  await expect(panel.getByText(/3 rows, 2 problems/)).toBeVisible();
  const problems = panel.getByRole('region', { name: '2 problems' });
  await expect(problems.getByRole('row', { name: /Row 3/ })).toContainText('12.345');
  await expect(problems.getByRole('row', { name: /Row 4/ })).toContainText('xyz');
  await expect(panel.getByText('=HYPERLINK("http://evil.example")')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
});

test('the browser console explains how to give live credentials instead of asking for them', async ({ page, paydesk }) => {
  await page.goto(paydesk.url);
  await openPage(page, 'Connections');
  const live = page.getByRole('region', { name: 'Live accounts' });
  await expect(live).toContainText('This console keeps no credentials');
  await expect(live).toContainText('PAYDESK_GATEWAY_KEY');
  await expect(live.getByRole('textbox')).toHaveCount(0);
});
