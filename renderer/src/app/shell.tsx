import { useEffect, useRef, type ReactNode } from 'react';
import type { AppInfo } from '../../../shared/contract/app';
import { titleOf } from '../routing/pages';
import { useCurrentPage } from '../routing/use-page';
import { MainNav } from './main-nav';
import { OfflineBanner } from './offline-banner';
import { OperatorSwitch } from './operator-switch';
import { PageOutlet } from './page-outlet';

/** The console once the database is usable: navigation on the left, the current page beside it. */
export function Shell({ info }: { info: AppInfo }): ReactNode {
  const page = useCurrentPage();
  const main = useRef<HTMLElement>(null);
  const shownPage = useRef(page);

  useEffect(() => {
    document.title = `${titleOf(page)} · Paydesk`;
    // After a navigation, move focus to the new page's heading so a screen reader announces it;
    // on first load the focus stays where the browser put it.
    if (shownPage.current === page) return;
    shownPage.current = page;
    main.current?.querySelector('h1')?.focus();
  }, [page]);

  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-name">Paydesk</span>
          <span className="brand-version">{info.version}</span>
        </div>
        {info.sandbox && (
          <p className="environment" title="Paydesk talks to simulated gateway and billing servers, not real partners.">
            Sandbox environment
          </p>
        )}
        <MainNav current={page} />
        <OperatorSwitch />
      </aside>
      <main ref={main} className="content">
        <OfflineBanner />
        <PageOutlet page={page} />
      </main>
    </div>
  );
}
