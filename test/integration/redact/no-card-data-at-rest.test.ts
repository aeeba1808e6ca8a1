import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract/errors';
import type { JobProgress } from '../../../shared/contract/jobs';
import { createBackend, type Backend } from '../../../electron/core/backend';
import type { Logger } from '../../../electron/core/util/logger';
import { CARDS, startCardLadenPartners, type CardLadenPartners } from '../../helpers/card-laden-partners';
import { cardNumbersIn, cardNumbersUnder, filesUnder } from '../../helpers/card-scan';
import { memorySecrets } from '../../helpers/memory-secrets';
import { useTempDirs } from '../../helpers/temp-dir';
import { until } from '../../helpers/until';

const tempDir = useTempDirs();
let partners: CardLadenPartners;
let backend: Backend;
let dataDir: string;
let logFile: string;

beforeAll(async () => {
  partners = await startCardLadenPartners();
});
afterAll(async () => {
  await partners.close();
});

/** What a desktop install would keep as its log: every line the Node side logs, in the data folder. */
function fileLogger(path: string): Logger {
  return {
    info: (message) => appendFileSync(path, `${message}\n`),
    error: (message, error) => appendFileSync(path, `${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error ?? '')}\n`),
  };
}

async function call(name: string, input: unknown): Promise<unknown> {
  const envelope: Envelope<unknown> = await backend.dispatch(name, input);
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
  return envelope.value;
}

async function settled(job: unknown): Promise<JobProgress> {
  const { jobId } = job as JobProgress;
  const jobs = await until(
    async () => (await call('jobs.list', {})) as JobProgress[],
    (list) => list.some((entry) => entry.jobId === jobId && entry.state !== 'running'),
  );
  const found = jobs.find((entry) => entry.jobId === jobId);
  if (!found) throw new Error('job gone');
  return found;
}

function csv(rows: string[][]): string {
  return `${rows.map((row) => row.map((cell) => `"${cell}"`).join(',')).join('\n')}\n`;
}

