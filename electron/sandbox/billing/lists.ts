import type { MutableInvoice } from '../dataset/builder';
import { invoiceStatus } from '../dataset/invoice-math';
import type { SandboxResponse } from '../http/types';
import { validationError, xeroApiError } from './errors';
import { renderInvoice, renderPayment } from './render';
import type { BillingStore, PaymentEntry } from './store';
import { parseModifiedSince } from './xero-dates';

// Xero's collection reads: page=N (100 a page unless pageSize says otherwise, up to 1000), the
// If-Modified-Since header against UpdatedDateUTC (inclusive, so a sync that resumes from the
// newest timestamp it saw never misses a record changed in the same millisecond), and the
// explicit list filters Xero recommends over `where`.

type Ok = (body: Record<string, unknown>) => SandboxResponse;

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;
const POSITIVE = /^[1-9]\d*$/;

interface Paging {
  readonly page: number | null;
  readonly pageSize: number;
}

function readPaging(params: URLSearchParams): Paging | SandboxResponse {
  const page = params.get('page');
  const size = params.get('pageSize');
  if (page !== null && !POSITIVE.test(page)) return validationError([], `page must be a whole number from 1, got "${page}"`);
  if (size !== null && (!POSITIVE.test(size) || Number(size) > MAX_PAGE_SIZE)) return validationError([], `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  return { page: page === null ? null : Number(page), pageSize: size === null ? DEFAULT_PAGE_SIZE : Number(size) };
}

function readSince(header: string | undefined): number | null | SandboxResponse {
  if (header === undefined) return null;
  const since = parseModifiedSince(header);
  return since ?? validationError([], `If-Modified-Since "${header}" is not a valid date`);
}

function isResponse(value: unknown): value is SandboxResponse {
  return typeof value === 'object' && value !== null && 'status' in value;
}

function paginate<T>(items: readonly T[], paging: Paging): { items: readonly T[]; pagination?: Record<string, number> } {
  if (paging.page === null) return { items };
  const start = (paging.page - 1) * paging.pageSize;
  return {
    items: items.slice(start, start + paging.pageSize),
    pagination: { page: paging.page, pageSize: paging.pageSize, pageCount: Math.ceil(items.length / paging.pageSize), itemCount: items.length },
  };
}

function listFilter(params: URLSearchParams, name: string): ReadonlySet<string> | null {
  const value = params.get(name);
  return value === null ? null : new Set(value.split(',').map((part) => part.trim().replace(/^"|"$/g, '').toLowerCase()).filter(Boolean));
}

type Compare = (a: MutableInvoice, b: MutableInvoice) => number;

const byInvoiceNumber: Compare = (a, b) => (a.invoiceNumber < b.invoiceNumber ? -1 : a.invoiceNumber > b.invoiceNumber ? 1 : 0);

const ORDERS: Readonly<Record<string, Compare>> = {
  invoicenumber: byInvoiceNumber,
  date: (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
  updateddateutc: (a, b) => a.updatedAt - b.updatedAt,
};

function unsupportedWhere(): SandboxResponse {
  // A silently ignored filter would hand back records the caller believes were excluded.
  return xeroApiError(400, 16, 'QueryParseException', 'The sandbox does not support where filters; use IDs, InvoiceNumbers, ContactIDs, Statuses or If-Modified-Since');
}

export function listInvoices(store: BillingStore, params: URLSearchParams, modifiedSince: string | undefined, ok: Ok): SandboxResponse {
  if (params.has('where')) return unsupportedWhere();
  const paging = readPaging(params);
  if (isResponse(paging)) return paging;
  const since = readSince(modifiedSince);
  if (isResponse(since)) return since;

  let order = byInvoiceNumber;
  let descending = false;
  const orderText = params.get('order');
  if (orderText !== null) {
    const [field = '', direction = 'ASC'] = orderText.trim().split(/\s+/);
    const compare = ORDERS[field.toLowerCase()];
    if (!compare || !/^(asc|desc)$/i.test(direction)) return validationError([], `order "${orderText}" is not supported; use InvoiceNumber, Date or UpdatedDateUTC with ASC or DESC`);
    order = compare;
    descending = /^desc$/i.test(direction);
  }

  const ids = listFilter(params, 'IDs');
  const numbers = listFilter(params, 'InvoiceNumbers');
  const contacts = listFilter(params, 'ContactIDs');
  const statuses = listFilter(params, 'Statuses');
  const matches = store.invoices.filter(
    (invoice) =>
      (since === null || invoice.updatedAt >= since) &&
      (!ids || ids.has(invoice.invoiceId)) &&
      (!numbers || numbers.has(invoice.invoiceNumber.toLowerCase())) &&
      (!contacts || contacts.has(invoice.contactId)) &&
      (!statuses || statuses.has(invoiceStatus(invoice).toLowerCase())),
  );
  matches.sort((a, b) => (descending ? order(b, a) : order(a, b)));
  const page = paginate(matches, paging);
  return ok({ ...(page.pagination ? { pagination: page.pagination } : {}), Invoices: page.items.map((invoice) => renderInvoice(invoice, store)) });
}

export function listPayments(store: BillingStore, params: URLSearchParams, modifiedSince: string | undefined, ok: Ok): SandboxResponse {
  if (params.has('where')) return unsupportedWhere();
  if (params.has('order')) return validationError([], 'The sandbox lists payments in the order they were recorded; order is not supported');
  const paging = readPaging(params);
  if (isResponse(paging)) return paging;
  const since = readSince(modifiedSince);
  if (isResponse(since)) return since;
  const matches: PaymentEntry[] = store.payments.filter((entry) => since === null || entry.payment.updatedAt >= since);
  const page = paginate(matches, paging);
  return ok({ ...(page.pagination ? { pagination: page.pagination } : {}), Payments: page.items.map((entry) => renderPayment(entry.payment, entry.invoice, store)) });
}
