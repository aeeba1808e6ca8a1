import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox';
import type { Sandbox } from '../../../electron/sandbox';
import { gatewayGet, gatewayPost, list, obj } from './clients';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 5 });
});
afterAll(() => sandbox.close());

async function walk(path: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let pages = 0;
  let cursor: string | undefined;
  for (;;) {
    const separator = path.includes('?') ? '&' : '?';
    const reply = await gatewayGet(sandbox, `${path}${separator}limit=100${cursor ? `&starting_after=${cursor}` : ''}`);
    expect(reply.status).toBe(200);
    const page = list(reply.body);
    pages += 1;
    ids.push(...page.map((item) => String(item.id)));
    cursor = ids[ids.length - 1];
    if (obj(reply.body).has_more !== true) return { ids, pages };
  }
}

describe('gateway lists', () => {
  it('walks every payment intent exactly once, newest first, with starting_after and has_more', async () => {
    const { ids, pages } = await walk('/v1/payment_intents');
    const expected = sandbox.dataset.gateway.paymentIntents;
    expect(ids).toHaveLength(expected.length);
    expect(new Set(ids).size).toBe(expected.length);
    expect(pages).toBe(Math.ceil(expected.length / 100));
    const created = new Map(expected.map((pi) => [pi.id, pi.created]));
    const times = ids.map((id) => created.get(id) ?? Number.NaN);
    expect(times.filter((time, i) => i > 0 && time > (times[i - 1] ?? 0))).toEqual([]);
  });

  it('defaults to 10 items, caps limit at 100 and pages back with ending_before', async () => {
    expect(list((await gatewayGet(sandbox, '/v1/charges')).body)).toHaveLength(10);
    const tooMany = await gatewayGet(sandbox, '/v1/charges?limit=101');
    expect(tooMany.status).toBe(400);
    expect(obj(obj(tooMany.body).error)).toMatchObject({ type: 'invalid_request_error', param: 'limit' });

    const first = list((await gatewayGet(sandbox, '/v1/charges?limit=5')).body).map((item) => item.id);
    const second = list((await gatewayGet(sandbox, `/v1/charges?limit=5&starting_after=${String(first[4])}`)).body).map((item) => item.id);
    const back = await gatewayGet(sandbox, `/v1/charges?limit=5&ending_before=${String(second[0])}`);
    expect(list(back.body).map((item) => item.id)).toEqual(first);
    expect(obj(back.body).has_more).toBe(false);
  });

  it('filters on created[gte] and created[lt], and on the resource filters', async () => {
    const sorted = [...sandbox.dataset.gateway.paymentIntents].sort((a, b) => b.created - a.created);
    const cutoff = sorted[250]?.created ?? 0;
    const { ids } = await walk(`/v1/payment_intents?created[gte]=${cutoff}`);
    expect(ids.sort()).toEqual(sorted.filter((pi) => pi.created >= cutoff).map((pi) => pi.id).sort());
    const older = list((await gatewayGet(sandbox, `/v1/payment_intents?limit=100&created[lt]=${cutoff}`)).body);
    expect(older.every((item) => Number(item.created) < cutoff)).toBe(true);

    const refunded = sandbox.dataset.gateway.refunds[0];
    const refunds = list((await gatewayGet(sandbox, `/v1/refunds?charge=${refunded?.chargeId ?? ''}`)).body);
    expect(refunds.map((item) => item.id)).toContain(refunded?.id);
    const expired = list((await gatewayGet(sandbox, '/v1/checkout/sessions?status=expired&limit=20')).body);
    expect(expired.map((item) => item.status)).toEqual(Array(20).fill('expired'));
    const typed = list((await gatewayGet(sandbox, '/v1/events?type=charge.*&limit=30')).body);
    expect(typed.every((item) => String(item.type).startsWith('charge.'))).toBe(true);
    const unknown = await gatewayGet(sandbox, '/v1/charges?colour=blue');
    expect(unknown.status).toBe(400);
    expect(obj(obj(unknown.body).error).message).toBe('Received unknown parameter: colour');
  });

  it('retrieves objects by id, 404s unknown ones, and carries invoice metadata and card details', async () => {
    const intent = sandbox.dataset.gateway.paymentIntents.find((pi) => pi.status === 'succeeded' && pi.metadata.invoice_number);
    const reply = await gatewayGet(sandbox, `/v1/payment_intents/${intent?.id ?? ''}`);
    expect(obj(reply.body)).toMatchObject({ id: intent?.id, object: 'payment_intent', amount: intent?.amountMinor, metadata: { invoice_number: intent?.metadata.invoice_number }, receipt_email: intent?.receiptEmail });
    const charge = obj((await gatewayGet(sandbox, `/v1/charges/${String(obj(reply.body).latest_charge)}`)).body);
    const card = obj(obj(charge.payment_method_details).card);
    expect(card.last4).toMatch(/^\d{4}$/);
    expect(Object.keys(card)).not.toContain('number');
    const missing = await gatewayGet(sandbox, '/v1/payment_intents/pi_doesnotexist');
    expect(missing.status).toBe(404);
    expect(obj(obj(missing.body).error)).toMatchObject({ type: 'invalid_request_error', code: 'resource_missing' });
    expect((await gatewayGet(sandbox, '/v1/payouts')).status).toBe(404);
  });
});

