import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './console-fixture';
import { listedCount, openReconciliation, waitForExceptions } from './recon-workbench';

const LIST_HEADER = [
  'Item', 'Class', 'State', 'Currency', 'Money at stake', 'Invoice total', 'Billing paid', 'Gateway net', 'Gateway - billing',
  'Invoices', 'Payments', 'Customer', 'Date', 'Period', 'Age (days)', 'Note', 'Resolution reason', 'Sealed',
];

/** Clicks an export button and waits for the browser's download of the file it made. */
async function download(page: Page, button: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return file;
}

async function bytesOf(file: Download): Promise<Buffer> {
  return readFileSync(await file.path());
}

test('the exception list exports to Excel and CSV with every listed item', async ({ page, paydesk }) => {
  test.setTimeout(150_000);
  await page.goto(paydesk.url);
  await openReconciliation(page);
  await waitForExceptions(page);
  const total = await listedCount(page);
  expect(total).toBeGreaterThan(10);

  const xlsx = await download(page, 'Export the list as Excel');
  expect(xlsx.suggestedFilename()).toMatch(/^paydesk-exceptions-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByRole('status').filter({ hasText: 'Downloading paydesk-exceptions' })).toContainText(
    `(${total.toLocaleString('en-US')} items)`,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const sheet = workbook.getWorksheet('Exceptions');
  if (!sheet) throw new Error('the workbook has no Exceptions sheet');
  expect(sheet.getRow(1).values).toEqual([undefined, ...LIST_HEADER]);
  expect(sheet.rowCount - 1).toBe(total);
  // Open exceptions only, by default, with their money as numbers.
  expect(sheet.getCell('C2').value).toBe('open');
  expect(typeof sheet.getCell('E2').value).toBe('number');

  const csv = await download(page, 'Export the list as CSV');
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const rows = Papa.parse<string[]>((await bytesOf(csv)).toString('utf8'), { skipEmptyLines: true }).data;
  expect(rows[0]).toEqual(LIST_HEADER);
  expect(rows).toHaveLength(total + 1);
});

test('the month-end tab shows the bridge of a chosen period and exports it', async ({ page, paydesk }) => {
  test.setTimeout(150_000);
  await page.goto(paydesk.url);
  await openReconciliation(page);
  await waitForExceptions(page);
  await page.getByRole('tab', { name: 'Month-end' }).click();

  const picker = page.getByLabel('Period');
  await expect(picker).toBeVisible();
  const options = await picker.locator('option').allTextContents();
  expect(options.length).toBeGreaterThan(1);
  // The oldest period: a whole month of the sandbox's data.
  const oldest = await picker.locator('option').last().getAttribute('value');
  if (!oldest) throw new Error('no period to pick');
  await picker.selectOption(oldest);

  const usd = page.getByRole('region', { name: 'USD bridge' });
  await expect(usd).toBeVisible();
  await expect(usd.getByRole('row', { name: /^Gateway total/ })).toBeVisible();
  await expect(usd.getByRole('row', { name: /^Billing total/ })).toBeVisible();
  await expect(usd.getByRole('row', { name: /^Residual/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'JPY bridge' })).toBeVisible();

  const pdf = await download(page, 'Export the bridge as PDF');
  expect(pdf.suggestedFilename()).toBe(`paydesk-bridge-${oldest}.pdf`);
  expect((await bytesOf(pdf)).subarray(0, 5).toString()).toBe('%PDF-');

  const xlsx = await download(page, 'Export the bridge as Excel');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const lines = workbook.getWorksheet(`Bridge ${oldest}`)?.getColumn(2).values ?? [];
  expect(lines).toContain('Gateway total');
  expect(lines).toContain('Residual');
});

test('a period whose items are all settled closes with a note per residual and is sealed', async ({ page, paydesk }) => {
  test.setTimeout(150_000);
  await page.goto(paydesk.url);
  await openReconciliation(page);
  await waitForExceptions(page);
  await page.getByRole('tab', { name: 'Month-end' }).click();
  const picker = page.getByLabel('Period');
  const oldest = await picker.locator('option').last().getAttribute('value');
  if (!oldest) throw new Error('no period to pick');
  await picker.selectOption(oldest);
  await expect(page.getByRole('button', { name: /^Close .*…$/ })).toBeDisabled();
  await expect(page.locator('.month-end-blockers li').first()).toContainText(/residual .* still open/);

  // Settling every item is the workbench's job (tested there); here the API does it in one go.
  const accepted = await page.request.post(new URL('/api/call/recon.bulk', paydesk.url).toString(), {
    data: { target: { kind: 'filter', filter: { period: oldest } }, action: 'accept', remark: 'Reviewed for the month-end close' },
  });
  expect(((await accepted.json()) as { ok: boolean }).ok).toBe(true);
  await page.getByRole('tab', { name: 'Exceptions' }).click();
  await page.getByRole('tab', { name: 'Month-end' }).click();
  await picker.selectOption(oldest);

  await page.getByRole('button', { name: /^Close .*…$/ }).click();
  const form = page.getByRole('form', { name: /^Close / });
  await form.getByRole('button', { name: 'Continue' }).click();
  const notes = form.getByLabel(/^Why [A-Z]{3} is off by/);
  await expect(form.getByRole('alert').first()).toContainText('Say why');
  for (const note of await notes.all()) await note.fill('Payments and invoices in different months (timing)');
  await form.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: /^Yes, close / }).click();

  await expect(page.getByText('Sealed', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Closed on .* by .*Sealed: its items are read-only/)).toBeVisible();
  await expect(picker.locator(`option[value="${oldest}"]`)).toContainText('closed');
  await expect(page.getByRole('button', { name: /^Close .*…$/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'USD bridge' }).getByRole('row', { name: /^Residual/ })).toContainText(/none|noted at closing/);
});
