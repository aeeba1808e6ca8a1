import type { SandboxResponse } from '../http/types';
import { jsonResponse } from '../http/types';
import { invalidRequest, noSuchObject } from './errors';
import type { StripeObject } from './render-payments';
import type { ResourceList } from './store';

// Stripe's list endpoints: newest first, cursor paging with starting_after / ending_before, a
// `limit` of 1–100 (default 10), created[gt|gte|lt|lte] filters and a few per-resource filters.

export interface ListRoute<T extends { readonly id: string; readonly created: number }> {
  /** The object name used in error messages ("payment_intent"). */
  readonly kind: string;
  readonly url: string;
  readonly list: ResourceList<T>;
  readonly render: (item: T) => StripeObject;
  /** Extra query filters this resource accepts, each testing one item against the value. */
  readonly filters: Readonly<Record<string, (item: T, value: string) => boolean>>;
}

const CREATED_BOUNDS = {
  'created[gt]': (created: number, bound: number) => created > bound,
  'created[gte]': (created: number, bound: number) => created >= bound,
  'created[lt]': (created: number, bound: number) => created < bound,
  'created[lte]': (created: number, bound: number) => created <= bound,
  created: (created: number, bound: number) => created === bound,
} as const;
type CreatedBound = keyof typeof CREATED_BOUNDS;

function isCreatedBound(key: string): key is CreatedBound {
  return Object.hasOwn(CREATED_BOUNDS, key);
}

const INTEGER = /^\d+$/;

export function listResponse<T extends { readonly id: string; readonly created: number }>(route: ListRoute<T>, params: URLSearchParams): SandboxResponse {
  const tests: Array<(item: T) => boolean> = [];
  let limit = 10;
  for (const [key, value] of params) {
    if (key === 'limit') {
      if (!INTEGER.test(value)) return invalidRequest(`Invalid integer: ${value}`, 'limit');
      limit = Number(value);
      if (limit < 1 || limit > 100) return invalidRequest('This value must be greater than or equal to 1 and less than or equal to 100.', 'limit');
    } else if (key === 'starting_after' || key === 'ending_before') {
      continue;
    } else if (isCreatedBound(key)) {
      if (!INTEGER.test(value)) return invalidRequest(`Invalid integer: ${value}`, key);
      const bound = Number(value);
      const compare = CREATED_BOUNDS[key];
      tests.push((item) => compare(item.created, bound));
    } else if (key === 'expand' || key.startsWith('expand[')) {
      // Saying so beats silently returning ids where the client expects expanded objects.
      return invalidRequest('The sandbox does not support expand; fetch related objects by id.', key);
    } else {
      const filter = route.filters[key];
      if (!filter) return invalidRequest(`Received unknown parameter: ${key}`, key);
      tests.push((item) => filter(item, value));
    }
  }
  const startingAfter = params.get('starting_after');
  const endingBefore = params.get('ending_before');
  if (startingAfter !== null && endingBefore !== null) {
    return invalidRequest('You may only specify one of these parameters: ending_before, starting_after.', 'ending_before');
  }
  const cursorId = startingAfter ?? endingBefore;
  const cursor = cursorId === null ? undefined : route.list.get(cursorId);
  if (cursorId !== null && !cursor) return noSuchObject(route.kind, cursorId, startingAfter !== null ? 'starting_after' : 'ending_before', 400);

  const matches = (item: T): boolean => tests.every((test) => test(item));
  const all = route.list.newestFirst;
  const cursorIndex = cursor ? all.indexOf(cursor) : -1;
  let page: T[];
  let hasMore: boolean;
  if (endingBefore !== null) {
    // The page just newer than the cursor, still listed newest first.
    const newer = all.slice(0, cursorIndex).filter(matches);
    page = newer.slice(Math.max(0, newer.length - limit));
    hasMore = newer.length > limit;
  } else {
    page = [];
    hasMore = false;
    for (let i = cursorIndex + 1; i < all.length; i += 1) {
      const item = all[i];
      if (item === undefined || !matches(item)) continue;
      if (page.length === limit) {
        hasMore = true;
        break;
      }
      page.push(item);
    }
  }
  return jsonResponse(200, { object: 'list', data: page.map(route.render), has_more: hasMore, url: route.url });
}
