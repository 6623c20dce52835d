/** Timing helpers: the median of repeated runs, so one slow run (a GC pause) does not decide. */

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export interface Timed<T> {
  /** The last run's result. */
  readonly result: T;
  readonly median: number;
  readonly runs: readonly number[];
}

/** Run `fn` `runs` times (at least once) and return the median time in milliseconds. */
export function time<T>(fn: () => T, runs: number): Timed<T> {
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < Math.max(1, runs); i += 1) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  return { result: result as T, median: median(times), runs: times };
}

/** The same for an async `fn`. */
export async function timeAsync<T>(fn: () => Promise<T>, runs: number): Promise<Timed<T>> {
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < Math.max(1, runs); i += 1) {
    const start = performance.now();
    result = await fn();
    times.push(performance.now() - start);
  }
  return { result: result as T, median: median(times), runs: times };
}

/** Wall and CPU milliseconds of one call of `work` (CPU says more on a shared machine). */
export async function wallAndCpu(
  work: () => Promise<void>,
): Promise<{ ms: number; cpuMs: number }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await work();
  const used = process.cpuUsage(cpu);
  return {
    ms: Math.round(performance.now() - start),
    cpuMs: Math.round((used.user + used.system) / 1000),
  };
}
