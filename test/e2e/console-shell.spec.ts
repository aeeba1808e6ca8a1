import type { Page } from '@playwright/test';
import { expect, test } from './console-fixture';

const PAGES = ['Overview', 'Reconciliation', 'Checkouts', 'Retransmissions', 'Audit', 'Connections', 'Settings'];

/** Console errors include CSP violations: a page that needs unsafe-inline fails here. */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function openPage(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('the shell loads with every page and no console errors', async ({ page, paydesk }) => {
  const errors = collectConsoleErrors(page);
  await page.goto(paydesk.url);
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/(#.*)?$/);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of PAGES) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  for (const name of PAGES) {
    await openPage(page, name);
    await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  }
  expect(errors).toEqual([]);
});

test('both sandbox connectors show healthy, a downed gateway shows as a connection issue, and recovers', async ({ page, paydesk }) => {
  await page.goto(paydesk.url);
  await openPage(page, 'Connections');
  const gateway = page.getByRole('region', { name: 'Sandbox payment gateway' });
  const billing = page.getByRole('region', { name: 'Sandbox billing system' });
  await expect(gateway.getByText('Healthy', { exact: true })).toBeVisible();
  await expect(billing.getByText('Healthy', { exact: true })).toBeVisible();
  await expect(gateway.getByText(/\d+ ms/)).toBeVisible();

  await openPage(page, 'Settings');
  await page.getByLabel('Gateway down').check();
  await openPage(page, 'Connections');
  await expect(gateway.getByText('Connection issue', { exact: true })).toBeVisible();
  await expect(gateway.getByText(/refused/i)).toBeVisible();
  await expect(gateway.getByText(/reachable/i)).toBeVisible();
  await expect(billing.getByText('Healthy', { exact: true })).toBeVisible();

  await openPage(page, 'Settings');
  await page.getByLabel('Gateway down').uncheck();
  await openPage(page, 'Connections');
  await expect(gateway.getByText('Healthy', { exact: true })).toBeVisible();
});

test('a partner in maintenance shows as a system issue after Check now', async ({ page, paydesk }) => {
  await page.goto(paydesk.url);
  await openPage(page, 'Settings');
  await page.getByRole('group', { name: 'Billing' }).getByLabel('Maintenance (503)').check();
  await openPage(page, 'Connections');
  const billing = page.getByRole('region', { name: 'Sandbox billing system' });
  await billing.getByRole('button', { name: 'Check now' }).click();
  await expect(billing.getByText('System issue', { exact: true })).toBeVisible();
  await expect(billing.getByText(/^HTTP 503: .*offline/)).toBeVisible();
});

test('a page reload keeps the session without the token in the address', async ({ page, paydesk }) => {
  await page.goto(paydesk.url);
  await openPage(page, 'Connections');
  expect(page.url()).not.toContain('token=');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Connections' })).toBeVisible();
});
