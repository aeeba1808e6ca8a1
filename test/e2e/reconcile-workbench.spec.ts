import { expect, test } from './console-fixture';
import {
  currentRow,
  exceptionsGrid,
  listedCount,
  notice,
  openItemReference,
  openReconciliation,
  rowOf,
  waitForExceptions,
} from './recon-workbench';

test('the reconcile loop runs by keyboard alone: move, open, resolve, undo, match by hand', async ({ page, paydesk }) => {
  test.setTimeout(150_000);
  await page.goto(paydesk.url);
  await openReconciliation(page);
  await waitForExceptions(page);
  const before = await listedCount(page);
  expect(before).toBeGreaterThan(10);

  // j twice, k once: the second row.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(currentRow(page)).toHaveAttribute('aria-rowindex', '3');

  await page.keyboard.press('Enter');
  const reference = await openItemReference(page);
  await expect(page.getByLabel('The difference')).toBeVisible();

  // r focuses the reason; the letter itself is not typed into it.
  await page.keyboard.press('r');
  const reason = page.getByLabel('Why is this resolved?');
  await expect(reason).toBeFocused();
  await expect(reason).toHaveValue('');
  await page.keyboard.type('Refund booked by hand in billing');
  await page.keyboard.press('Enter');

  await expect(notice(page)).toContainText(`Resolved`);
  await expect(notice(page)).toContainText(reference);
  await expect(rowOf(page, reference)).toHaveCount(0);
  await expect.poll(() => listedCount(page)).toBe(before - 1);
  // The cursor moved on to the next open item, which is now the open one.
  await expect(currentRow(page)).toHaveAttribute('aria-rowindex', '3');
  expect(await openItemReference(page)).not.toBe(reference);

  await page.keyboard.press('z');
  await expect(notice(page)).toContainText(`Undid: Resolved`);
  await expect(rowOf(page, reference)).toHaveCount(1);
  await expect.poll(() => listedCount(page)).toBe(before);

  // Match by hand: list the payments no invoice points to, open the first, search its
  // customer's invoices and match the first one found.
  await page.keyboard.press('/');
  await page.keyboard.type('payment:');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(currentRow(page)).toContainText('orphan_payment');
  await expect(exceptionsGrid(page)).toBeFocused();
  const orphans = await listedCount(page);
  await page.keyboard.press('Enter');
  const payment = await openItemReference(page);
  const customer = ((await currentRow(page).getByRole('gridcell').nth(3).textContent()) ?? '').trim();
  expect(customer).toContain('@');
  await page.keyboard.press('m');
  await expect(page.getByLabel(/^Amount \(/)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type(customer);
  await page.keyboard.press('Enter');
  const firstMatch = page.getByRole('button', { name: /^Match INV-/ }).first();
  await expect(firstMatch).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notice(page)).toContainText(payment);
  await expect(rowOf(page, payment)).toHaveCount(0);
  await expect.poll(() => listedCount(page)).toBe(orphans - 1);
});

test('a bulk resolve with a remark on "all matching this filter" settles the whole class', async ({ page, paydesk }) => {
  test.setTimeout(150_000);
  await page.goto(paydesk.url);
  await openReconciliation(page);
  await waitForExceptions(page);
  const totals = page.getByRole('region', { name: 'Money at stake' });
  const allShown = totals.getByRole('row', { name: /^All shown/ });
  const itemsCell = (row: typeof allShown): Promise<number> =>
    row
      .getByRole('cell')
      .first()
      .textContent()
      .then((text) => Number((text ?? '').replace(/[^\d]/g, '')));
  const everything = await itemsCell(allShown);

  await totals.getByRole('button', { name: /Amount mismatch/ }).click();
  await expect(totals.getByRole('button', { name: /Amount mismatch/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(currentRow(page)).toContainText('amount_mismatch');
  const matching = await listedCount(page);
  expect(matching).toBeGreaterThan(1);

  await page.getByRole('button', { name: `Select all ${matching.toLocaleString('en-US')} matching this filter` }).click();
  const bulk = page.getByRole('region', { name: 'Bulk action' });
  await expect(bulk.getByRole('status')).toContainText(`All ${matching.toLocaleString('en-US')} items matching this filter`);
  // The remark is mandatory.
  await bulk.getByRole('button', { name: /^Resolve [\d,]+ items$/ }).click();
  await expect(bulk.getByRole('alert')).toContainText('remark');
  await bulk.getByLabel('Remark').fill('Rounding differences agreed with the customer');
  await bulk.getByRole('button', { name: /^Resolve [\d,]+ items$/ }).click();

  await expect(notice(page)).toContainText(`${matching.toLocaleString('en-US')} items were affected`);
  await expect(page.getByText('No exceptions match this filter.')).toBeVisible();
  await expect(totals.getByText('Nothing at stake for this filter.')).toBeVisible();

  // Back to every class: amount mismatches no longer count, every other class is as it was.
  await page.getByRole('form', { name: 'Filters' }).getByRole('button', { name: 'Clear filters' }).click();
  await expect(totals.getByRole('button', { name: /Amount mismatch/ })).toHaveCount(0);
  await expect.poll(() => itemsCell(allShown)).toBe(everything - matching);
});

test('a suggestion is confirmed, and another rejected, by keyboard alone', async ({ page, paydesk }) => {
  test.setTimeout(150_000);
  await page.goto(paydesk.url);
  await openReconciliation(page);
  await waitForExceptions(page);

  // The payments no invoice points to; the sandbox pays a few invoices by links without a reference.
  await page.keyboard.press('/');
  await page.keyboard.type('payment:');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(currentRow(page)).toContainText('orphan_payment');
  const score = (): Promise<string> => currentRow(page).getByRole('gridcell').last().innerText();
  const nextSuggested = async (): Promise<void> => {
    for (let moves = 0; (await score()).trim() === '—'; moves += 1) {
      expect(moves, 'an orphan payment with a suggestion').toBeLessThan(200);
      await page.keyboard.press('j');
    }
  };
  const orphans = await listedCount(page);

  await nextSuggested();
  await page.keyboard.press('Enter');
  const confirmed = await openItemReference(page);
  await page.keyboard.press('c');
  await expect(notice(page)).toContainText(`Confirmed suggestion INV-`);
  await expect(notice(page)).toContainText(confirmed);
  await expect(rowOf(page, confirmed)).toHaveCount(0);
  await expect.poll(() => listedCount(page)).toBe(orphans - 1);

  await nextSuggested();
  await page.keyboard.press('Enter');
  const rejected = await openItemReference(page);
  await page.keyboard.press('x');
  await expect(notice(page)).toContainText(`Rejected suggestion`);
  // Still unlinked, and no longer offered.
  await expect(rowOf(page, rejected)).toHaveCount(1);
  await expect(rowOf(page, rejected).getByRole('gridcell').last()).toHaveText('—');
});
