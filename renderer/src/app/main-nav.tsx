import type { ReactNode } from 'react';
import { OpenAlertCount } from '../pages/overview/open-alert-count';
import { hrefOf, PAGES, type PageId } from '../routing/pages';

export function MainNav({ current }: { current: PageId }): ReactNode {
  return (
    <nav aria-label="Main" className="main-nav">
      <ul>
        {PAGES.map((page) => (
          <li key={page.id}>
            <a href={hrefOf(page.id)} aria-current={page.id === current ? 'page' : undefined}>
              {page.title}
            </a>
            {page.id === 'overview' && <OpenAlertCount />}
          </li>
        ))}
      </ul>
    </nav>
  );
}
