import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, startConsole, stopConsole, test } from './console-fixture';

test('a damaged database file gets a plain-language screen, and the file is left untouched', async ({ page, dataDir }) => {
  const path = join(dataDir, 'paydesk.db');
  const garbage = Buffer.from('this is not an SQLite database '.repeat(300));
  writeFileSync(path, garbage);
  const { child, url } = await startConsole(dataDir);
  try {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: 'Paydesk cannot read its database' })).toBeVisible();
    await expect(page.getByText(path)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What to do' })).toBeVisible();
  } finally {
    await stopConsole(child);
  }
  expect(readFileSync(path).equals(garbage)).toBe(true);
});
