import type { Locator, Page } from '@playwright/test';
import { expect } from './console-fixture';

/** Opens Reconciliation from the main navigation. */
export async function openReconciliation(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reconciliation', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reconciliation' })).toBeVisible();
}

export function exceptionsGrid(page: Page): Locator {
  return page.getByRole('grid', { name: 'Exceptions' });
}

/** The row under the keyboard cursor. */
export function currentRow(page: Page): Locator {
  return exceptionsGrid(page).locator('[role="row"][aria-current="true"]');
}

/** A loaded data row (not the header, not a placeholder) showing this invoice or payment. */
export function rowOf(page: Page, reference: string): Locator {
  return exceptionsGrid(page).getByRole('row').filter({ hasText: reference });
}

/** The "1,503 items" line above the list, as a number. */
export async function listedCount(page: Page): Promise<number> {
  const text = (await page.getByText(/^[\d,]+ items?$/).textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}

/** The invoice number or payment id of the open item, from its heading. */
export async function openItemReference(page: Page): Promise<string> {
  const heading = page.getByRole('heading', { level: 2, name: /^(INV-|pi_|ch_|py_)/ });
  await expect(heading).toBeVisible();
  return ((await heading.textContent()) ?? '').trim();
}

/** The live region that says what the last decision did. */
export function notice(page: Page): Locator {
  return page.locator('.recon-notice');
}

/**
 * Waits until the console's first sync and reconciliation have filled the list: the sandbox
 * syncs as the console opens, then reconciles.
 */
export async function waitForExceptions(page: Page): Promise<void> {
  await expect(currentRow(page)).toBeVisible({ timeout: 90_000 });
  await expect(currentRow(page)).not.toContainText('Loading');
}
