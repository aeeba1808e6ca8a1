import type { Locator, Page } from '@playwright/test';
import { expect, test } from './console-fixture';
import { currentRow, listedCount, openItemReference, openReconciliation, waitForExceptions } from './recon-workbench';

function openPage(page: Page, title: string): Promise<void> {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: title, exact: true }).click();
}

/** Switches the sandbox billing server's maintenance (every request answered 503) on or off, on Settings. */
async function setBillingMaintenance(page: Page, on: boolean): Promise<void> {
  await openPage(page, 'Settings');
  const billing = page.getByRole('group', { name: 'Billing', exact: true });
  await billing.getByLabel('Maintenance (503)').setChecked(on);
  // "Saving…" shows from the click until the sandbox has the new faults.
  await expect(billing.getByRole('status')).toHaveText('');
}

/**
 * Opens the first open "payment not in billing" item and narrows the list to its invoice, matched
 * included, so the item stays listed (and its panel open) when posting it changes its class.
 */
async function openUnpostedItem(page: Page): Promise<{ invoice: string; item: Locator }> {
  await openReconciliation(page);
  await waitForExceptions(page);
  await page.getByRole('region', { name: 'Money at stake' }).getByRole('button', { name: /Payment not in billing/ }).click();
  await expect(currentRow(page)).toContainText('unposted_payment');
  await currentRow(page).dblclick();
  const invoice = await openItemReference(page);
  const filters = page.getByRole('form', { name: 'Filters' });
  await filters.getByLabel('Invoice or payment').fill(invoice);
  await filters.getByRole('checkbox', { name: 'Matched', exact: true }).check();
  await expect.poll(() => listedCount(page)).toBe(1);
  await expect(currentRow(page)).toContainText(invoice);
  const item = page.getByRole('region', { name: invoice, exact: true });
  await expect(item.getByText('Payment not in billing · unposted_payment')).toBeVisible();
  return { invoice, item };
}

async function postToBilling(item: Locator): Promise<void> {
  await item.getByRole('button', { name: 'Post to billing…' }).click();
  const form = item.getByRole('form', { name: 'Post to billing' });
  await expect(form.getByLabel('Bank account code')).toBeFocused();
  await expect(form.getByLabel('Bank account code')).toHaveValue('090');
  await form.getByLabel('Note (optional)').fill('Paid at the gateway; the customer closed the pop-up');
  await form.getByRole('button', { name: 'Post to billing', exact: true }).click();
  await expect(item.getByRole('status').filter({ hasText: 'Queued' })).toHaveText('Queued 1 payment for billing.');
}

function queueRow(page: Page, invoice: string): Locator {
  return page.getByRole('table').getByRole('row').filter({ hasText: invoice });
}

/** Opens a posting's attempt history from its row; returns the detail panel. */
async function openAttempts(page: Page, invoice: string): Promise<Locator> {
  await page.getByRole('button', { name: new RegExp(`^Attempts of \\S+ to ${invoice}$`) }).click();
  const detail = page.getByRole('region', { name: new RegExp(`→ ${invoice}$`) });
  await expect(detail.getByRole('heading', { name: 'Attempt history' })).toBeVisible();
  return detail;
}

