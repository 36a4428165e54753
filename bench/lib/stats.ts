// Small helpers shared by the benchmarks: a seeded PRNG (runs are repeatable), percentiles and the
// machine's load (other work on 2 cores changes timings a lot, so every result says what it was).
import os from 'node:os';

/** mulberry32: a tiny, fast, seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Nearest-rank percentile of an unsorted sample (p in 0–100). */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export function summarize(sample: readonly number[]): { n: number; mean: number; p50: number; p95: number; p99: number; max: number } {
  const mean = sample.reduce((s, x) => s + x, 0) / (sample.length || 1);
  return { n: sample.length, mean, p50: percentile(sample, 50), p95: percentile(sample, 95), p99: percentile(sample, 99), max: Math.max(...sample) };
}

export const ms = (x: number): string => x.toFixed(1);

/** "1.23 / 0.98 / 0.75": the machine's 1/5/15-minute load average, printed with every result. */
export function loadAverage(): string {
  return os.loadavg().map((x) => x.toFixed(2)).join(' / ');
}
