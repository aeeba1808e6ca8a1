import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Luhn-valid test card numbers, written the ways people and systems write them. */
export const CARDS = {
  visa: '4111111111111111',
  visaSpaced: '4242 4242 4242 4242',
  mastercardDashed: '5555-5555-5555-4444',
  amex: '378282246310005',
  discover: '6011111111111117',
  visa13: '4222222222222',
  diners: '36227206271667',
  jcb: '3530111333300000',
  mastercard: '5105105105105100',
  visaDebit: '4000056655665556',
  unionPay19: '6212345678901234569',
  visa2: '4012888888881881',
} as const;

const T = 1_790_000_000; // 2026-09-21, seconds

export interface CardLadenPartners {
  gatewayUrl: string;
  billingUrl: string;
  /** From now on the gateway refuses every list with an error message quoting a card number. */
  failWithCardInError(): void;
  close(): Promise<void>;
}

/**
 * A Stripe-compatible gateway and a Xero-compatible billing API in one loopback server, whose
 * records carry card numbers and CVCs in every field that takes text: ids, metadata,
 * descriptions, e-mails, names, references, URLs, nested card details, bare JSON numbers.
 */
export async function startCardLadenPartners(): Promise<CardLadenPartners> {
  let failing = false;
  const lists: Record<string, unknown[]> = {
    '/v1/payment_intents': [
      {
        id: 'pi_1',
        object: 'payment_intent',
        amount: 12300,
        currency: 'usd',
        status: 'succeeded',
        created: T,
        customer: `cus_${CARDS.discover}`,
        receipt_email: `${CARDS.visa2}@example.com`,
        metadata: { invoice_number: 'INV-1', note: `card ${CARDS.visaSpaced}`, cvc: '123' },
        description: `Order paid with ${CARDS.mastercardDashed}`,
        latest_charge: 'ch_1',
        payment_method_options: { card: { number: CARDS.visa, cvc: '321', security_code: '999' } },
        card_number_as_number: Number(CARDS.visa),
      },
    ],
    '/v1/charges': [
      {
        id: 'ch_1',
        object: 'charge',
        amount: 12300,
        currency: 'usd',
        status: 'succeeded',
        created: T,
        customer: null,
        payment_intent: 'pi_1',
        receipt_email: null,
        billing_details: { email: null, name: `Holder ${CARDS.amex}`, address: { line1: CARDS.jcb } },
        metadata: { reference: CARDS.diners },
        description: `Charge for ${CARDS.visa13}`,
        payment_method_details: { card: { brand: 'visa', last4: '1111', number: CARDS.visa, cvc: '123', cvv: '456' } },
      },
      {
        id: `ch_${CARDS.mastercard}`,
        object: 'charge',
        amount: 5000,
        currency: 'eur',
        status: 'succeeded',
        created: T + 60,
        customer: null,
        payment_intent: null,
        receipt_email: null,
        billing_details: { email: `${CARDS.visaDebit}@example.com` },
        metadata: { invoice_number: CARDS.unionPay19 },
        payment_method_details: null,
      },
    ],
    '/v1/refunds': [
      { id: 're_1', object: 'refund', amount: 300, currency: 'usd', status: 'succeeded', created: T + 120, charge: 'ch_1', reason: `duplicate of ${CARDS.visa}` },
    ],
    '/v1/checkout/sessions': [
      {
        id: 'cs_1',
        object: 'checkout.session',
        status: 'expired',
        payment_status: 'unpaid',
        amount_total: 4500,
        currency: 'gbp',
        customer_email: `${CARDS.discover}@example.com`,
        customer_details: { email: null },
        payment_intent: null,
        created: T,
        expires_at: T + 3600,
        url: null,
        after_expiration: { recovery: { url: `https://checkout.example/r/${CARDS.visa}` } },
      },
    ],
    '/v1/events': [],
  };
  const invoice = {
    Type: 'ACCREC',
    InvoiceID: '0b8e7c1a-1111-4a2b-9c3d-222233334444',
    InvoiceNumber: 'INV-1',
    Reference: `Paid by ${CARDS.mastercard}`,
    Status: 'PAID',
    Contact: { Name: `Customer ${CARDS.visaSpaced}`, EmailAddress: `${CARDS.amex}@example.com` },
    CurrencyCode: 'USD',
    Date: '/Date(1789948800000+0000)/',
    DueDate: '/Date(1790553600000+0000)/',
    Total: 123,
    AmountPaid: 123,
    AmountDue: 0,
    UpdatedDateUTC: '/Date(1790000000000+0000)/',
    LineItems: [{ Description: `Card on file ${CARDS.mastercardDashed}`, LineAmount: 123 }],
    Payments: [{ PaymentID: '5f0e2d11-aaaa-4bbb-8ccc-ddddeeeeffff', Date: '/Date(1790000000000+0000)/', Amount: 123, Reference: CARDS.visa2 }],
  };

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/v1/')) {
      if (failing) return send(400, { error: { type: 'invalid_request_error', message: `No such card: ${CARDS.visa}; cvc 123 rejected` } });
      const data = lists[url.pathname];
      return data ? send(200, { object: 'list', data, has_more: false, url: url.pathname }) : send(404, { error: { message: 'unknown' } });
    }
    if (url.pathname === '/api.xro/2.0/Invoices') {
      const page = Number(url.searchParams.get('page') ?? '1');
      return send(200, { Invoices: page === 1 ? [invoice] : [], pagination: { page, pageSize: 100, pageCount: 1, itemCount: 1 } });
    }
    send(404, { error: { message: 'unknown' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    gatewayUrl: base,
    billingUrl: base,
    failWithCardInError: () => {
      failing = true;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
