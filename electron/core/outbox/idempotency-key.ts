import { createHash } from 'node:crypto';

/** Xero and Stripe both refuse idempotency keys longer than this. */
const MAX_KEY_LENGTH = 128;

/**
 * The one key for "post gateway payment P to invoice I", whoever asks and however often: a
 * repeat of the same logical record can then never become a second payment. Readable where it
 * fits, so support can find it in billing's logs; hashed when the ids are too long to fit.
 */
export function billingPaymentKey(paymentId: string, invoiceNumber: string): string {
  const readable = `paydesk-payment-${paymentId}-to-${invoiceNumber}`;
  if (readable.length <= MAX_KEY_LENGTH && /^[\x21-\x7e]+$/.test(readable)) return readable;
  const digest = createHash('sha256').update(`${paymentId}\n${invoiceNumber}`).digest('hex');
  return `paydesk-payment-${digest}`;
}
