/**
 * An upper bound on what the proposals still to decide can add to a plan's score within one
 * budget: the 0-1 knapsack of every suffix of the decision order, by dynamic programming. The
 * fractional knapsack the searches use elsewhere may take a part of one proposal, which on a
 * region's plan (a handful of funded proposals per budget) is worth half a proposal; this one
 * takes whole proposals only.
 *
 * Sizes are counted in whole units of `unit` (at least 1), each rounded down, and so is the room:
 * proposals that fit the room still fit after rounding (Σ⌊c/u⌋ ≤ ⌊Σc/u⌋ ≤ ⌊room/u⌋), so the
 * table's value is never below the true best. The table holds (proposals + 1) × (steps + 1)
 * numbers.
 */

/**
 * The bound for `order` (item indices in decision order) with `value` and `size` per item and the
 * whole `capacity` (a whole number): `bound(p, room)` is at least the most score a subset of
 * order[p..] can have within `room`.
 */
export function suffixKnapsack(
  order: readonly number[],
  value: readonly number[],
  size: readonly number[],
  capacity: number,
  steps: number,
): (p: number, room: number) => number {
  const unit = Math.max(1, Math.ceil(capacity / steps));
  const width = Math.floor(capacity / unit) + 1;
  const n = order.length;
  const table = new Float64Array((n + 1) * width);
  for (let p = n - 1; p >= 0; p -= 1) {
    const i = order[p] ?? 0;
    const v = value[i] ?? 0;
    // Integers below 2^53: the quotient's floor is exact.
    const w = Math.floor((size[i] ?? 0) / unit);
    const row = p * width;
    const next = (p + 1) * width;
    for (let x = 0; x < width; x += 1) {
      const skip = table[next + x] ?? 0;
      const take = x >= w ? (table[next + x - w] ?? 0) + v : -1;
      table[row + x] = take > skip ? take : skip;
    }
  }
  return (p, room) => {
    if (room < 0) return -1;
    const x = Math.min(width - 1, Math.floor(room / unit));
    return table[p * width + x] ?? 0;
  };
}
