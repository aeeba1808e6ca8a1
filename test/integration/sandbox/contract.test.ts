import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox';
import type { GatewayEventType, Sandbox } from '../../../electron/sandbox';
import { NO_FAULTS } from '../../../shared/contract/sandbox';
import { billingGet, billingPut, gatewayGet, gatewayPost, list, obj } from './clients';
import { describeErrors, stripeSchema, xeroSchema } from './spec-validators';

// Sandbox answers validated against the real published schemas: Stripe's OpenAPI spec3.json
// and Xero's xero_accounting.json. A failure here means a client written against the real
// service could trip over the sandbox.

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 11 });
});
afterAll(() => sandbox.close());

function expectValid(schema: ReturnType<typeof stripeSchema>, value: unknown, what: string): void {
  const valid = schema(value);
  expect(valid ? [] : describeErrors(schema), what).toEqual([]);
}

function firstId<T extends { id: string }>(items: readonly T[], test: (item: T) => boolean, what: string): string {
  const found = items.find(test);
  if (!found) throw new Error(`the dataset has no ${what}`);
  return found.id;
}

describe('gateway objects match Stripe schemas', () => {
  it('validates a page of every list resource', async () => {
    const resources = [
      ['/v1/payment_intents', 'payment_intent'],
      ['/v1/charges', 'charge'],
      ['/v1/refunds', 'refund'],
      ['/v1/checkout/sessions', 'checkout.session'],
      ['/v1/events', 'event'],
    ] as const;
    for (const [path, schemaName] of resources) {
      const reply = await gatewayGet(sandbox, `${path}?limit=100`);
      expect(reply.status).toBe(200);
      expect(obj(reply.body)).toMatchObject({ object: 'list', url: path, has_more: true });
      const items = list(reply.body);
      expect(items).toHaveLength(100);
      const schema = stripeSchema(schemaName);
      for (const item of items) expectValid(schema, item, `${path} ${String(item.id)}`);
    }
  });

  it('validates every variant of each object: statuses, legacy charges, refunds, expiries', async () => {
    const { gateway } = sandbox.dataset;
    const cases: Array<[string, string]> = [
      [`/v1/payment_intents/${firstId(gateway.paymentIntents, (pi) => pi.status === 'succeeded', 'succeeded intent')}`, 'payment_intent'],
      [`/v1/payment_intents/${firstId(gateway.paymentIntents, (pi) => pi.status === 'requires_payment_method', 'declined intent')}`, 'payment_intent'],
      [`/v1/payment_intents/${firstId(gateway.paymentIntents, (pi) => pi.status === 'requires_action', '3-D Secure intent')}`, 'payment_intent'],
      [`/v1/charges/${firstId(gateway.charges, (charge) => charge.status === 'failed', 'failed charge')}`, 'charge'],
      [`/v1/charges/${firstId(gateway.charges, (charge) => charge.paymentIntentId === null, 'legacy charge')}`, 'charge'],
      [`/v1/charges/${firstId(gateway.charges, (charge) => gateway.refunds.some((refund) => refund.chargeId === charge.id), 'refunded charge')}`, 'charge'],
      [`/v1/checkout/sessions/${firstId(gateway.checkoutSessions, (session) => session.status === 'open', 'open session')}`, 'checkout.session'],
      [`/v1/checkout/sessions/${firstId(gateway.checkoutSessions, (session) => session.status === 'expired' && session.paymentIntentId === null, 'expired session')}`, 'checkout.session'],
      [`/v1/checkout/sessions/${firstId(gateway.checkoutSessions, (session) => session.amountDiscountMinor > 0, 'discounted session')}`, 'checkout.session'],
      ['/v1/balance', 'balance'],
    ];
    for (const [path, schemaName] of cases) {
      const reply = await gatewayGet(sandbox, path);
      expect(reply.status, path).toBe(200);
      expectValid(stripeSchema(schemaName), reply.body, path);
    }
  });

  it('validates events of every type, with their embedded objects', async () => {
    const types: GatewayEventType[] = ['payment_intent.succeeded', 'payment_intent.payment_failed', 'payment_intent.requires_action', 'charge.succeeded', 'charge.failed', 'charge.refunded', 'checkout.session.completed', 'checkout.session.expired'];
    for (const type of types) {
      const events = list((await gatewayGet(sandbox, `/v1/events?type=${type}&limit=3`)).body);
      expect(events.length, type).toBeGreaterThan(0);
      for (const event of events) {
        expect(event.type).toBe(type);
        expectValid(stripeSchema('event'), event, type);
        const embedded = obj(obj(event.data).object);
        expectValid(stripeSchema(String(embedded.object)), embedded, `${type} data.object`);
      }
    }
  });

  it('validates a created refund and Stripe-shaped errors', async () => {
    const intent = sandbox.dataset.gateway.paymentIntents.find((pi) => pi.status === 'succeeded' && !sandbox.dataset.gateway.refunds.some((refund) => refund.paymentIntentId === pi.id));
    if (!intent) throw new Error('no unrefunded intent');
    const created = await gatewayPost(sandbox, '/v1/refunds', { payment_intent: intent.id, amount: '10' });
    expect(created.status).toBe(200);
    expectValid(stripeSchema('refund'), created.body, 'created refund');

    const errorSchema = stripeSchema('error');
    const unauthorised = await gatewayGet(sandbox, '/v1/charges', { authorization: 'Bearer sk_test_nope' });
    const missing = await gatewayGet(sandbox, '/v1/charges/ch_missing');
    const badLimit = await gatewayGet(sandbox, '/v1/charges?limit=500');
    await sandbox.gateway.setFaults({ maintenance: true });
    const maintenance = await gatewayGet(sandbox, '/v1/balance');
    await sandbox.gateway.setFaults({ ...NO_FAULTS, rateLimitPerSecond: 1 });
    const limited = await Promise.all([1, 2, 3].map(() => gatewayGet(sandbox, '/v1/balance')));
    await sandbox.gateway.setFaults(NO_FAULTS);
    const rateLimited = limited.find((reply) => reply.status === 429);
    for (const [reply, status] of [[unauthorised, 401], [missing, 404], [badLimit, 400], [maintenance, 503], [rateLimited, 429]] as const) {
      expect(reply?.status).toBe(status);
      expectValid(errorSchema, reply?.body, `error ${status}`);
    }
  });
});