test('an unposted payment posted from the workbench lands in billing, matches, and shows its check-then-post attempt', async ({
  page,
  paydesk,
}) => {
  test.setTimeout(180_000);
  await page.goto(paydesk.url);
  const { invoice, item } = await openUnpostedItem(page);

  await postToBilling(item);
  const postings = item.getByRole('list', { name: 'Postings of this item' });
  await expect(postings).toContainText('Recorded in billing as payment', { timeout: 30_000 });
  // The Node side refreshed the invoice and reconciled it again: billing now shows it paid.
  await expect(item.getByText('Matched · matched')).toBeVisible({ timeout: 30_000 });
  await expect(item.getByRole('button', { name: 'Post to billing…' })).toHaveCount(0);

  await item.getByRole('link', { name: 'Attempts and retries on Retransmissions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Retransmissions' })).toBeVisible();
  await expect(page.getByLabel('Invoice or payment')).toHaveValue(invoice);
  const row = queueRow(page, invoice);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Succeeded');

  const detail = await openAttempts(page, invoice);
  await expect(detail.getByText(/^Attempt 1\b/)).toBeVisible();
  await expect(detail.getByText('Posted', { exact: true })).toBeVisible();
  // Billing is asked whether the payment is there before it is posted.
  const requests = detail.getByRole('list', { name: 'Requests of attempt 1' }).getByRole('listitem');
  await expect(requests).toHaveCount(2);
  await expect(requests.nth(0)).toContainText(`GET Invoices/`);
  await expect(requests.nth(0)).toContainText('not recorded');
  await expect(requests.nth(1)).toContainText(`PUT Payments`);
  await expect(requests.nth(1)).toContainText('recorded as payment');

  // Every step is on the audit trail: queued with the note, the attempt, and its outcome.
  await openPage(page, 'Audit');
  const filters = page.getByRole('form', { name: 'Audit filters' });
  await filters.getByLabel('Action').fill('outbox.');
  await filters.getByRole('button', { name: 'Apply' }).click();
  const trail = page.getByRole('table', { name: 'Audit trail entries, newest first' });
  await expect(trail.getByRole('row').filter({ hasText: 'outbox.queue' })).toContainText('Paid at the gateway; the customer closed the pop-up');
  await expect(trail.getByRole('row').filter({ hasText: 'outbox.attempt' })).toHaveCount(1);
  await expect(trail.getByRole('row').filter({ hasText: 'outbox.succeeded' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Verify audit trail' }).click();
  await expect(page.locator('.audit-verdict')).toHaveText(/^Intact: [\d,]+ entries, each chained to the one before\.$/);
});

test('a posting refused by billing in maintenance shows its class and next retry; a bulk retry with a remark records it', async ({
  page,
  paydesk,
}) => {
  test.setTimeout(180_000);
  await page.goto(paydesk.url);
  await openReconciliation(page);
  await waitForExceptions(page);
  await setBillingMaintenance(page, true);

  const { invoice, item } = await openUnpostedItem(page);
  await postToBilling(item);
  const postings = item.getByRole('list', { name: 'Postings of this item' });
  await expect(postings).toContainText('Failed (billing system)', { timeout: 30_000 });
  await expect(postings).toContainText(/Next automatic retry: (in \d+ (s|min)|due now)/);
  await expect(item.getByText('Payment not in billing · unposted_payment')).toBeVisible();

  await item.getByRole('link', { name: 'Attempts and retries on Retransmissions' }).click();
  const row = queueRow(page, invoice);
  await expect(row).toContainText('Failed');
  await expect(row).toContainText('Billing system');
  await expect(row).toContainText(/in \d+ (s|min)|due now/);
  await expect(page.getByText(/^Next automatic retry:/)).toBeVisible();

  // Parked in the dead-letter queue while billing is down, so no automatic retry can land it
  // before the bulk retry does: the retry below is then the one that records it.
  await row.getByRole('button', { name: 'Move to dead…' }).click();
  const why = page.getByLabel(/^Why move \S+ to .+ to dead\?$/);
  await expect(why).toBeFocused();
  await why.fill('Billing is in maintenance until tonight');
  await why.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Move to dead:' })).toHaveText('Move to dead: 1 posting moved to dead.');
  await expect(row).toContainText('Dead');
  await expect(row).toContainText('none: retry by hand');

  await setBillingMaintenance(page, false);
  await openPage(page, 'Retransmissions');
  await row.getByRole('checkbox').check();
  const bulk = page.getByRole('region', { name: 'Bulk action' });
  await expect(bulk.getByRole('status')).toHaveText('1 posting selected.');
  await expect(bulk.getByLabel('Action')).toHaveValue('retry');
  // The remark is mandatory for a bulk action.
  await bulk.getByRole('button', { name: 'Retry 1 posting' }).click();
  await expect(bulk.getByRole('alert')).toContainText('remark');
  await bulk.getByLabel('Remark').fill('Maintenance window over');
  await bulk.getByRole('button', { name: 'Retry 1 posting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Retry:' })).toHaveText('Retry: 1 posting will be sent again now.');
  await expect(row).toContainText('Succeeded', { timeout: 30_000 });

  const detail = await openAttempts(page, invoice);
  await expect(detail.getByText('HTTP 503').first()).toBeVisible();
  const lastRequests = detail.getByRole('list', { name: /^Requests of attempt \d+$/ }).last().getByRole('listitem');
  await expect(lastRequests.last()).toContainText('PUT Payments');
  await expect(lastRequests.last()).toContainText('recorded as payment');
});
