/**
 * The whole-proposal knapsack bound (suffixKnapsack.ts) cuts the set search: it must never be
 * below the best subset that fits, or a cut could drop the optimum. Checked against every subset
 * of small random suffixes, rounding included (coarse steps).
 */
import fc from 'fast-check';
import { suffixKnapsack } from '../../../src/engine/prioritise/suffixKnapsack';

/** The most value of a subset of order[p..] whose sizes sum to at most `room`, by trying all. */
function bestSubset(
  order: readonly number[],
  value: readonly number[],
  size: readonly number[],
  p: number,
  room: number,
): number {
  const rest = order.slice(p);
  let best = 0;
  for (let mask = 0; mask < 1 << rest.length; mask += 1) {
    let v = 0;
    let s = 0;
    rest.forEach((i, n) => {
      if ((mask >> n) & 1) {
        v += value[i] ?? 0;
        s += size[i] ?? 0;
      }
    });
    if (s <= room) best = Math.max(best, v);
  }
  return best;
}

describe('§5 funding plan, set search: the whole-proposal knapsack bound', () => {
  test('never below the best subset of any suffix, for any room up to the capacity', () => {
    let tight = 0;
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: fc.nat(1000), size: fc.nat(500) }), {
          minLength: 1,
          maxLength: 9,
        }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.nat(),
        (items, capacity, steps, seed) => {
          const value = items.map((item) => item.value);
          const size = items.map((item) => item.size);
          // A decision order other than the input's.
          const order = items
            .map((_, i) => i)
            .sort((a, b) => ((a * 7 + seed) % 11) - ((b * 7 + seed) % 11));
          const bound = suffixKnapsack(order, value, size, capacity, steps);
          for (let p = 0; p <= order.length; p += 1) {
            for (const room of [0, 1, capacity >> 2, capacity >> 1, capacity - 1, capacity]) {
              const exact = bestSubset(order, value, size, p, room);
              expect(bound(p, room)).toBeGreaterThanOrEqual(exact);
              if (bound(p, room) === exact) tight += 1;
            }
          }
          expect(bound(0, -1)).toBeLessThan(0);
        },
      ),
      { numRuns: 400, seed: 19 },
    );
    // Mostly exact, or the bound would cut nothing.
    expect(tight).toBeGreaterThan(5000);
  });
});
