import { useSyncExternalStore } from 'react';
import { pageFromHash, type PageId } from './pages';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current page, from the location hash, so a reload or a bookmark keeps the page. */
export function useCurrentPage(): PageId {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return pageFromHash(hash);
}
