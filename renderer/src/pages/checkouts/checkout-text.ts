import type { Funnel, FunnelStep } from '../../../../shared/contract/checkouts';
import { formatCount } from '../../lib/format-count';

export const STEP_LABELS: Readonly<Record<FunnelStep, string>> = {
  started: 'Started',
  card_submitted: 'Card submitted',
  authenticated: 'Passed 3-D Secure',
  paid: 'Paid at the gateway',
  committed: 'Committed by the site',
};

/** "12.5%" of a whole; a dash when there is nothing to divide. Rates, not money. */
export function percentText(part: number, whole: number): string {
  if (whole === 0) return '–';
  return `${((part / whole) * 100).toFixed(1)}%`;
}

/** The funnel in one sentence, for screen readers and the figure's caption. */
export function funnelSummary(funnel: Funnel): string {
  const started = funnel.steps[0]?.sessions ?? 0;
  const committed = funnel.steps.at(-1)?.sessions ?? 0;
  const abandoned = funnel.dropOffs.reduce((sum, drop) => sum + drop.sessions, 0);
  const pending = funnel.inProgress > 0 ? ` ${formatCount(funnel.inProgress)} still in progress.` : '';
  return `${formatCount(started)} checkouts started from ${funnel.from} to ${funnel.to}: ${formatCount(committed)} completed (${percentText(committed, started)}), ${formatCount(abandoned)} abandoned (${percentText(abandoned, started)}).${pending}`;
}
