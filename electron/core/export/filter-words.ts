import type { ItemFilter } from '../../../shared/contract/reconcile';

/** A list filter as a finance user would say it, for the header of an export. */
export function filterWords(filter: ItemFilter): string {
  const parts = [
    filter.classes && filter.classes.length > 0 ? `classes ${filter.classes.join(', ')}` : 'every exception class',
    filter.states && filter.states.length > 0 ? `${filter.states.join(', ')} items` : 'open items',
  ];
  if (filter.period) parts.push(`period ${filter.period}`);
  if (filter.currency) parts.push(`currency ${filter.currency}`);
  if (filter.minAmount) parts.push(`at stake at least ${filter.minAmount}`);
  if (filter.maxAmount) parts.push(`at stake at most ${filter.maxAmount}`);
  if (filter.customer) parts.push(`customer contains "${filter.customer}"`);
  if (filter.reference) parts.push(`reference contains "${filter.reference}"`);
  if (filter.ageBucket) parts.push(`age ${filter.ageBucket} days`);
  return parts.join('; ');
}