describe('the validators themselves', () => {
  it('reject drifted or mistyped objects, so a pass above means something', async () => {
    const intent = obj((await gatewayGet(sandbox, '/v1/payment_intents?limit=1')).body);
    const item = list(intent)[0] ?? {};
    const { amount, ...withoutAmount } = item;
    expect(amount).toBeDefined();
    expect(stripeSchema('payment_intent')(withoutAmount)).toBe(false);
    expect(stripeSchema('payment_intent')({ ...item, amount: '10.00' })).toBe(false);
    const invoices = obj((await billingGet(sandbox, '/Invoices?page=1&pageSize=1')).body);
    const invoice = list(invoices, 'Invoices')[0] ?? {};
    expect(xeroSchema('Invoices')({ ...invoices, Invoices: [{ ...invoice, Total: '12.00' }] })).toBe(false);
    expect(xeroSchema('Invoices')({ ...invoices, Invoices: [{ ...invoice, Status: 'SETTLED' }] })).toBe(false);
  });
});

describe('billing objects match Xero schemas', () => {
  it('validates Invoices pages, including credit notes and partial payments', async () => {
    const invoices = xeroSchema('Invoices');
    const page = await billingGet(sandbox, '/Invoices?page=1');
    expect(page.status).toBe(200);
    expect(list(page.body, 'Invoices')).toHaveLength(100);
    expectValid(invoices, page.body, 'Invoices page 1');

    const { billing } = sandbox.dataset;
    const special = [
      billing.invoices.find((invoice) => invoice.creditNotes.length > 0),
      billing.invoices.find((invoice) => invoice.payments.length > 1),
      billing.invoices.find((invoice) => invoice.currency === 'KWD'),
      billing.invoices.find((invoice) => invoice.currency === 'JPY'),
    ].map((invoice) => invoice?.invoiceId ?? 'missing');
    const selected = await billingGet(sandbox, `/Invoices?IDs=${special.join(',')}`);
    expect(list(selected.body, 'Invoices')).toHaveLength(4);
    expectValid(invoices, selected.body, 'selected invoices');
    expectValid(invoices, (await billingGet(sandbox, `/Invoices/${special[0] ?? ''}`)).body, 'one invoice');
  });

  it('validates Payments, Organisation, a created payment and a validation error', async () => {
    expectValid(xeroSchema('Payments'), (await billingGet(sandbox, '/Payments?page=2')).body, 'Payments page 2');
    expectValid(xeroSchema('Organisations'), (await billingGet(sandbox, '/Organisation')).body, 'Organisation');

    const unpaid = sandbox.dataset.truth.invoices.find((truth) => truth.class === 'unpaid');
    const payment = { Invoice: { InvoiceID: unpaid?.invoiceId }, Account: { Code: '090' }, Date: '2026-11-01', Amount: 1, Reference: 'contract test' };
    const created = await billingPut(sandbox, '/Payments', { Payments: [payment] });
    expect(created.status).toBe(200);
    expectValid(xeroSchema('Payments'), created.body, 'created payment');

    const refused = await billingPut(sandbox, '/Payments', { Payments: [{ ...payment, Amount: 10_000_000 }] });
    expect(refused.status).toBe(400);
    expectValid(xeroSchema('Error'), refused.body, 'validation error');
  });
});
