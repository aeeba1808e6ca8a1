import type { Locator, Page } from '@playwright/test';
import { expect, startConsole, stopConsole, test } from './console-fixture';
import { listedCount, openReconciliation, waitForExceptions } from './recon-workbench';

async function openPage(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

function figure(page: Page, name: string): Locator {
  return page.getByRole('figure', { name, exact: true });
}

/** The "Items" figure of a class in a table whose row header names it. */
async function itemsOf(table: Locator, classLabel: string): Promise<string> {
  return ((await table.getByRole('row', { name: new RegExp(`^${classLabel}`) }).getByRole('cell').first().textContent()) ?? '').trim();
}

const DAILY = ['Payment success rate', 'Abandoned checkouts by stage', 'Connector failures by class'];

test('the overview charts the local copy and every chart clicks through to its list', async ({ page, paydesk }) => {
  test.setTimeout(150_000);
  await page.goto(paydesk.url);
  // The console syncs and reconciles as it opens: wait for the list, and note what it counts.
  await openReconciliation(page);
  await waitForExceptions(page);
  const totals = page.getByRole('table', { name: /^Money at stake by class and currency/ });
  const unposted = await itemsOf(totals, 'Payment not in billing');
  expect(unposted).toMatch(/^[1-9][\d,]*$/);

  await openPage(page, 'Overview');
  await expect(page.getByRole('region', { name: 'Alerts' })).toBeVisible();
  await expect(page.getByText(/^As of .+: the newest payment or checkout/)).toBeVisible();
  for (const name of [...DAILY, 'Exceptions by class', 'Outbox backlog']) {
    await expect(figure(page, name).locator('.overview-plot svg.recharts-surface').first()).toBeVisible();
    // A point per day (or per class, per state) along the axis, even where every value is 0.
    await expect.poll(() => figure(page, name).locator('.recharts-cartesian-axis-tick').count()).toBeGreaterThan(0);
  }
  await expect(figure(page, 'Payment success rate').locator('.recharts-line-curve')).toBeVisible();
  await expect(figure(page, 'Abandoned checkouts by stage').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(figure(page, 'Exceptions by class').locator('.recharts-bar-rectangle').first()).toBeVisible();

  // The range: 7 days show as 7 rows of numbers.
  await page.getByRole('radio', { name: '7 days' }).check();
  const success = figure(page, 'Payment success rate');
  await success.getByText('Success rate per day').click();
  await expect(success.getByRole('table').getByRole('row')).toHaveCount(8);

  // The exceptions figure counts what the Reconciliation page counts, and opens it on that class.
  const exceptions = figure(page, 'Exceptions by class');
  expect(await itemsOf(exceptions.getByRole('table'), 'Payment not in billing')).toBe(unposted);
  await exceptions.getByRole('link', { name: 'Payment not in billing' }).click();
  await expect(page).toHaveURL(/#\/reconciliation\?class=unposted_payment$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Reconciliation' })).toBeVisible();
  await waitForExceptions(page);
  await expect(page.getByRole('button', { name: /^Payment not in billing/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await listedCount(page)).toBe(Number(unposted.replace(/\D/g, '')));

  // A click on a bar goes the same way as its link.
  await openPage(page, 'Overview');
  await figure(page, 'Exceptions by class').locator('.recharts-bar-rectangle').first().click();
  await expect(page).toHaveURL(/#\/reconciliation\?class=[a-z_]+$/);

  // The outbox backlog opens Retransmissions in the state chosen.
  await openPage(page, 'Overview');
  await figure(page, 'Outbox backlog').getByRole('link', { name: 'Failed', exact: true }).click();
  await expect(page).toHaveURL(/#\/retransmissions\?state=failed$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Retransmissions' })).toBeVisible();

  // A stage on a day opens the checkouts that dropped off there, by its link and by its bar.
  await openPage(page, 'Overview');
  const abandonment = figure(page, 'Abandoned checkouts by stage');
  await abandonment.getByText('Abandoned share per day and stage').click();
  await abandonment.getByRole('link', { name: /^Card entry, / }).last().click();
  await expect(page).toHaveURL(/#\/checkouts\?stage=card_entry&from=(\d{4}-\d{2}-\d{2})&to=\1$/);
  await openPage(page, 'Overview');
  await figure(page, 'Abandoned checkouts by stage').locator('.recharts-bar-rectangle').last().click();
  await expect(page).toHaveURL(/#\/checkouts\?stage=[a-z_]+&from=(\d{4}-\d{2}-\d{2})&to=\1$/);
});

test('an acknowledged alert moves to Handled and is on the audit trail', async ({ page, paydesk }) => {
  test.setTimeout(150_000);
  await page.goto(paydesk.url);
  await openReconciliation(page);
  await waitForExceptions(page);
  await openPage(page, 'Overview');
  const panel = page.getByRole('region', { name: 'Alerts' });
  await expect(panel.getByText(/No open alerts|Show the list/).first()).toBeVisible();
  const open = panel.getByRole('list', { name: 'Open alerts' }).getByRole('article');
  const count = await open.count();
  // The sandbox's data may raise none; then there is nothing to handle.
  test.skip(count === 0, 'the sandbox raised no alert');

  await expect(page.getByRole('navigation', { name: 'Main' }).getByText(`${count} open alert`)).toBeVisible();
  const first = open.first();
  const summary = ((await first.locator('.alert-summary').textContent()) ?? '').trim();
  await first.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(open).toHaveCount(count - 1);
  await panel.getByText(/^Handled \(1\)$/).click();
  const handled = panel.getByRole('list', { name: 'Handled alerts' }).getByRole('listitem');
  await expect(handled).toHaveCount(1);
  await expect(handled).toContainText(summary);
  await expect(handled).toContainText('Acknowledged by');

  if (count > 1) {
    await open.first().getByRole('button', { name: 'Snooze…' }).click();
    const form = panel.getByRole('form', { name: /^Snooze: / });
    await form.getByRole('radio', { name: '4 hours', exact: true }).check();
    await form.getByLabel('Note (optional)').fill('Sandbox data, looked at it');
    await form.getByRole('button', { name: 'Snooze', exact: true }).click();
    await expect(open).toHaveCount(count - 2);
    await expect(panel.getByText(/^Handled \(2\)$/)).toBeVisible();
    await expect(handled.filter({ hasText: 'Snoozed until' })).toContainText('Sandbox data, looked at it');
  }

  await openPage(page, 'Audit');
  const trail = page.getByRole('table', { name: 'Audit trail entries, newest first' });
  await expect(trail.getByRole('row').filter({ hasText: 'alert.acknowledge' })).toHaveCount(1);
  await expect(trail.getByRole('row').filter({ hasText: 'alert.snooze' })).toHaveCount(count > 1 ? 1 : 0);
});

test('with nothing synced yet the overview says what to do, not a broken chart', async ({ page, dataDir }) => {
  const { child, url } = await startConsole(dataDir, '--no-sync');
  try {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page.getByText(/^Nothing to chart yet/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Alerts' })).toContainText('No open alerts');
    await expect(page.getByRole('figure')).toHaveCount(0);
  } finally {
    await stopConsole(child);
  }
});

test('in the browser console, alerts raised by a sync show as desktop notifications once allowed', async ({ page, dataDir }) => {
  test.setTimeout(150_000);
  // Stands in for the browser's notifications: permission asked and given, notifications recorded.
  await page.addInitScript(() => {
    const shown: { title: string; body: string | undefined }[] = [];
    let permission: NotificationPermission = 'default';
    class RecordingNotification {
      static get permission(): NotificationPermission {
        return permission;
      }
      static requestPermission(): Promise<NotificationPermission> {
        permission = 'granted';
        return Promise.resolve(permission);
      }
      onclick: unknown = null;
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body });
      }
    }
    Object.assign(window, { Notification: RecordingNotification, shownNotifications: shown });
  });
  const { child, url } = await startConsole(dataDir, '--no-sync');
  try {
    await page.goto(url);
    const panel = page.getByRole('region', { name: 'Alerts' });
    await panel.getByRole('button', { name: 'Show new alerts as desktop notifications' }).click();
    await expect(panel.getByText('New alerts also show as desktop notifications in this browser.')).toBeVisible();

    // The sandbox's data raises alerts when the sync lands.
    await openPage(page, 'Connections');
    await page.getByRole('button', { name: 'Sync all' }).click();
    await openPage(page, 'Overview');
    const open = panel.getByRole('list', { name: 'Open alerts' }).getByRole('article');
    await expect(open.first()).toBeVisible({ timeout: 100_000 });
    const summaries = (await open.locator('.alert-summary').allTextContents()).map((text) => text.trim()).sort();
    await expect.poll(() => page.evaluate(() => (Reflect.get(window, 'shownNotifications') as unknown[]).length)).toBe(summaries.length);
    const shown = await page.evaluate(() => Reflect.get(window, 'shownNotifications') as { title: string; body: string }[]);
    expect(shown.map((notice) => notice.body).sort()).toEqual(summaries);
    expect(shown.every((notice) => notice.title.startsWith('Paydesk: '))).toBe(true);
  } finally {
    await stopConsole(child);
  }
});
