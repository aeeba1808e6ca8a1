import type { ReactNode } from 'react';
import { Page } from '../components/page';
import '../styles/overview.css';
import { AlertsPanel } from './overview/alerts-panel';
import { MetricsSection } from './overview/metrics-section';

/** What needs attention today: alerts first, then the charts, each clicking through to its list. */
export function OverviewPage(): ReactNode {
  return (
    <Page title="Overview">
      <AlertsPanel />
      <MetricsSection />
    </Page>
  );
}
