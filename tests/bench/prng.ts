/**
 * A small seeded pseudo-random generator (mulberry32), so every synthetic workbook is the same on
 * every machine and every run: the bench's figures are comparable across commits.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct indexes of [0, n), in ascending order. */
  sample(n: number, count: number): number[];
  /** A log-uniform float in [min, max): many small values, a few large, as municipal sizes are. */
  logUniform(min: number, max: number): number;
}

/** A generator seeded by `seed` (any 32-bit whole number). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('pick from an empty list');
      return item;
    },
    sample: (n, count) => {
      // Partial Fisher–Yates over the indexes: exact count, no repeats.
      const indexes = Array.from({ length: n }, (_, i) => i);
      const wanted = Math.min(count, n);
      for (let i = 0; i < wanted; i += 1) {
        const j = int(i, n - 1);
        [indexes[i], indexes[j]] = [indexes[j] ?? 0, indexes[i] ?? 0];
      }
      return indexes.slice(0, wanted).sort((a, b) => a - b);
    },
    logUniform: (min, max) => Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))),
  };
}
