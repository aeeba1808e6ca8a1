import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectAnomaly, type MetricPoint, type MetricSeries } from '../../../../electron/core/alerts/anomaly';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.parse('2026-10-01T00:00:00.000Z');

/** One point per UTC day from 2026-10-01, the last one being the current window. */
function days(values: readonly { value: number; volume: number }[]): MetricPoint[] {
  return values.map(({ value, volume }, index) => ({
    windowStart: new Date(FIRST_DAY + index * DAY_MS).toISOString(),
    windowEnd: new Date(FIRST_DAY + (index + 1) * DAY_MS).toISOString(),
    value,
    volume,
  }));
}

function successRate(rates: readonly number[], attempts = 300): MetricSeries {
  return {
    metric: 'payment_success_rate',
    label: 'Payment success rate',
    worse: 'down',
    kind: 'rate',
    volumeUnit: 'attempts',
    points: days(rates.map((value) => ({ value, volume: attempts }))),
  };
}

function failures(counts: readonly number[]): MetricSeries {
  return {
    metric: 'failures:connection',
    label: 'Connection failures',
    worse: 'up',
    kind: 'count',
    points: days(counts.map((value) => ({ value, volume: value }))),
  };
}

/** Four weeks of a success rate wobbling around 94%. */
const USUAL_RATES = Array.from({ length: 28 }, (_, index) => 0.94 + ((index % 5) - 2) * 0.004);

