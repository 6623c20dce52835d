/**
 * The units left of a split go to the largest remainders (contract §4 step 4). The fast routes
 * count the remainders into buckets that never put a larger remainder below a smaller one; this is
 * the one place that finds where the units stop.
 */

/** The cut-off bucket and how many remainders the buckets above it hold. */
export interface CutOff {
  /** The highest bucket that, with those above it, holds at least `left` remainders. */
  readonly cut: number;
  /** Remainders in the buckets above `cut`: each gets a unit; `left − above` go within `cut`. */
  readonly above: number;
}

/** Where `left` units stop among buckets `counts` (counts[b]: remainders in bucket b, 0 … n−1). */
export function cutOff(counts: Int32Array, n: number, left: number): CutOff {
  let above = 0;
  let cut = n - 1;
  while (above + (counts[cut] ?? 0) < left) above += counts[cut--] ?? 0;
  return { cut, above };
}
