import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { firstBrokenExported, type ExportedEntry } from '../helpers/reverify-audit';
import { expect, test } from './console-fixture';
import { notice, openItemReference, openReconciliation, waitForExceptions } from './recon-workbench';

/** Clicks an export button and waits for the browser's download of the file it made. */
async function download(page: Page, button: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return file;
}

test('a decision by a chosen operator shows on the Audit page, verifies intact and exports re-verifiably', async ({ page, paydesk }) => {
  test.setTimeout(150_000);
  await page.goto(paydesk.url);

  // Act under a profile of one's own rather than the OS user.
  const operator = page.getByRole('region', { name: 'Operator' });
  await operator.getByRole('button', { name: 'Change…' }).click();
  await operator.getByLabel('Your name in the audit trail').fill('Dana (month-end desk)');
  await operator.getByRole('button', { name: 'Save' }).click();
  await expect(operator).toContainText('Acting as Dana (month-end desk)');

  // Resolve the first exception with a reason, by keyboard as finance staff do.
  await openReconciliation(page);
  await waitForExceptions(page);
  await page.keyboard.press('Enter');
  const reference = await openItemReference(page);
  await page.keyboard.press('r');
  await page.keyboard.type('Credit note raised in billing, see ticket 4711');
  await page.keyboard.press('Enter');
  await expect(notice(page)).toContainText('Resolved');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Audit trail entries, newest first' });
  const decision = table.getByRole('row').filter({ hasText: 'recon.resolve' });
  await expect(decision).toHaveCount(1);
  await expect(decision).toContainText('Dana (month-end desk)');
  await expect(decision).toContainText(reference);
  await expect(decision).toContainText('Credit note raised in billing, see ticket 4711');
  // The sync that filled the console, and the change of operator, are on the record too.
  await expect(table.getByRole('row').filter({ hasText: 'sync.finish' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'operator.change' })).toHaveCount(1);

  await decision.getByRole('button', { name: /^Show before and after of entry \d+$/ }).click();
  await expect(page.getByRole('region', { name: /^Before, entry \d+$/ })).toContainText('"state": "open"');
  await expect(page.getByRole('region', { name: /^After, entry \d+$/ })).toContainText('"state": "resolved"');

  // Filters narrow the list on the Node side.
  const filters = page.getByRole('form', { name: 'Audit filters' });
  await filters.getByLabel('Action').fill('operator');
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(page.getByText(/^Entries 1–1 of 1, newest first\.$/)).toBeVisible();
  await filters.getByRole('button', { name: 'Clear filters' }).click();

  await page.getByRole('button', { name: 'Verify audit trail' }).click();
  const verdict = page.locator('.audit-verdict');
  await expect(verdict).toHaveText(/^Intact: [\d,]+ entries, each chained to the one before\.$/);
  await expect(verdict).toHaveClass(/tone-good/);
  const entries = Number((await verdict.textContent())?.replace(/[^\d]/g, ''));

  const jsonl = await download(page, 'Export the audit trail as JSON Lines');
  expect(jsonl.suggestedFilename()).toMatch(/^paydesk-audit-\d{4}-\d{2}-\d{2}\.jsonl$/);
  await expect(page.getByRole('status').filter({ hasText: 'Downloading paydesk-audit' })).toContainText(`(${entries} entries)`);
  const lines = readFileSync(await jsonl.path(), 'utf8').trimEnd().split('\n');
  const exported = lines.map((line) => JSON.parse(line) as ExportedEntry);
  expect(exported).toHaveLength(entries);
  expect(firstBrokenExported(exported)).toBeNull();
  expect(exported.find((entry) => entry['action'] === 'recon.resolve')).toMatchObject({ actor: 'Dana (month-end desk)', entity_id: expect.stringContaining(reference) });

  const csv = await download(page, 'Export the audit trail as CSV');
  expect(csv.suggestedFilename()).toMatch(/^paydesk-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(readFileSync(await csv.path(), 'utf8')).toContain('seq,at,actor,action,entity_type,entity_id,before_json,after_json,reason,prev_hash,hash');
});
