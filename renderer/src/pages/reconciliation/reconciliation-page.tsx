import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Page } from '../../components/page';
import { ExceptionsView } from './exceptions-view';
import { MonthEndView } from './month-end/month-end-view';

const TABS = [
  { id: 'exceptions', title: 'Exceptions' },
  { id: 'month-end', title: 'Month-end' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** Exceptions to work through, and the month-end close; one tab at a time. */
export function ReconciliationPage(): ReactNode {
  const [tab, setTab] = useState<TabId>('exceptions');
  const baseId = useId();
  const tabRefs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});

  // Arrow keys move between tabs, as the ARIA tabs pattern has it.
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length];
    if (!next) return;
    setTab(next.id);
    tabRefs.current[next.id]?.focus();
  };

  return (
    <Page title="Reconciliation">
      <div role="tablist" aria-label="Reconciliation views" className="recon-tabs">
        {TABS.map((entry, index) => (
          <button
            key={entry.id}
            ref={(element) => {
              tabRefs.current[entry.id] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-${entry.id}-tab`}
            aria-selected={tab === entry.id}
            aria-controls={`${baseId}-${entry.id}-panel`}
            tabIndex={tab === entry.id ? 0 : -1}
            className="recon-tab"
            onClick={() => setTab(entry.id)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {entry.title}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${baseId}-${tab}-panel`} aria-labelledby={`${baseId}-${tab}-tab`} className="recon-tabpanel">
        {tab === 'exceptions' ? <ExceptionsView /> : <MonthEndView />}
      </div>
    </Page>
  );
}
