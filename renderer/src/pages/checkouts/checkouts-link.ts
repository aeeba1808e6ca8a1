import { DROP_OFF_STAGES, type DropOffStage } from '../../../../shared/domain/checkout-stage';
import { hrefOf } from '../../routing/pages';

/** What a link into the Checkouts page may preset: a stage and a range of UTC days. */
export interface CheckoutsLink {
  stage?: DropOffStage;
  from?: string;
  to?: string;
}

/** `#/checkouts?stage=…&from=…&to=…`, so the overview's charts can click through to the list. */
export function checkoutsHref(link: CheckoutsLink = {}): string {
  const params = new URLSearchParams();
  if (link.stage) params.set('stage', link.stage);
  if (link.from) params.set('from', link.from);
  if (link.to) params.set('to', link.to);
  const query = params.toString();
  return query === '' ? hrefOf('checkouts') : `${hrefOf('checkouts')}?${query}`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The preset a location hash carries; anything malformed is left out, not guessed. */
export function checkoutsLinkFromHash(hash: string): CheckoutsLink {
  const query = hash.indexOf('?');
  if (query === -1) return {};
  const params = new URLSearchParams(hash.slice(query + 1));
  const link: CheckoutsLink = {};
  const stage = params.get('stage');
  if (stage !== null && (DROP_OFF_STAGES as readonly string[]).includes(stage)) link.stage = stage as DropOffStage;
  const from = params.get('from');
  if (from !== null && DAY.test(from)) link.from = from;
  const to = params.get('to');
  if (to !== null && DAY.test(to)) link.to = to;
  return link;
}
