import { Period, ReconClass, type ItemFilter } from '../../../../../shared/contract/reconcile';
import { hrefOf } from '../../../routing/pages';

/** What a link into the Reconciliation page may preset: one class, one period. */
export interface ReconciliationLink {
  class?: ReconClass;
  period?: string;
}

/** `#/reconciliation?class=unposted_payment&period=2026-10`, so the overview can click through to the list. */
export function reconciliationHref(link: ReconciliationLink = {}): string {
  const params = new URLSearchParams();
  if (link.class !== undefined) params.set('class', link.class);
  if (link.period !== undefined) params.set('period', link.period);
  const query = params.toString();
  return query === '' ? hrefOf('reconciliation') : `${hrefOf('reconciliation')}?${query}`;
}

/** The filter a link to the page carries; anything malformed is left out, not guessed. */
export function filterFromHash(hash: string): ItemFilter {
  const query = hash.indexOf('?');
  if (query === -1) return {};
  const params = new URLSearchParams(hash.slice(query + 1));
  const filter: ItemFilter = {};
  const cls = ReconClass.safeParse(params.get('class'));
  if (cls.success) filter.classes = [cls.data];
  const period = Period.safeParse(params.get('period'));
  if (period.success) filter.period = period.data;
  return filter;
}
