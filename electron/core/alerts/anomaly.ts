// Whether a monitoring metric's current window departs from its recent past. Pure: series in,
// verdict out. The baseline is robust (median and MAD), so one bad day in it does not hide the
// next one nor make an ordinary day look odd.

export interface MetricPoint {
  windowStart: string;
  windowEnd: string;
  /** The metric (a rate 0..1 or a count). */
  value: number;
  /** The sample behind a rate (attempts, sessions); for counts, the count. */
  volume: number;
}

export interface MetricSeries {
  metric: string;
  label: string;
  /** The direction that is bad news. */
  worse: 'up' | 'down';
  kind: 'rate' | 'count';
  /** What a rate's volume counts, plural, for the summary: "attempts", "checkouts". */
  volumeUnit?: string;
  /** Oldest first; the last point is the current window. */
  points: readonly MetricPoint[];
}

export interface Anomaly {
  metric: string;
  label: string;
  windowStart: string;
  windowEnd: string;
  direction: 'up' | 'down';
  value: number;
  baselineMedian: number;
  baselineMad: number;
  /** How many units of spread (scaled MAD, or the noise floor when larger) the value lies from the median. */
  score: number;
  summary: string;
}

export interface AnomalyOptions {
  /** How many points before the current one make the baseline. */
  baselineSize: number;
  /** Fewer usable baseline points than this and there is no verdict. */
  minBaseline: number;
  /** The robust z-score from which a departure is an anomaly. */
  threshold: number;
  /** A rate over fewer cases than this says nothing, today or in the baseline. */
  minRateVolume: number;
}

export const DEFAULT_ANOMALY_OPTIONS: Readonly<AnomalyOptions> = { baselineSize: 28, minBaseline: 7, threshold: 3.5, minRateVolume: 20 };

/** MAD of a normal distribution is 0.6745 of its standard deviation. */
const MAD_PER_SIGMA = 0.6745;

export function detectAnomaly(series: MetricSeries, options: Partial<AnomalyOptions> = {}): Anomaly | null {
  const settings = { ...DEFAULT_ANOMALY_OPTIONS, ...options };
  const usable = (point: MetricPoint): boolean =>
    Number.isFinite(point.value) && (series.kind === 'count' || point.volume >= settings.minRateVolume);
  const current = series.points.at(-1);
  if (!current || !usable(current)) return null;
  const baseline = series.points.slice(0, -1).slice(-settings.baselineSize).filter(usable).map((point) => point.value);
  if (baseline.length < settings.minBaseline) return null;

  const median = medianOf(baseline);
  const mad = medianOf(baseline.map((value) => Math.abs(value - median)));
  const spread = Math.max(mad / MAD_PER_SIGMA, noiseFloor(series.kind, median, current.volume));
  const score = (current.value - median) / spread;
  const direction = score > 0 ? 'up' : 'down';
  if (direction !== series.worse || Math.abs(score) < settings.threshold) return null;
  return {
    metric: series.metric,
    label: series.label,
    windowStart: current.windowStart,
    windowEnd: current.windowEnd,
    direction,
    value: current.value,
    baselineMedian: median,
    baselineMad: mad,
    score,
    summary: summaryOf(series, current, direction, median, mad),
  };
}

/**
 * The spread chance alone gives, so a flat baseline (MAD 0: no failures for weeks, a rate that is
 * always 100%) neither divides by zero nor turns a single event into an alert. A count is taken
 * as Poisson around the median (sd √median, at least 1: from a flat zero, 4 events are needed at
 * the default threshold); a rate as binomial over the current window's volume, with p kept 1/n
 * away from 0 and 1 so that one failure in n is still ordinary after a perfect month.
 */
function noiseFloor(kind: MetricSeries['kind'], median: number, volume: number): number {
  if (kind === 'count') return Math.max(Math.sqrt(median), 1);
  const p = Math.min(Math.max(median, 1 / volume), 1 - 1 / volume);
  return Math.sqrt((p * (1 - p)) / volume);
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** "Payment success rate fell to 71.0% on 2026-10-30 (usual 94.2%, 312 attempts)". */
function summaryOf(series: MetricSeries, current: MetricPoint, direction: 'up' | 'down', median: number, mad: number): string {
  const when = windowInWords(current);
  if (series.kind === 'count') {
    const low = Math.max(0, Math.floor(median - mad));
    const high = Math.ceil(median + mad);
    const usual = low === high ? count(low) : `${count(low)}–${count(high)}`;
    return `${series.label}: ${count(current.value)} ${when} (usually ${usual})`;
  }
  const sample = series.volumeUnit ? `${count(current.volume)} ${series.volumeUnit}` : `out of ${count(current.volume)}`;
  return `${series.label} ${direction === 'down' ? 'fell' : 'rose'} to ${percent(current.value)} ${when} (usual ${percent(median)}, ${sample})`;
}

/** "on 2026-10-30" for a window within one UTC day, else "from 2026-10-24 to 2026-10-30". */
function windowInWords(point: MetricPoint): string {
  const first = point.windowStart.slice(0, 10);
  const endMs = Date.parse(point.windowEnd);
  // Whether the end is the next midnight (exclusive) or the day's last instant, one ms back is the last day.
  const last = Number.isNaN(endMs) || endMs <= Date.parse(point.windowStart) ? first : new Date(endMs - 1).toISOString().slice(0, 10);
  return first === last ? `on ${first}` : `from ${first} to ${last}`;
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
