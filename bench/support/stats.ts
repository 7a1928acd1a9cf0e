/** Small statistics for benchmark samples (milliseconds, rates). */

/** The values sorted ascending, as a new array. */
function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks (numpy's default),
 * so that with few samples p95 still differs from the maximum.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const s = sorted(values);
  const rank = (p / 100) * (s.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const a = s[lower] ?? Number.NaN;
  const b = s[upper] ?? Number.NaN;
  return a + (b - a) * (rank - lower);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export function summarise(values: readonly number[]): Summary {
  return { n: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
}

/** Milliseconds for a table: one decimal below 100 ms, whole numbers above. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return "–";
  return value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US");
}

/** A rate (0–1) as a percentage with one decimal. */
export function pct(value: number): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(1)} %` : "–";
}

/** A ratio with two decimals and a ×. */
export function times(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : "–";
}
