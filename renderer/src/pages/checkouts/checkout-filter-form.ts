import { MAX_RANGE_DAYS, type CheckoutFilter } from '../../../../shared/contract/checkouts';
import { DROP_OFF_STAGES, type DropOffStage } from '../../../../shared/domain/checkout-stage';
import { addDays, daysBetween } from '../../../../shared/domain/utc-day';
import type { DraftOutcome, FieldProblems } from '../../lib/use-filter-draft';
import type { CheckoutsLink } from './checkouts-link';

export type Recovered = NonNullable<CheckoutFilter['recovered']>;

/** The Checkouts filters as the form holds them: text as typed, stages as ticked. */
export interface CheckoutForm {
  from: string;
  to: string;
  stages: readonly DropOffStage[];
  currency: string;
  search: string;
  recovered: Recovered;
}

export type CheckoutField = 'from' | 'to' | 'currency' | 'search';

export const EMPTY_CHECKOUT_FORM: CheckoutForm = { from: '', to: '', stages: [], currency: '', search: '', recovered: 'include' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function checkoutFormToFilter(form: CheckoutForm): DraftOutcome<CheckoutFilter, CheckoutField> {
  const problems: FieldProblems<CheckoutField> = {};
  const from = form.from.trim();
  const to = form.to.trim();
  if (from !== '' && !DAY.test(from)) problems.from = 'A day, YYYY-MM-DD';
  if (to !== '' && !DAY.test(to)) problems.to = 'A day, YYYY-MM-DD';
  if (from !== '' && to !== '' && DAY.test(from) && DAY.test(to)) {
    if (from > to) problems.to = 'On or after the first day';
    else if (daysBetween(from, to) >= MAX_RANGE_DAYS) problems.to = 'At most two years after the first day';
  }
  const currency = form.currency.trim().toUpperCase();
  if (currency !== '' && !/^[A-Z]{3}$/.test(currency)) problems.currency = 'Three letters, such as EUR';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const filter: CheckoutFilter = {};
  if (from !== '') filter.from = from;
  if (to !== '') filter.to = to;
  // Every stage ticked, or none, means no stage filter.
  if (form.stages.length > 0 && form.stages.length < DROP_OFF_STAGES.length) filter.stages = DROP_OFF_STAGES.filter((stage) => form.stages.includes(stage));
  if (currency !== '') filter.currency = currency;
  const search = form.search.trim();
  if (search !== '') filter.search = search;
  if (form.recovered !== 'include') filter.recovered = form.recovered;
  return { ok: true, filter };
}

export function checkoutFilterToForm(filter: CheckoutFilter): CheckoutForm {
  return {
    from: filter.from ?? '',
    to: filter.to ?? '',
    stages: filter.stages ?? [],
    currency: filter.currency ?? '',
    search: filter.search ?? '',
    recovered: filter.recovered ?? 'include',
  };
}

/** What a link from the overview presets; without dates, the last 30 days up to the newest data. */
export function initialCheckoutFilter(link: CheckoutsLink, newestDay: string | null): CheckoutFilter {
  const filter: CheckoutFilter = {};
  if (link.stage) filter.stages = [link.stage];
  if (link.from || link.to) {
    if (link.from) filter.from = link.from;
    if (link.to) filter.to = link.to;
  } else if (newestDay !== null) {
    filter.from = addDays(newestDay, -29);
    filter.to = newestDay;
  }
  return filter;
}
