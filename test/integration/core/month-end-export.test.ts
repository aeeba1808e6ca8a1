import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportFile } from '../../../shared/contract/reconcile';
import { createBackend, type Backend } from '../../../electron/core/backend';
import { Database } from '../../../electron/core/db/database';
import type { Logger } from '../../../electron/core/util/logger';
import { startConsoleServer, type ConsoleServer } from '../../../electron/server/console-server';
import { useTempDirs } from '../../helpers/temp-dir';
import { insertItem } from './month-end-db';
import { rawGet } from '../../helpers/raw-get';

// recon.export through the real backend (its own snapshot connection, the lead's item query),
// then the browser console's download endpoint, behind the same guard as every other call.

const tempDir = useTempDirs();
const quiet: Logger = { info: () => undefined, error: () => undefined };
let running: { server: ConsoleServer; backend: Backend } | null = null;

afterEach(async () => {
  await running?.server.close();
  await running?.backend.close();
  running = null;
});

async function start(): Promise<{ backend: Backend; server: ConsoleServer; base: string }> {
  const dataDir = tempDir();
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Paydesk</title>');
  const backend = createBackend({ dataDir, version: '9.9.9', connectors: [], sandbox: null, logger: quiet });
  // A second connection stands in for the engine that fills the results.
  const writer = Database.open(backend.info.databasePath);
  writer.transaction(() => {
    insertItem(writer, { key: 'invoice:INV-1', class: 'amount_mismatch', currency: 'EUR', gatewayMinor: 8_750, billingMinor: 10_000, itemDate: '2024-03-05', customer: '=HYPERLINK("http://evil.example")' });
    insertItem(writer, { key: 'payment:pi_2', class: 'orphan_payment', currency: 'JPY', gatewayMinor: 1_200, billingMinor: 0, totalMinor: null, itemDate: '2024-03-07' });
    insertItem(writer, { key: 'invoice:INV-3', class: 'matched', currency: 'EUR', gatewayMinor: 100, billingMinor: 100, itemDate: '2024-03-08' });
    insertItem(writer, { key: 'invoice:INV-4', class: 'missing_payment', currency: 'USD', gatewayMinor: 0, billingMinor: 500, itemDate: '2024-02-08' });
  });
  writer.close();
  const server = await startConsoleServer({ backend, staticDir, logger: quiet });
  running = { server, backend };
  return { backend, server, base: `http://127.0.0.1:${server.port}` };
}

async function exportOf(backend: Backend, input: unknown): Promise<ExportFile> {
  const envelope = await backend.dispatch('recon.export', input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return ExportFile.parse(envelope.value);
}

describe('exporting through the backend and downloading from the browser console', () => {
  it('exports the filtered exception list to Excel and serves it as an attachment', async () => {
    const { backend, server, base } = await start();
    const file = await exportOf(backend, { what: 'exceptions', format: 'xlsx', filter: { period: '2024-03' } });
    expect(file).toMatchObject({ fileName: 'paydesk-exceptions-2024-03.xlsx', rows: 2 });

    const response = await fetch(`${base}/api/exports/${file.exportId}`, { headers: { authorization: `Bearer ${server.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="paydesk-exceptions-2024-03.xlsx"; filename*=UTF-8''paydesk-exceptions-2024-03.xlsx`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Exceptions');
    expect(sheet?.rowCount).toBe(3);
    // Largest money at stake first: EUR 12.50 before JPY 1200 (compared in minor units).
    expect([sheet?.getCell('A2').value, sheet?.getCell('E2').value, sheet?.getCell('L2').value]).toEqual([
      'invoice:INV-1',
      12.5,
      `'=HYPERLINK("http://evil.example")`,
    ]);
    expect([sheet?.getCell('A3').value, sheet?.getCell('E3').value]).toEqual(['payment:pi_2', 1200]);
  });

  it('exports CSV of the same list, and the bridge of a period', async () => {
    const { backend, server, base } = await start();
    const csv = await exportOf(backend, { what: 'exceptions', format: 'csv', filter: { classes: ['matched', 'missing_payment'] } });
    const text = await (await fetch(`${base}/api/exports/${csv.exportId}`, { headers: { authorization: `Bearer ${server.token}` } })).text();
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows.slice(1).map((row) => row[0])).toEqual(['invoice:INV-4', 'invoice:INV-3']);

    const bridge = await exportOf(backend, { what: 'bridge', format: 'pdf', period: '2024-03' });
    const pdf = await fetch(`${base}/api/exports/${bridge.exportId}`, { headers: { authorization: `Bearer ${server.token}` } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses downloads without the session token, from another origin or host, and for unknown ids', async () => {
    const { backend, server, base } = await start();
    const file = await exportOf(backend, { what: 'bridge', format: 'csv', period: '2024-03' });
    const path = `/api/exports/${file.exportId}`;
    expect((await fetch(`${base}${path}`)).status).toBe(401);
    const auth = { authorization: `Bearer ${server.token}` };
    expect(await rawGet(server.port, path, { ...auth, origin: 'http://evil.example' })).toBe(403);
    expect(await rawGet(server.port, path, { ...auth, host: 'evil.example' })).toBe(403);
    expect((await fetch(`${base}/api/exports/exp_doesnotexist`, { headers: auth })).status).toBe(404);
    expect((await fetch(`${base}/api/exports/..%2Fpaydesk.db`, { headers: auth })).status).toBe(404);
    expect((await fetch(`${base}${path}`, { method: 'POST', headers: auth })).status).toBe(405);
  });
});
