/** The pages of the console, in navigation order. The id is also the hash route: #/<id>. */
export const PAGES = [
  { id: 'overview', title: 'Overview' },
  { id: 'reconciliation', title: 'Reconciliation' },
  { id: 'checkouts', title: 'Checkouts' },
  { id: 'retransmissions', title: 'Retransmissions' },
  { id: 'audit', title: 'Audit' },
  { id: 'connections', title: 'Connections' },
  { id: 'settings', title: 'Settings' },
] as const;

export type PageId = (typeof PAGES)[number]['id'];

export const DEFAULT_PAGE: PageId = 'overview';

export function hrefOf(page: PageId): string {
  return `#/${page}`;
}

export function titleOf(page: PageId): string {
  return PAGES.find((candidate) => candidate.id === page)?.title ?? page;
}

/** The page a location hash names; an empty or unknown hash opens the default page. */
export function pageFromHash(hash: string): PageId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return PAGES.find((candidate) => candidate.id === id)?.id ?? DEFAULT_PAGE;
}
