import type { ReactNode } from 'react';
import type { MetricDay } from '../../../../shared/contract/overview';
import { AbandonmentChart } from './abandonment-chart';
import { ExceptionsChart } from './exceptions-chart';
import { FailuresChart } from './failures-chart';
import { OutboxChart } from './outbox-chart';
import { SuccessRateChart } from './success-rate-chart';

/** Every chart of the overview; the one module that pulls in recharts, loaded on first use. */
export function OverviewCharts({ days }: { days: readonly MetricDay[] }): ReactNode {
  return (
    <>
      <SuccessRateChart days={days} />
      <AbandonmentChart days={days} />
      <ExceptionsChart />
      <OutboxChart />
      <FailuresChart days={days} />
    </>
  );
}
