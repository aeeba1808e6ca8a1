import { expect, startConsole, stopConsole, test } from './console-fixture';
import { exceptionsGrid } from './recon-workbench';
import { MILLION, seedMillionExceptions } from './recon-million';

interface TimedWindow extends Window {
  firstScreen?: Promise<number>;
}

test('the first screen of a million exceptions renders, and its time is printed', async ({ page, dataDir }) => {
  test.setTimeout(300_000);
  const seeding = performance.now();
  seedMillionExceptions(dataDir);
  console.log(`seeded ${MILLION.toLocaleString('en-US')} exceptions in ${Math.round(performance.now() - seeding)} ms`);
  const { child, url } = await startConsole(dataDir, '--no-sync');
  try {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

    // Timed in the page: from the click on Reconciliation to the frame after the first data row
    // exists, so Playwright's own polling does not count.
    await page.evaluate(() => {
      const timed = window as TimedWindow;
      timed.firstScreen = new Promise<number>((done) => {
        let start = 0;
        document.addEventListener('click', () => (start = performance.now()), { capture: true, once: true });
        const rendered = (): boolean => {
          const row = document.querySelector('[role="grid"] [role="row"][aria-rowindex="2"]');
          return row !== null && !(row.textContent ?? '').includes('Loading');
        };
        const observer = new MutationObserver(() => {
          if (!rendered()) return;
          observer.disconnect();
          requestAnimationFrame(() => done(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reconciliation', exact: true }).click();
    const ms = await page.evaluate(() => (window as TimedWindow).firstScreen);
    console.log(`first screen of 1,000,000 exceptions: ${Math.round(ms ?? Number.NaN)} ms`);
    const grid = exceptionsGrid(page);
    await expect(grid).toHaveAttribute('aria-rowcount', String(MILLION + 1));
    await expect(page.getByText('1,000,000 items', { exact: true })).toBeVisible();
    await expect(grid.locator('[role="row"][aria-rowindex="2"]')).toContainText('BIG-');
    const totals = page.getByRole('region', { name: 'Money at stake' });
    await expect(totals.getByRole('row', { name: /^All shown/ }).getByRole('cell').first()).toHaveText('1,000,000');
    // Only a screenful of rows exists in the page, not a million.
    expect(await grid.locator('[role="row"]').count()).toBeLessThan(100);
    // Where the time went: each call as the browser saw it (the Node side answers one at a time).
    const calls = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/api/call/recon.'))
        .map((entry) => `${entry.name.split('/').pop() ?? ''} ${Math.round(entry.duration)} ms (from ${Math.round(entry.startTime)})`),
    );
    console.log(`recon calls: ${calls.join(', ')}`);
  } finally {
    await stopConsole(child);
  }
});
