import type { Locator, Page } from '@playwright/test';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver';
import { expect, test as consoleTest } from './console-fixture';
import { currentRow, listedCount, openItemReference, openReconciliation, waitForExceptions } from './recon-workbench';

const SIGNING_SECRET = 'whsec_paydesk_e2e_0123456789abcdef';

/** The merchant's endpoint, on loopback in this process: it checks each delivery with Stripe's own SDK. */
const test = consoleTest.extend<{ receiver: WebhookReceiver }>({
  receiver: async ({}, use) => {
    const receiver = await startWebhookReceiver(SIGNING_SECRET);
    await use(receiver);
    await receiver.close();
  },
});

/** Opens an open "payment without invoice" item: the first listed, or the given payment's. */
async function openOrphanPayment(page: Page, payment?: string): Promise<{ payment: string; item: Locator }> {
  await openReconciliation(page);
  await waitForExceptions(page);
  await page.getByRole('region', { name: 'Money at stake' }).getByRole('button', { name: /Payment without invoice/ }).click();
  await expect(currentRow(page)).toContainText('orphan_payment');
  if (payment !== undefined) {
    const reference = page.getByRole('form', { name: 'Filters' }).getByLabel('Invoice or payment');
    await reference.fill(payment);
    await reference.press('Enter');
    await expect.poll(() => listedCount(page)).toBe(1);
    await expect(currentRow(page)).toContainText(payment);
  }
  await currentRow(page).dblclick();
  const opened = await openItemReference(page);
  const item = page.getByRole('region', { name: opened, exact: true });
  await expect(item.getByText('Payment without invoice · orphan_payment')).toBeVisible();
  return { payment: opened, item };
}

async function setWebhookEndpoint(page: Page, url: string): Promise<void> {
  const panel = page.getByRole('region', { name: 'Webhook endpoint' });
  await expect(panel.getByText('No endpoint is set')).toBeVisible();
  await panel.getByLabel('Address').fill(url);
  await panel.getByLabel('Signing secret').fill(SIGNING_SECRET);
  await panel.getByRole('button', { name: 'Save endpoint' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(`Saved: events are re-sent to ${url}.`);
  await expect(panel.getByText(url, { exact: true })).toBeVisible();
  // The browser console keeps the secret in memory only, and never shows it back.
  await expect(panel.getByText(/memory only/)).toBeVisible();
  await expect(panel.getByLabel('Signing secret')).toHaveValue('');
}

test("an orphan payment's event is re-sent from the workbench, signed so Stripe's SDK accepts it, and delivered once", async ({
  page,
  paydesk,
  receiver,
}) => {
  test.setTimeout(180_000);
  await page.goto(paydesk.url);

  // Without an endpoint the action says why, and leads to Settings.
  const first = await openOrphanPayment(page);
  const payment = first.payment;
  await expect(first.item.getByRole('button', { name: 'Re-send payment event…' })).toBeDisabled();
  await expect(first.item.getByText(/No webhook endpoint is set/)).toBeVisible();
  await first.item.getByRole('link', { name: 'Set the webhook endpoint in Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await setWebhookEndpoint(page, receiver.url);

  const { item } = await openOrphanPayment(page, payment);
  await item.getByRole('button', { name: 'Re-send payment event…' }).click();
  const form = item.getByRole('form', { name: 'Re-send payment event' });
  await expect(form.getByLabel('Note (optional)')).toBeFocused();
  await expect(form).toContainText(receiver.url);
  await form.getByLabel('Note (optional)').fill('Paid at the gateway; the customer closed the pop-up');
  await form.getByRole('button', { name: 'Re-send payment event', exact: true }).click();
  await expect(item.getByRole('status').filter({ hasText: 'Queued' })).toHaveText('Queued 1 event for the webhook endpoint.');

  const sent = item.getByRole('list', { name: 'Postings of this item' }).getByRole('listitem');
  await expect(sent).toHaveCount(1);
  await expect(sent).toContainText('Event to webhook');
  await expect(sent).toContainText(/Delivered to the webhook endpoint as event evt_\w+\./, { timeout: 30_000 });
  const eventId = /as event (evt_\w+)\./.exec((await sent.textContent()) ?? '')?.[1] ?? '';
  const eventType = payment.startsWith('pi_') ? 'payment_intent.succeeded' : 'charge.succeeded';

  await item.getByRole('link', { name: 'Attempts and retries on Retransmissions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Retransmissions' })).toBeVisible();
  await expect(page.getByLabel('Invoice or payment')).toHaveValue(payment);
  const row = page.getByRole('table').getByRole('row').filter({ hasText: payment });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Event to webhook');
  await expect(row).toContainText('Succeeded');
  // No invoice: the row shows its event instead.
  await expect(row.getByRole('button', { name: `Attempts of ${eventType} event of ${payment}` })).toHaveText(eventId);

  await row.getByRole('button', { name: `Attempts of ${eventType} event of ${payment}` }).click();
  const detail = page.getByRole('region', { name: `${eventType} ${eventId} of ${payment} → webhook endpoint` });
  await expect(detail.getByRole('heading', { name: 'Attempt history' })).toBeVisible();
  await expect(detail.getByText('Delivered', { exact: true })).toBeVisible();
  // Fetched from the gateway at the first attempt, then posted signed.
  const requests = detail.getByRole('list', { name: 'Requests of attempt 1' }).getByRole('listitem');
  await expect(requests).toHaveCount(2);
  await expect(requests.nth(0)).toContainText(`GET events?type=${eventType} (the event about ${payment})`);
  await expect(requests.nth(0)).toContainText(`found ${eventId}`);
  await expect(requests.nth(1)).toContainText(`POST ${receiver.url} (${eventType} ${eventId}, Stripe-Signature)`);
  await expect(requests.nth(1)).toContainText('HTTP 200: delivered');

  // The endpoint verified the signature with Stripe's SDK and got exactly that payment's event.
  expect(receiver.rejected).toBe(0);
  expect(receiver.accepted.map(({ id, type, objectId }) => ({ id, type, objectId }))).toEqual([{ id: eventId, type: eventType, objectId: payment }]);

  // Removing the endpoint asks first; Esc keeps it, Remove forgets it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Webhook endpoint' });
  await panel.getByRole('button', { name: 'Remove endpoint…' }).click();
  const question = panel.getByRole('group', { name: /^Remove the webhook endpoint\?/ });
  await expect(question.getByRole('button', { name: 'Keep' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Remove endpoint…' })).toBeFocused();
  await panel.getByRole('button', { name: 'Remove endpoint…' }).click();
  await question.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(panel.getByText('No endpoint is set')).toBeVisible();
});