describe('detectAnomaly', () => {
  it('catches a drop in the payment success rate and says it in words', () => {
    const anomaly = detectAnomaly(successRate([...USUAL_RATES, 0.71], 312));
    expect(anomaly).toMatchObject({
      metric: 'payment_success_rate',
      direction: 'down',
      value: 0.71,
      windowStart: '2026-10-29T00:00:00.000Z',
      windowEnd: '2026-10-30T00:00:00.000Z',
      summary: 'Payment success rate fell to 71.0% on 2026-10-29 (usual 94.0%, 312 attempts)',
    });
    expect(anomaly?.baselineMedian).toBeCloseTo(0.94, 10);
    expect(anomaly?.score).toBeLessThanOrEqual(-3.5);
  });

  it('catches a spike in a count', () => {
    const anomaly = detectAnomaly(failures([...Array.from({ length: 28 }, (_, index) => 10 + (index % 4)), 40]));
    expect(anomaly).toMatchObject({ direction: 'up', value: 40, baselineMedian: 11.5, baselineMad: 1 });
    expect(anomaly?.summary).toBe('Connection failures: 40 on 2026-10-29 (usually 10–13)');
  });

  it('does not alert a departure in the harmless direction', () => {
    // Failures falling to nothing, or the success rate jumping up, is good news.
    expect(detectAnomaly(failures([...Array.from({ length: 28 }, () => 30), 0]))).toBeNull();
    expect(detectAnomaly(successRate([...USUAL_RATES, 1]))).toBeNull();
    const abandonment: MetricSeries = { ...successRate([...USUAL_RATES.map((rate) => 1 - rate), 0.01]), metric: 'abandonment:card_entry', worse: 'up' };
    expect(detectAnomaly(abandonment)).toBeNull();
  });

  it('alerts a rise in abandonment, where up is worse', () => {
    const series: MetricSeries = {
      metric: 'abandonment:three_d_secure',
      label: 'Abandonment at 3-D Secure',
      worse: 'up',
      kind: 'rate',
      volumeUnit: 'checkouts',
      points: days([...Array.from({ length: 28 }, (_, index) => ({ value: 0.04 + (index % 3) * 0.005, volume: 250 })), { value: 0.2, volume: 230 }]),
    };
    expect(detectAnomaly(series)?.summary).toBe('Abandonment at 3-D Secure rose to 20.0% on 2026-10-29 (usual 4.5%, 230 checkouts)');
  });

  it('lets steady noise around a level pass', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 5_000 }),
        fc.double({ min: 0.6, max: 0.99, noNaN: true }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 8, maxLength: 40 }),
        (attempts, level, wobble) => {
          // Every day, the current one included, within one binomial standard deviation of the level.
          const sd = Math.sqrt((level * (1 - level)) / attempts);
          expect(detectAnomaly(successRate(wobble.map((w) => level + sd * w), attempts))).toBeNull();
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 8, maxLength: 40 }), (level, wobble) => {
        // Whole counts within about one Poisson standard deviation of the level.
        const reach = Math.max(1, Math.floor(Math.sqrt(level)));
        expect(detectAnomaly(failures(wobble.map((w) => Math.max(0, level + Math.round(reach * w)))))).toBeNull();
      }),
    );
  });

  it('does not fire on a single failure after a flat zero baseline, but does on a burst', () => {
    const quiet = Array.from({ length: 28 }, () => 0);
    expect(detectAnomaly(failures([...quiet, 1]))).toBeNull();
    expect(detectAnomaly(failures([...quiet, 3]))).toBeNull();
    expect(detectAnomaly(failures([...quiet, 12]))?.summary).toBe('Connection failures: 12 on 2026-10-29 (usually 0)');
  });

  it('does not fire on one failed payment after a perfect month', () => {
    const perfect = Array.from({ length: 28 }, () => 1);
    expect(detectAnomaly(successRate([...perfect, 299 / 300]))).toBeNull();
    expect(detectAnomaly(successRate([...perfect, 270 / 300]))?.direction).toBe('down');
  });

  it('gives no verdict on a baseline shorter than the minimum', () => {
    const spike = [0, 0, 0, 0, 0, 0, 50];
    expect(detectAnomaly(failures(spike))).toBeNull();
    expect(detectAnomaly(failures([0, ...spike]))?.value).toBe(50);
    expect(detectAnomaly(failures(spike), { minBaseline: 6 })?.value).toBe(50);
  });

  it('gives no verdict on a rate over too few cases', () => {
    const usual = USUAL_RATES.map((value) => ({ value, volume: 300 }));
    expect(detectAnomaly({ ...successRate([]), points: days([...usual, { value: 0, volume: 3 }]) })).toBeNull();
    expect(detectAnomaly({ ...successRate([]), points: days([...usual, { value: 0, volume: 20 }]) })?.value).toBe(0);
  });

  it('leaves low-volume days out of the baseline', () => {
    // Three-attempt days at 0% and 100% say nothing; the verdict stands on the busy days.
    const points = days([
      ...Array.from({ length: 10 }, (_, index) => (index % 2 === 0 ? { value: 0.95, volume: 400 } : { value: index % 4 === 1 ? 0 : 1, volume: 3 })),
      { value: 0.7, volume: 400 },
    ]);
    expect(detectAnomaly({ ...successRate([]), points })).toBeNull();
    const busier = days([...Array.from({ length: 14 }, (_, index) => (index % 2 === 0 ? { value: 0.95, volume: 400 } : { value: 0, volume: 3 })), { value: 0.7, volume: 400 }]);
    expect(detectAnomaly({ ...successRate([]), points: busier })?.baselineMedian).toBe(0.95);
  });

  it('looks back only as far as the baseline size', () => {
    // A busier distant past does not blur the recent, calm weeks.
    const counts = [...Array.from({ length: 30 }, (_, index) => 10 + (index % 11)), ...Array.from({ length: 28 }, () => 2), 15];
    expect(detectAnomaly(failures(counts))?.baselineMedian).toBe(2);
    expect(detectAnomaly(failures(counts), { baselineSize: 58 })).toBeNull();
  });

  it('names a window longer than a day by its first and last days', () => {
    const weekly: MetricSeries = {
      ...failures([]),
      points: Array.from({ length: 9 }, (_, index) => ({
        windowStart: new Date(FIRST_DAY + index * 7 * DAY_MS).toISOString(),
        windowEnd: new Date(FIRST_DAY + (index + 1) * 7 * DAY_MS).toISOString(),
        value: index === 8 ? 30 : 1,
        volume: index === 8 ? 30 : 1,
      })),
    };
    expect(detectAnomaly(weekly)?.summary).toBe('Connection failures: 30 from 2026-11-26 to 2026-12-02 (usually 1)');
  });
});
