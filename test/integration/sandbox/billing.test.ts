import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox';
import type { InvoiceTruth, Sandbox } from '../../../electron/sandbox';
import { billingGet, billingHeaders, billingPut, list, obj } from './clients';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 9 });
});
afterAll(() => sandbox.close());

const MS_DATE = /^\/Date\((\d+)\+0000\)\/$/;

function msOf(value: unknown): number {
  const match = MS_DATE.exec(String(value));
  if (!match?.[1]) throw new Error(`not a Xero date: ${String(value)}`);
  return Number(match[1]);
}

// Each test takes its own invoices so the order tests run in never matters.
const taken = new Set<string>();
function takeInvoice(test: (truth: InvoiceTruth) => boolean): InvoiceTruth {
  const found = sandbox.dataset.truth.invoices.find((truth) => !taken.has(truth.invoiceId) && test(truth));
  if (!found) throw new Error('no such invoice left');
  taken.add(found.invoiceId);
  return found;
}

async function invoice(id: string): Promise<Record<string, unknown>> {
  const reply = await billingGet(sandbox, `/Invoices/${id}`);
  expect(reply.status).toBe(200);
  return list(reply.body, 'Invoices')[0] ?? {};
}

describe('billing reads', () => {
  it('pages every invoice exactly once with page=N, 100 a page', async () => {
    const numbers: string[] = [];
    for (let page = 1; ; page += 1) {
      const reply = await billingGet(sandbox, `/Invoices?page=${page}`);
      const body = obj(reply.body);
      expect(body).toMatchObject({ Status: 'OK', ProviderName: expect.any(String) });
      expect(String(body.DateTimeUTC)).toMatch(MS_DATE);
      const invoices = list(body, 'Invoices');
      if (invoices.length === 0) break;
      expect(invoices.length).toBeLessThanOrEqual(100);
      expect(invoices.every((item) => item.Type === 'ACCREC')).toBe(true);
      numbers.push(...invoices.map((item) => String(item.InvoiceNumber)));
    }
    const expected = sandbox.dataset.billing.invoices.map((item) => item.invoiceNumber);
    expect(numbers).toEqual(expected);
    const sized = obj((await billingGet(sandbox, '/Invoices?page=2&pageSize=250')).body);
    expect(obj(sized.pagination)).toEqual({ page: 2, pageSize: 250, pageCount: Math.ceil(expected.length / 250), itemCount: expected.length });
  });

  it('returns only invoices changed since If-Modified-Since, and filters by Statuses', async () => {
    const sorted = [...sandbox.dataset.billing.invoices].sort((a, b) => b.updatedAt - a.updatedAt);
    const since = sorted[40]?.updatedAt ?? 0;
    const reply = await billingGet(sandbox, '/Invoices', { 'If-Modified-Since': new Date(since).toISOString() });
    const invoices = list(reply.body, 'Invoices');
    expect(invoices.map((item) => item.InvoiceNumber).sort()).toEqual(sorted.filter((item) => item.updatedAt >= since).map((item) => item.invoiceNumber).sort());
    expect(invoices.every((item) => msOf(item.UpdatedDateUTC) >= since)).toBe(true);
    const bad = await billingGet(sandbox, '/Invoices', { 'If-Modified-Since': 'last tuesday' });
    expect(bad.status).toBe(400);

    const authorised = list((await billingGet(sandbox, '/Invoices?page=1&Statuses=AUTHORISED')).body, 'Invoices');
    expect(authorised.length).toBeGreaterThan(0);
    expect(authorised.every((item) => item.Status === 'AUTHORISED' && Number(item.AmountDue) > 0)).toBe(true);
  });

  it('serves one invoice by InvoiceID or InvoiceNumber with payments, credit notes and Xero dates', async () => {
    const credited = sandbox.dataset.billing.invoices.find((item) => item.creditNotes.length > 0);
    const byId = await invoice(credited?.invoiceId ?? '');
    const byNumber = await invoice(credited?.invoiceNumber ?? '');
    expect(byNumber.InvoiceID).toBe(byId.InvoiceID);
    expect(byId).toMatchObject({ Status: 'PAID', AmountDue: 0, CurrencyCode: credited?.currency });
    expect(list(byId, 'CreditNotes')).toHaveLength(1);
    expect(list(byId, 'Payments')[0]?.Reference).toMatch(/^pi_/);
    expect(String(byId.Date)).toMatch(MS_DATE);
    expect(String(byId.DateString)).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00$/);
    expect((await billingGet(sandbox, '/Invoices/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });

  it('serves Payments by page and the Organisation', async () => {
    const payments = list((await billingGet(sandbox, '/Payments?page=1')).body, 'Payments');
    expect(payments).toHaveLength(100);
    expect(payments[0]).toMatchObject({ PaymentType: 'ACCRECPAYMENT', Status: 'AUTHORISED', Invoice: { Type: 'ACCREC' } });
    const organisation = list((await billingGet(sandbox, '/Organisation')).body, 'Organisations')[0];
    expect(organisation?.Name).toEqual(expect.any(String));
  });

  it('sends amounts as numbers with the currency’s own precision', async () => {
    const kwd = sandbox.dataset.billing.invoices.find((item) => item.currency === 'KWD' && item.totalMinor % 100 !== 0);
    const jpy = sandbox.dataset.billing.invoices.find((item) => item.currency === 'JPY');
    expect((await invoice(kwd?.invoiceId ?? '')).Total).toBe((kwd?.totalMinor ?? 0) / 1000);
    expect((await invoice(jpy?.invoiceId ?? '')).Total).toBe(jpy?.totalMinor);
  });
});

describe('billing authentication', () => {
  it('answers 401 without the bearer token and 403 without the right tenant, in Xero’s shape', async () => {
    const noToken = await fetch(`${sandbox.billing.url}/api.xro/2.0/Invoices`, { headers: { 'xero-tenant-id': sandbox.credentials.billingTenantId } });
    expect(noToken.status).toBe(401);
    expect(await noToken.json()).toMatchObject({ Title: 'Unauthorized', Status: 401, Detail: 'AuthenticationUnsuccessful' });
    const noTenant = await fetch(`${sandbox.billing.url}/api.xro/2.0/Invoices`, { headers: { authorization: `Bearer ${sandbox.credentials.billingToken}` } });
    expect(noTenant.status).toBe(403);
    const wrongTenant = await billingGet(sandbox, '/Organisation', { 'xero-tenant-id': 'someone-else' });
    expect(wrongTenant.status).toBe(403);
    expect(obj(wrongTenant.body)).toMatchObject({ Title: 'Forbidden', Status: 403 });
  });
});

describe('recording payments', () => {
  it('records a payment: AmountPaid, AmountDue, Status and UpdatedDateUTC change, later reads see it', async () => {
    const target = takeInvoice((truth) => truth.class === 'unposted_payment' && truth.paymentIds.length === 1);
    const before = await invoice(target.invoiceId);
    const total = Number(before.Total);
    const started = Date.now();
    const reply = await billingPut(sandbox, '/Payments', { Payments: [{ Invoice: { InvoiceID: target.invoiceId }, Account: { Code: '090' }, Date: '2026-11-01', Amount: total, Reference: target.paymentIds[0] }] });
    expect(reply.status).toBe(200);
    const recorded = list(reply.body, 'Payments')[0];
    expect(recorded).toMatchObject({ Amount: total, Reference: target.paymentIds[0], Invoice: { InvoiceID: target.invoiceId, Status: 'PAID' } });

    const after = await invoice(target.invoiceId);
    expect(after).toMatchObject({ Status: 'PAID', AmountPaid: total, AmountDue: 0 });
    expect(list(after, 'Payments').map((payment) => payment.Reference)).toContain(target.paymentIds[0]);
    expect(msOf(after.UpdatedDateUTC)).toBeGreaterThan(msOf(before.UpdatedDateUTC));
    expect(msOf(after.UpdatedDateUTC)).toBeGreaterThanOrEqual(Date.parse(sandbox.dataset.anchor));

    // An incremental sync from just before the change sees the invoice and the payment.
    const since = new Date(msOf(after.UpdatedDateUTC) - (Date.now() - started) - 1).toISOString();
    const changed = list((await billingGet(sandbox, '/Invoices', { 'If-Modified-Since': since })).body, 'Invoices');
    expect(changed.map((item) => item.InvoiceID)).toEqual([target.invoiceId]);
    const payments = list((await billingGet(sandbox, '/Payments', { 'If-Modified-Since': since })).body, 'Payments');
    expect(payments.map((item) => item.Reference)).toEqual([target.paymentIds[0]]);
    // The seeded dataset stays the ground truth of the seed.
    expect(sandbox.dataset.billing.invoices.find((item) => item.invoiceId === target.invoiceId)?.payments).toHaveLength(0);
  });

  it('takes a lone payment object and InvoiceNumber, and refuses more than is due without recording anything', async () => {
    const target = takeInvoice((truth) => truth.class === 'unpaid' && truth.paymentIds.length === 0);
    const before = await invoice(target.invoiceId);
    const due = Number(before.AmountDue);
    const tooMuch = await billingPut(sandbox, '/Payments', { Payments: [
      { Invoice: { InvoiceNumber: target.invoiceNumber }, Account: { Code: '090' }, Amount: 1 },
      { Invoice: { InvoiceNumber: target.invoiceNumber }, Account: { Code: '090' }, Amount: due },
    ] });
    expect(tooMuch.status).toBe(400);
    const error = obj(tooMuch.body);
    expect(error).toMatchObject({ ErrorNumber: 10, Type: 'ValidationException' });
    const elements = list(error, 'Elements');
    expect(elements[1]?.ValidationErrors).toEqual([{ Message: 'Payment amount exceeds the amount outstanding on this document' }]);
    expect(list(await invoice(target.invoiceId), 'Payments')).toHaveLength(0);

    const partial = await billingPut(sandbox, '/Payments', { Invoice: { InvoiceNumber: target.invoiceNumber }, Account: { Code: '090' }, Amount: 1 });
    expect(partial.status).toBe(200);
    expect(await invoice(target.invoiceId)).toMatchObject({ Status: 'AUTHORISED', AmountPaid: 1 });
    const precise = await billingPut(sandbox, '/Payments', { Invoice: { InvoiceNumber: target.invoiceNumber }, Account: { Code: '090' }, Amount: 0.1 + 0.2 });
    expect(precise.status).toBe(400);
  });

  it('records once for a repeated Idempotency-Key and refuses the key with another body', async () => {
    const target = takeInvoice((truth) => truth.class === 'unposted_payment' && truth.currency === 'USD');
    const body = { Payments: [{ Invoice: { InvoiceID: target.invoiceId }, Account: { Code: '090' }, Amount: 1, Reference: target.paymentIds[0] }] };
    const headers = { 'Idempotency-Key': `post-${target.invoiceNumber}` };
    const first = await billingPut(sandbox, '/Payments', body, headers);
    const replay = await billingPut(sandbox, '/Payments', body, headers);
    expect(first.status).toBe(200);
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(list(replay.body, 'Payments')[0]?.PaymentID).toBe(list(first.body, 'Payments')[0]?.PaymentID);
    expect(list(await invoice(target.invoiceId), 'Payments')).toHaveLength(1);

    const other = await billingPut(sandbox, '/Payments', { Payments: [{ ...body.Payments[0], Amount: 2 }] }, headers);
    expect(other.status).toBe(400);
    expect(list(await invoice(target.invoiceId), 'Payments')).toHaveLength(1);
  });

  it('refuses a body that is not JSON with Xero’s error shape', async () => {
    const reply = await fetch(`${sandbox.billing.url}/api.xro/2.0/Payments`, { method: 'PUT', body: '{oops', headers: billingHeaders(sandbox, { 'content-type': 'application/json' }) });
    expect(reply.status).toBe(400);
    expect(await reply.json()).toMatchObject({ Type: 'PostDataInvalidException' });
  });
});
