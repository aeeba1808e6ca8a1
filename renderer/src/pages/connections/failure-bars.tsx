import type { ReactNode } from 'react';
import { Bar } from 'recharts';
import { failureClassText } from './connector-text';
import { FAILURE_CLASSES } from './failure-counts-text';

// Okabe–Ito colours, told apart with the common colour blindnesses; the legend names them too.
// They are SVG fill attributes, not styles, so the CSP has nothing to say about them.
const COLOURS = { connection: '#d55e00', system: '#e69f00', integration: '#0072b2' } as const;

/**
 * One stacked bar per failure class, for a chart whose rows carry a count per class. A function,
 * not a component: recharts reads its bars from the chart's direct children.
 */
export function failureBars(): ReactNode[] {
  return FAILURE_CLASSES.map((failureClass) => (
    <Bar key={failureClass} dataKey={failureClass} name={failureClassText(failureClass)} stackId="failures" fill={COLOURS[failureClass]} isAnimationActive={false} />
  ));
}
