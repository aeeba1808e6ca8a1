import { useId, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

interface ChartFigureProps {
  title: string;
  /** The chart in a sentence or two, for everyone who cannot see it. */
  summary: ReactNode;
  /** The drawing, for the eye; the summary and the links below serve screen readers and keyboards. */
  plot: ReactElement;
  /** The links that click through to the lists, and the numbers behind the drawing. */
  children: ReactNode;
  /** Across the whole grid, for a table with a column per currency. */
  wide?: boolean;
}

/** One overview chart: a panel named by its title, the drawing sized by CSS (ResponsiveContainer needs a sized parent). */
export function ChartFigure({ title, summary, plot, children, wide = false }: ChartFigureProps): ReactNode {
  const titleId = useId();
  return (
    <figure className={wide ? 'panel overview-figure overview-figure-wide' : 'panel overview-figure'} aria-labelledby={titleId}>
      <figcaption>
        <h2 id={titleId}>{title}</h2>
        <p className="overview-summary">{summary}</p>
      </figcaption>
      <div className="overview-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          {plot}
        </ResponsiveContainer>
      </div>
      {children}
    </figure>
  );
}
