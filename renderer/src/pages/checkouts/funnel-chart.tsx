import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { STEP_AFTER, type Funnel } from '../../../../shared/contract/checkouts';
import { STAGE_LABELS, type DropOffStage } from '../../../../shared/domain/checkout-stage';
import { formatCount } from '../../lib/format-count';
import { funnelSummary, percentText, STEP_LABELS } from './checkout-text';

interface FunnelChartProps {
  funnel: Funnel;
  /** Narrows the list to the sessions that dropped off at a stage. */
  onStage: (stage: DropOffStage) => void;
}

/**
 * How far the period's checkouts got, step by step, and where the others dropped off. A bar
 * (or the stage's button below, for the keyboard) narrows the list to those who stopped there.
 */
export function FunnelChart({ funnel, onStage }: FunnelChartProps): ReactNode {
  const started = funnel.steps[0]?.sessions ?? 0;
  const data = funnel.steps.map((step) => ({ step: step.step, label: STEP_LABELS[step.step], sessions: step.sessions }));
  const stageBefore = (step: string): DropOffStage | undefined =>
    (Object.keys(STEP_AFTER) as DropOffStage[]).find((stage) => STEP_AFTER[stage] === step);
  return (
    <figure className="checkout-figure" aria-label="Checkout funnel">
      <figcaption>{funnelSummary(funnel)}</figcaption>
      <div aria-hidden="true" className="checkout-plot">
        <ResponsiveContainer width="100%" height={190}>
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke="#d9dee5" />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="label" tick={{ fontSize: 11 }} width={140} interval={0} />
            <Tooltip isAnimationActive={false} />
            <Bar
              dataKey="sessions"
              name="Checkouts"
              fill="#0072b2"
              isAnimationActive={false}
              cursor="pointer"
              onClick={(_bar, index) => {
                const step = data[index]?.step;
                const stage = step ? stageBefore(step) : undefined;
                if (stage) onStage(stage);
              }}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="table checkout-dropoffs" aria-label="Dropped off">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Checkouts</th>
            <th scope="col">Of those started</th>
            <th scope="col">Came back and paid</th>
          </tr>
        </thead>
        <tbody>
          {funnel.dropOffs.map((drop) => (
            <tr key={drop.stage}>
              <th scope="row">
                <button type="button" className="button button-small" onClick={() => onStage(drop.stage)} aria-label={`Show ${STAGE_LABELS[drop.stage]}`}>
                  {STAGE_LABELS[drop.stage]}
                </button>
              </th>
              <td>{formatCount(drop.sessions)}</td>
              <td>{percentText(drop.sessions, started)}</td>
              <td>{formatCount(drop.recovered)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
