import { z } from 'zod';
import { MoneyParseError, minorToDecimal, parseDecimalToMinor } from '../../../shared/money';
import type { MutableInvoice } from '../dataset/builder';
import { amountDueMinor } from '../dataset/invoice-math';
import type { BillingPayment } from '../dataset/types';
import type { SandboxResponse } from '../http/types';
import { jsonResponse } from '../http/types';
import type { Prng } from '../prng';
import { postDataInvalid, validationError } from './errors';
import { envelope, renderPayment } from './render';
import type { BillingStore } from './store';
import { parseXeroDate } from './xero-dates';

const PaymentInput = z.looseObject({
  Invoice: z.looseObject({ InvoiceID: z.string().optional(), InvoiceNumber: z.string().optional() }).optional(),
  Account: z.looseObject({ Code: z.string().optional(), AccountID: z.string().optional() }).optional(),
  Date: z.string().optional(),
  Amount: z.union([z.number(), z.string()]).optional(),
  Reference: z.string().optional(),
});
type PaymentInput = z.infer<typeof PaymentInput>;

/** PUT /Payments takes { Payments: [...] }; Xero also takes a lone payment object. */
const BatchBody = z.looseObject({ Payments: z.array(PaymentInput).min(1) });
const LoneBody = PaymentInput.refine((value) => value.Invoice !== undefined);

function paymentInputs(body: unknown): readonly PaymentInput[] | null {
  const batch = BatchBody.safeParse(body);
  if (batch.success) return batch.data.Payments;
  const lone = LoneBody.safeParse(body);
  return lone.success ? [lone.data] : null;
}

interface Checked {
  readonly input: PaymentInput;
  readonly errors: string[];
  readonly invoice?: MutableInvoice;
  readonly amountMinor?: number;
  readonly date?: string;
}

function check(input: PaymentInput, store: BillingStore, pendingDue: Map<MutableInvoice, number>, today: string): Checked {
  const errors: string[] = [];
  const invoiceKey = input.Invoice?.InvoiceID ?? input.Invoice?.InvoiceNumber;
  const invoice = invoiceKey === undefined ? undefined : store.findInvoice(invoiceKey);
  if (invoiceKey === undefined) errors.push('Invoice must be specified by InvoiceID or InvoiceNumber');
  else if (!invoice) errors.push(`Invoice could not be found: ${invoiceKey}`);
  if (!input.Account?.Code && !input.Account?.AccountID) errors.push('Account code or AccountID must be specified');
  const date = input.Date === undefined ? today : parseXeroDate(input.Date);
  if (date === null) errors.push(`Date "${input.Date ?? ''}" is not a valid date`);

  let amountMinor: number | undefined;
  if (input.Amount === undefined) errors.push('Payment amount must be specified');
  else if (invoice) {
    try {
      // String(number) is the shortest exact decimal for the number the client sent; a float
      // artefact such as 0.30000000000000004 fails the precision check instead of being rounded.
      amountMinor = parseDecimalToMinor(String(input.Amount), invoice.currency);
    } catch (error) {
      if (!(error instanceof MoneyParseError)) throw error;
      errors.push(`Amount ${String(input.Amount)} is not a valid ${invoice.currency} amount: ${error.reason}`);
    }
  }
  if (invoice && amountMinor !== undefined) {
    const due = pendingDue.get(invoice) ?? amountDueMinor(invoice);
    if (amountMinor <= 0) errors.push('Payment amount must be greater than zero');
    else if (amountMinor > due) errors.push('Payment amount exceeds the amount outstanding on this document');
    else pendingDue.set(invoice, due - amountMinor);
  }
  return { input, errors, ...(invoice ? { invoice } : {}), ...(amountMinor !== undefined ? { amountMinor } : {}), ...(date ? { date } : {}) };
}

export interface CreatePaymentsContext {
  readonly store: BillingStore;
  readonly nowMs: number;
  readonly ids: Prng;
}

/**
 * Records payments against invoices, all or nothing: if any element fails validation the whole
 * request is refused with a ValidationException listing each element's errors, as Xero does with
 * summarizeErrors (its default).
 */
export function createPayments(body: unknown, { store, nowMs, ids }: CreatePaymentsContext): SandboxResponse {
  const inputs = paymentInputs(body);
  if (!inputs) return postDataInvalid('The request body must be {"Payments":[...]} or a payment object with an Invoice');
  const today = new Date(nowMs).toISOString().slice(0, 10);
  const pendingDue = new Map<MutableInvoice, number>();
  const checked = inputs.map((input) => check(input, store, pendingDue, today));

  if (checked.some((item) => item.errors.length > 0)) {
    return validationError(
      checked.map((item) => ({
        ...item.input,
        ...(item.invoice ? { Invoice: { InvoiceID: item.invoice.invoiceId, InvoiceNumber: item.invoice.invoiceNumber, AmountDue: Number(minorToDecimal(amountDueMinor(item.invoice), item.invoice.currency)) } } : {}),
        HasValidationErrors: item.errors.length > 0,
        ValidationErrors: item.errors.map((message) => ({ Message: message })),
      })),
    );
  }

  const created = checked.map((item) => {
    const { invoice, amountMinor, date } = item;
    if (!invoice || amountMinor === undefined || !date) throw new Error('a checked payment lacks its invoice, amount or date');
    const payment: BillingPayment = {
      paymentId: ids.uuid(),
      invoiceId: invoice.invoiceId,
      date,
      amountMinor,
      reference: item.input.Reference ?? '',
      accountCode: item.input.Account?.Code ?? '090',
      updatedAt: nowMs,
    };
    store.recordPayment(invoice, payment);
    return renderPayment(payment, invoice, store);
  });
  return jsonResponse(200, envelope(nowMs, ids.uuid(), { Payments: created }));
}