describe('no card number or CVC at rest', () => {
  it('after syncing, importing, failing, deciding and exporting data full of card numbers', async () => {
    dataDir = join(tempDir(), 'Paydesk');
    mkdirSync(dataDir);
    logFile = join(dataDir, 'paydesk.log');
    const files = tempDir();
    backend = createBackend({
      dataDir,
      version: 't',
      connectors: [
        { id: 'gw', kind: 'gateway', name: 'Gateway', mode: 'live', baseUrl: partners.gatewayUrl, credentials: { kind: 'gateway', apiKey: 'sk_test_x' } },
        {
          id: 'bl',
          kind: 'billing',
          name: 'Billing',
          mode: 'live',
          baseUrl: partners.billingUrl,
          credentials: { kind: 'billing', accessToken: 'token', tenantId: 'tenant' },
        },
      ],
      sandbox: null,
      secrets: memorySecrets(),
      logger: fileLogger(logFile),
      healthIntervalMs: 600_000,
      probe: async () => ({ latencyMs: 1 }),
    });

    // Gateway and billing payloads: metadata, descriptions, e-mails, names, references, nested card details.
    expect((await settled(await call('sync.start', {}))).state).toBe('succeeded');

    // A Stripe report with a card number in every column that takes text, under a file name with one.
    const stripeHeader = ['balance_transaction_id', 'created_utc', 'currency', 'gross', 'fee', 'net', 'reporting_category', 'source_id', 'description', 'customer_id', 'customer_email', 'charge_id', 'payment_intent_id', 'invoice_id', 'payment_metadata[invoice_number]', 'payment_metadata[card]'];
    const stripeFile = join(files, `report ${CARDS.visa}.csv`);
    writeFileSync(stripeFile, csv([
      stripeHeader,
      [`txn_${CARDS.amex}`, '2026-10-01 10:00:00', 'usd', '12.30', '0.66', '11.64', 'charge', `ch_${CARDS.jcb}`, `Paid ${CARDS.visaSpaced} cvc 123`, `cus_${CARDS.diners}`, `${CARDS.discover}@example.com`, `ch_${CARDS.jcb}`, `pi_${CARDS.visa13}`, '', CARDS.mastercardDashed, CARDS.unionPay19],
    ]));
    const stripeFormat = { kind: 'preset', preset: 'stripe-balance-report' };
    expect((await call('import.preview', { source: { kind: 'path', path: stripeFile }, format: stripeFormat })) as object).toMatchObject({ canCommit: true });
    expect((await settled(await call('import.start', { source: { kind: 'path', path: stripeFile }, format: stripeFormat }))).state).toBe('succeeded');

    // A refused file: card numbers where amounts and dates belong end up in the problems and the job's message.
    const refusedFile = join(files, 'refused.csv');
    writeFileSync(refusedFile, csv([stripeHeader, ['txn_9', CARDS.visa2, 'usd', CARDS.mastercard, '0', '0', 'charge', 'ch_9', '', '', '', 'ch_9', 'pi_9', '', '', '']]));
    expect((await settled(await call('import.start', { source: { kind: 'path', path: refusedFile }, format: stripeFormat }))).state).toBe('failed');

    // A mapping whose column names hold card numbers, and a file that fills every mapped column with them.
    const mapping = {
      name: 'Bank export',
      target: 'payments',
      delimiter: null,
      decimalSeparator: '.',
      thousandsSeparator: '',
      dateOrder: 'ymd',
      defaultCurrency: 'EUR',
      columns: { id: 'Ref', amount: 'Amount', date: 'Date', customer_email: 'Email', customer_id: 'Customer', invoice_reference: 'Invoice', status: 'Status' },
    };
    await call('mappings.save', { mapping });
    const mappedFile = join(files, 'bank.csv');
    writeFileSync(mappedFile, csv([
      ['Ref', 'Amount', 'Date', 'Email', 'Customer', 'Invoice', 'Status'],
      [CARDS.visaDebit, '45.00', '2026-10-02', `${CARDS.amex}@example.com`, CARDS.discover, CARDS.visaSpaced, 'succeeded'],
    ]));
    const mappingFormat = { kind: 'mapping', name: 'Bank export' };
    expect((await settled(await call('import.start', { source: { kind: 'path', path: mappedFile }, format: mappingFormat }))).state).toBe('succeeded');

    // The same kind of file uploaded through the browser console, which keeps a copy to import from.
    const uploaded = await backend.uploads.save(
      Readable.from([Buffer.from(csv([['Ref', 'Amount', 'Date', 'Email', 'Customer', 'Invoice', 'Status'], [CARDS.visa2, '9.00', '2026-10-03', 'x@example.com', CARDS.jcb, CARDS.amex, 'succeeded']]))]),
      `upload ${CARDS.discover}.csv`,
    );
    expect((await settled(await call('import.start', { source: { kind: 'upload', uploadId: uploaded.uploadId }, format: mappingFormat }))).state).toBe('succeeded');

    // An error message from a partner quoting a card number and a CVC.
    partners.failWithCardInError();
    expect((await settled(await call('sync.start', { connectorIds: ['gw'] }))).state).toBe('failed');

    // Decisions with reasons and remarks, and a webhook address, typed with card numbers in them.
    const listed = (await call('recon.listItems', { filter: { states: ['open'] }, sort: 'amount_desc', offset: 0, limit: 50 })) as { rows: { key: string }[] };
    expect(listed.rows.length).toBeGreaterThan(1);
    const [first, second] = listed.rows;
    await call('recon.decide', { decision: { kind: 'resolve', key: first?.key, reason: `Customer read out ${CARDS.visa} on the phone` } });
    await call('recon.bulk', { target: { kind: 'keys', keys: [second?.key] }, action: 'accept', remark: `Refunded to ${CARDS.mastercardDashed}` });
    await call('operator.choose', { name: `Till ${CARDS.visaDebit}` });
    await call('recon.decide', { decision: { kind: 'reopen', key: first?.key } });
    const webhook = await backend.dispatch('webhook.configure', { url: `https://shop.example/hooks?card=${CARDS.jcb}`, signingSecret: 'whsec_0123456789abcdef' });
    expect(webhook).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('card number') } });

    // Exports of the items and of the audit trail.
    await call('recon.export', { what: 'exceptions', format: 'csv', filter: { states: ['open', 'resolved', 'accepted'] } });
    await call('audit.export', { format: 'jsonl' });
    await call('audit.export', { format: 'csv' });

    const written = filesUnder(dataDir).map((file) => file.slice(dataDir.length + 1));
    expect(written).toEqual(expect.arrayContaining(['paydesk.db', 'paydesk.db-wal', 'paydesk.log']));
    expect(written.filter((file) => file.startsWith('exports'))).toHaveLength(6);
    // The data is there, masked: the redactor ran rather than the records going missing.
    expect(readFileSync(join(dataDir, 'paydesk.db-wal')).toString('utf8')).toContain('••••1111');

    const cvcKeys = /"(cvc|cvv|cvv2|security_code)"\s*:/;
    const withCvc = (): string[] => filesUnder(dataDir).filter((file) => cvcKeys.test(readFileSync(file, 'latin1')));
    expect(cardNumbersUnder(dataDir)).toEqual([]);
    expect(withCvc()).toEqual([]);
    await backend.close();
    expect(cardNumbersUnder(dataDir)).toEqual([]);
    expect(withCvc()).toEqual([]);
  });

  it('the scanner finds what it looks for: every planted number, written any of its ways', () => {
    for (const card of Object.values(CARDS)) {
      expect(cardNumbersIn(Buffer.from(`x ${card} x`), 'probe')).toHaveLength(1);
      expect(cardNumbersIn(Buffer.from(`"id":"tok_${card}"`), 'probe')).toHaveLength(1);
    }
    expect(cardNumbersIn(Buffer.from('4111 1111 1111 1112'), 'probe')).toEqual([]);
  });
});
