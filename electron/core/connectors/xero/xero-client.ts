import type { z } from 'zod';
import { bearerToken, type BillingCredentials, type ConnectorConfig } from '../connector-config';
import { requestJson } from '../request-json';
import { TransmissionError } from '../transmission-error';
import { XeroCreatedPayments, XeroInvoice, XeroInvoicesPage } from './xero-schemas';

// Why not xero-node's AccountingApi? It can be pointed elsewhere (its constructor takes a base
// path), but for a sync that must survive faults it falls short: requests go through axios with
// no timeout and no way to pass one or an AbortSignal per call, so a hung response blocks the
// job forever and a cancel cannot stop it; failures are rejected as JSON strings with the
// network error code lost (refused, reset and timeout look alike); and its deserialiser turns
// amounts into floats and /Date()/ into Date objects through a lenient parser while silently
// dropping unknown fields, so a renamed money field becomes `undefined` instead of an error.
// This client is a few lines over request-json.ts (classified failures, a timeout) with zod
// schemas named after Xero's own OpenAPI document.

export const XERO_API_PATH = '/api.xro/2.0';

export interface InvoicePageRequest {
  page: number;
  pageSize: number;
  /** Epoch milliseconds: only invoices changed at or after this time (If-Modified-Since). */
  modifiedSince: number | null;
}

export interface InvoicePage {
  /** The invoices as Xero sent them; each is checked by the caller. */
  invoices: unknown[];
  pageCount: number | null;
  itemCount: number | null;
  /** Xero's clock at the answer, epoch ms, when it said. */
  serverTimeMs: number | null;
}

export interface BillingClientOptions {
  timeoutMs: number;
  signal: AbortSignal;
}

export class XeroBilling {
  private readonly credentials: BillingCredentials;

  constructor(
    private readonly connector: ConnectorConfig,
    private readonly options: BillingClientOptions,
  ) {
    if (connector.credentials.kind !== 'billing') throw new Error(`${connector.id} is not a billing connector`);
    this.credentials = connector.credentials;
  }

  /** Asked per request: an OAuth2 access token may have been refreshed since the last one. */
  private async headers(): Promise<Record<string, string>> {
    return { authorization: `Bearer ${await bearerToken(this.credentials)}`, 'xero-tenant-id': this.credentials.tenantId };
  }

  async invoices(request: InvoicePageRequest): Promise<InvoicePage> {
    const url = new URL(`${XERO_API_PATH}/Invoices`, this.connector.baseUrl);
    url.searchParams.set('page', String(request.page));
    url.searchParams.set('pageSize', String(request.pageSize));
    // An immutable order: a change during the sync can only add an invoice to the filtered set
    // (it was older than If-Modified-Since, now it is newer), which shifts later pages right and
    // repeats a row; ordering by UpdatedDateUTC would move it and could skip another one.
    url.searchParams.set('order', 'InvoiceNumber ASC');
    const headers = await this.headers();
    if (request.modifiedSince !== null) headers['if-modified-since'] = new Date(request.modifiedSince).toISOString().slice(0, 19);
    const response = await untilAborted(
      requestJson({ url, headers, timeoutMs: this.options.timeoutMs, schema: XeroInvoicesPage }),
      this.options.signal,
    );
    const { value } = response;
    return {
      invoices: value.Invoices,
      pageCount: value.pagination?.pageCount ?? null,
      itemCount: value.pagination?.itemCount ?? null,
      serverTimeMs: value.DateTimeUTC === undefined ? null : msJsonDate(value.DateTimeUTC),
    };
  }

  /** One invoice with its payments, by InvoiceID or InvoiceNumber (Xero takes either). */
  async invoice(idOrNumber: string): Promise<XeroInvoice> {
    const url = new URL(`${XERO_API_PATH}/Invoices/${encodeURIComponent(idOrNumber)}`, this.connector.baseUrl);
    const response = await untilAborted(
      requestJson({ url, headers: await this.headers(), timeoutMs: this.options.timeoutMs, schema: XeroInvoicesPage }),
      this.options.signal,
    );
    const [invoice] = response.value.Invoices;
    const checked = XeroInvoice.safeParse(invoice);
    if (!checked.success) throw schemaDrift(`GET ${url.pathname}`, checked.error);
    return checked.data;
  }

  /**
   * Records payments (PUT /Payments) from a body built by the caller, sent byte for byte as given
   * so that every attempt is the same request. The idempotency key makes a repeat within Xero's
   * window a replay instead of a second payment; the caller still checks the invoice first, as
   * the window is finite.
   */
  async createPayment(body: string, idempotencyKey: string): Promise<{ paymentId: string }> {
    const url = new URL(`${XERO_API_PATH}/Payments`, this.connector.baseUrl);
    const headers = { ...(await this.headers()), 'content-type': 'application/json', 'idempotency-key': idempotencyKey };
    const response = await untilAborted(
      requestJson({ method: 'PUT', url, headers, body, timeoutMs: this.options.timeoutMs, schema: XeroCreatedPayments }),
      this.options.signal,
    );
    const [created] = response.value.Payments;
    if (!created) throw new TransmissionError('integration', `PUT ${url.pathname}`, 'Billing answered without the payment it recorded');
    return { paymentId: created.PaymentID };
  }
}

function schemaDrift(endpoint: string, error: z.ZodError): TransmissionError {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'the body';
  return new TransmissionError('integration', endpoint, `Unexpected response shape at Invoices.0.${where}: ${issue?.message ?? 'missing'}`);
}

function msJsonDate(text: string): number | null {
  const match = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(text);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/**
 * request-json takes no AbortSignal, so a cancel abandons the request instead: the job stops at
 * once, and the orphaned request finishes or times out on its own. A GET is harmless; an
 * abandoned PUT leaves its outbox row in flight, and the check before the next attempt finds
 * out whether it landed.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('Cancelled'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new Error('Cancelled'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
