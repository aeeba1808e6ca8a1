import type { CallInput } from '../../../../../shared/contract/calls';
import { CandidateQuery } from '../../../../../shared/contract/reconcile';
import { cleanAmount } from '../filters/filter-form';

/** The manual-match search as typed; empty means "any". */
export interface CandidateForm {
  amount: string;
  customer: string;
  reference: string;
  dateFrom: string;
  dateTo: string;
}

export const EMPTY_SEARCH: CandidateForm = { amount: '', customer: '', reference: '', dateFrom: '', dateTo: '' };

export type Query = CallInput<'recon.candidates'>;

/**
 * The candidate query for the form, or why it does not parse. With nothing typed the Node side
 * looks for the amount in question.
 */
export function candidateQuery(key: string, form: CandidateForm): { ok: true; query: Query } | { ok: false; problem: string } {
  const parsed = CandidateQuery.safeParse({
    key,
    amount: cleanAmount(form.amount) || undefined,
    dateFrom: form.dateFrom || undefined,
    dateTo: form.dateTo || undefined,
    customer: form.customer.trim() || undefined,
    reference: form.reference.trim() || undefined,
  });
  if (!parsed.success) return { ok: false, problem: parsed.error.issues.map((issue) => issue.message).join('; ') };
  if (parsed.data.dateFrom !== undefined && parsed.data.dateTo !== undefined && parsed.data.dateFrom > parsed.data.dateTo) {
    return { ok: false, problem: 'The "From" date is after the "To" date.' };
  }
  return { ok: true, query: parsed.data };
}
