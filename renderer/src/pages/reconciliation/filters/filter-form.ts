import { CurrencyCode } from '../../../../../shared/money';
import {
  ItemFilter,
  Period,
  type AgeBucket,
  type ItemState,
  type ReconClass,
} from '../../../../../shared/contract/reconcile';

/** The filter as the form holds it: text as typed, empty meaning "any". */
export interface FilterForm {
  /** Empty: every exception class (the Node side's default). */
  classes: readonly ReconClass[];
  /** Empty: open items only (the Node side's default). */
  states: readonly ItemState[];
  period: string;
  currency: string;
  minAmount: string;
  maxAmount: string;
  customer: string;
  ageBucket: AgeBucket | '';
  reference: string;
}

/** The fields typed as text; the ones that must parse can carry a problem. */
export type FilterField = 'reference' | 'customer' | 'period' | 'currency' | 'minAmount' | 'maxAmount';
export type FilterProblems = Partial<Record<FilterField, string>>;

export const EMPTY_FORM: FilterForm = {
  classes: [],
  states: [],
  period: '',
  currency: '',
  minAmount: '',
  maxAmount: '',
  customer: '',
  ageBucket: '',
  reference: '',
};

/** "1,250.00" and " 1250 " are both 1250.00: people paste amounts with grouping. */
export function cleanAmount(text: string): string {
  return text.replace(/[\s,]/g, '');
}

/** Compares two decimal texts exactly, through integers in thousandths (the contract allows three places). */
export function compareDecimal(a: string, b: string): number {
  const thousandths = (text: string): bigint => {
    const [whole = '0', fraction = ''] = text.split('.');
    return BigInt(whole + fraction.padEnd(3, '0'));
  };
  const difference = thousandths(a) - thousandths(b);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

export type FormOutcome = { ok: true; filter: ItemFilter } | { ok: false; problems: FilterProblems };

/**
 * The contract's filter for what the form holds, or what is wrong with it per field. Empty fields
 * are left out rather than sent empty, so the Node side's defaults apply.
 */
export function formToFilter(form: FilterForm): FormOutcome {
  const problems: FilterProblems = {};
  const filter: ItemFilter = {};
  if (form.classes.length > 0) filter.classes = [...form.classes];
  if (form.states.length > 0) filter.states = [...form.states];

  const period = form.period.trim();
  if (period !== '') {
    if (Period.safeParse(period).success) filter.period = period;
    else problems.period = 'A month as YYYY-MM, e.g. 2025-03.';
  }
  const currency = form.currency.trim().toUpperCase();
  if (currency !== '') {
    if (CurrencyCode.safeParse(currency).success) filter.currency = currency;
    else problems.currency = 'A three-letter currency code, e.g. EUR.';
  }
  const amount = (field: 'minAmount' | 'maxAmount'): string | undefined => {
    const text = cleanAmount(form[field]);
    if (text === '') return undefined;
    if (ItemFilter.shape[field].safeParse(text).success) return text;
    problems[field] = 'An amount like 1250.00 (up to three decimals).';
    return undefined;
  };
  const minAmount = amount('minAmount');
  const maxAmount = amount('maxAmount');
  if (minAmount !== undefined) filter.minAmount = minAmount;
  if (maxAmount !== undefined) filter.maxAmount = maxAmount;
  if (minAmount !== undefined && maxAmount !== undefined && compareDecimal(minAmount, maxAmount) > 0) {
    problems.maxAmount = 'The largest amount is below the smallest.';
  }

  const customer = form.customer.trim();
  if (customer !== '') filter.customer = customer;
  const reference = form.reference.trim();
  if (reference !== '') filter.reference = reference;
  if (form.ageBucket !== '') filter.ageBucket = form.ageBucket;

  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, filter };
}

/** The form that shows a filter, e.g. after a click on a class total changed it. */
export function filterToForm(filter: ItemFilter): FilterForm {
  return {
    classes: filter.classes ?? [],
    states: filter.states ?? [],
    period: filter.period ?? '',
    currency: filter.currency ?? '',
    minAmount: filter.minAmount ?? '',
    maxAmount: filter.maxAmount ?? '',
    customer: filter.customer ?? '',
    ageBucket: filter.ageBucket ?? '',
    reference: filter.reference ?? '',
  };
}

/** Whether the filter narrows anything beyond the defaults (open exceptions of every class). */
export function isFilterEmpty(filter: ItemFilter): boolean {
  return Object.values(filter).every((value) => value === undefined || (Array.isArray(value) && value.length === 0));
}

/** Clicking a class total shows that class alone; clicking it again shows every class. */
export function toggleClassFocus(filter: ItemFilter, cls: ReconClass): ItemFilter {
  const alone = filter.classes?.length === 1 && filter.classes[0] === cls;
  const { classes: _classes, ...rest } = filter;
  return alone ? rest : { ...rest, classes: [cls] };
}

/** Adds or removes one value of a multiple choice, keeping the given order of choices. */
export function toggleChoice<T>(chosen: readonly T[], value: T, order: readonly T[]): T[] {
  const next = chosen.includes(value) ? chosen.filter((item) => item !== value) : [...chosen, value];
  return order.filter((item) => next.includes(item));
}