describe('gateway authentication', () => {
  it('refuses a missing or wrong key with 401 in Stripe error shape, accepts Basic auth', async () => {
    const missing = await gatewayGet(sandbox, '/v1/balance', {});
    expect(missing.status).toBe(401);
    expect(obj(obj(missing.body).error)).toMatchObject({ type: 'invalid_request_error', message: expect.stringMatching(/did not provide an API key/) });
    const wrong = await gatewayGet(sandbox, '/v1/balance', { authorization: 'Bearer sk_test_wrongkey1234' });
    expect(wrong.status).toBe(401);
    expect(String(obj(obj(wrong.body).error).message)).toMatch(/Invalid API Key provided: sk_test_\*{4}1234/);
    const basic = Buffer.from(`${sandbox.credentials.gatewayKey}:`).toString('base64');
    expect((await gatewayGet(sandbox, '/v1/balance', { authorization: `Basic ${basic}` })).status).toBe(200);
  });
});

describe('refunds and idempotency', () => {
  // Each test takes an intent nobody has refunded yet, seeded or in an earlier test.
  const taken = new Set<string | null>();
  const refundable = (): { id: string; amount: number } => {
    for (const refund of sandbox.dataset.gateway.refunds) taken.add(refund.paymentIntentId);
    const intent = sandbox.dataset.gateway.paymentIntents.find((pi) => pi.status === 'succeeded' && pi.currency === 'USD' && !taken.has(pi.id) && pi.amountMinor > 1_000);
    if (!intent) throw new Error('no refundable intent');
    taken.add(intent.id);
    return { id: intent.id, amount: intent.amountMinor };
  };

  it('creates a refund that shows on the charge, in the refund list and as an event', async () => {
    const intent = refundable();
    const created = await gatewayPost(sandbox, '/v1/refunds', { payment_intent: intent.id, amount: '500', reason: 'requested_by_customer', 'metadata[ticket]': 'T-1' });
    expect(created.status).toBe(200);
    const refund = obj(created.body);
    expect(refund).toMatchObject({ object: 'refund', amount: 500, payment_intent: intent.id, status: 'succeeded', reason: 'requested_by_customer', metadata: { ticket: 'T-1' } });
    expect(Number(refund.created)).toBeGreaterThanOrEqual(Date.parse(sandbox.dataset.anchor) / 1000);
    const charge = obj((await gatewayGet(sandbox, `/v1/charges/${String(refund.charge)}`)).body);
    expect(charge).toMatchObject({ amount_refunded: 500, refunded: false });
    expect(list((await gatewayGet(sandbox, '/v1/refunds?limit=1')).body)[0]?.id).toBe(refund.id);
    const event = list((await gatewayGet(sandbox, '/v1/events?limit=1')).body)[0];
    expect(event).toMatchObject({ type: 'charge.refunded', data: { object: { id: refund.charge, amount_refunded: 500 } } });
    const newer = await gatewayGet(sandbox, `/v1/refunds?created[gte]=${String(refund.created)}`);
    expect(list(newer.body).map((item) => item.id)).toContain(refund.id);
  });

  it('refuses refunds above what is left, with Stripe error codes', async () => {
    const intent = refundable();
    const tooLarge = await gatewayPost(sandbox, '/v1/refunds', { payment_intent: intent.id, amount: String(intent.amount + 1) });
    expect(tooLarge.status).toBe(400);
    expect(obj(obj(tooLarge.body).error)).toMatchObject({ code: 'amount_too_large', param: 'amount' });
    expect((await gatewayPost(sandbox, '/v1/refunds', { payment_intent: intent.id })).status).toBe(200);
    const again = await gatewayPost(sandbox, '/v1/refunds', { payment_intent: intent.id });
    expect(obj(obj(again.body).error).code).toBe('charge_already_refunded');
    const json = await fetch(`${sandbox.gateway.url}/v1/refunds`, { method: 'POST', body: JSON.stringify({ payment_intent: intent.id }), headers: { authorization: `Bearer ${sandbox.credentials.gatewayKey}`, 'content-type': 'application/json' } });
    expect(json.status).toBe(400);
  });

  it('replays the first answer for a repeated Idempotency-Key and refuses it with other parameters', async () => {
    const intent = refundable();
    const key = 'refund-test-key-1';
    const first = await gatewayPost(sandbox, '/v1/refunds', { payment_intent: intent.id, amount: '100' }, { 'Idempotency-Key': key });
    const second = await gatewayPost(sandbox, '/v1/refunds', { amount: '100', payment_intent: intent.id }, { 'Idempotency-Key': key });
    expect(first.status).toBe(200);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(obj(second.body).id).toBe(obj(first.body).id);
    const refunds = list((await gatewayGet(sandbox, `/v1/refunds?payment_intent=${intent.id}`)).body);
    expect(refunds).toHaveLength(1);

    const conflict = await gatewayPost(sandbox, '/v1/refunds', { payment_intent: intent.id, amount: '200' }, { 'Idempotency-Key': key });
    expect(conflict.status).toBe(400);
    expect(obj(obj(conflict.body).error)).toMatchObject({ type: 'idempotency_error' });
    expect(list((await gatewayGet(sandbox, `/v1/refunds?payment_intent=${intent.id}`)).body)).toHaveLength(1);
  });
});
