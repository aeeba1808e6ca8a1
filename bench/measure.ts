/** Timing helpers for benchmarks. Figures are printed, never asserted. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)] ?? Number.NaN;
}

export function report(name: string, figures: Record<string, string | number>): void {
  const text = Object.entries(figures)
    .map(([key, value]) => `${key}=${typeof value === 'number' ? round(value) : value}`)
    .join('  ');
  process.stdout.write(`${name.padEnd(28)} ${text}\n`);
}

function round(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}
