import type { ReactNode } from 'react';
import { Page } from '../components/page';
import '../styles/overview.css';
import { MetricsSection } from './overview/metrics-section';

/** What needs attention today: the charts, each clicking through to its list. */
export function OverviewPage(): ReactNode {
  return (
    <Page title="Overview">
      <MetricsSection />
    </Page>
  );
}
