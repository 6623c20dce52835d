/**
 * Contract §4 step 4 for the fast routes: after the floors, the units left go one each to the
 * largest remainders; ties to the larger weight, then to the name that sorts first. rule.ts states
 * it plainly (compareClaims sorts every claim); this file is the one way the fast routes
 * (split.ts in JS numbers and BigInt, lineSplit.ts for the key columns) reach the same units.
 *
 * The routes count the remainders into buckets that never put a larger remainder below a smaller
 * one (n buckets of width ΣW/n: about one remainder each). {@link cutOff} finds the bucket where the
 * units stop: every claim above it takes a unit; {@link orderClaims} says which claims of that
 * bucket take the rest, in the rule's claim order ({@link ClaimOrder}). Equal weights tie every
 * remainder: {@link giveInNameOrder} gives their units to the first names, without a sort.
 *
 * Each route gathers the cut-off bucket's claims itself, in the pass that gives every claim above
 * it its unit (the key columns add the floors in that pass too): gathering them here, in a pass of
 * its own, made the comparison measurably slower.
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

/**
 * How a route compares two claims on a unit (x and y: its own indices of two participants), as
 * rule.ts compareClaims does: first by remainder, then by the tie order.
 */
export interface ClaimOrder {
  /** Below 0 when x's remainder is the larger, above 0 when y's is, 0 when they are equal. */
  byRemainder(x: number, y: number): number;
  /**
   * Below 0 when x comes first in the tie order (rule.ts tieBreak: the larger weight, then the
   * name that sorts first), above 0 when y does; never 0 for two participants.
   */
  byTie(x: number, y: number): number;
}

/** Whether x's claim on a unit comes before y's (§4.4): the larger remainder, then the tie order. */
function before(order: ClaimOrder, x: number, y: number): boolean {
  const byRemainder = order.byRemainder(x, y);
  return byRemainder !== 0 ? byRemainder < 0 : order.byTie(x, y) < 0;
}

/** Up to this many claims are ordered by insertion: no array or closure (the bucket holds ~2). */
const SHORT = 16;

/**
 * Puts the `need` best claims among the first m `members` (the cut-off bucket's claims) first, in
 * claim order: those take the bucket's units. A long tie (a key of few values) is sorted.
 */
export function orderClaims(members: Int32Array, m: number, need: number, order: ClaimOrder): void {
  if (need >= m) return;
  if (m > SHORT) {
    members.subarray(0, m).sort((x, y) => (x === y ? 0 : before(order, x, y) ? -1 : 1));
    return;
  }
  for (let t = 1; t < m; t++) {
    const x = members[t] ?? 0;
    let u = t - 1;
    for (; u >= 0 && before(order, x, members[u] ?? 0); u--) members[u + 1] = members[u] ?? 0;
    members[u + 1] = x;
  }
}

/**
 * Equal weights: every remainder ties and so does every weight, so the `left` units go one each
 * to the participants whose names sort first (§4.4): the first `left` of `nameOrder` (the
 * participants in name order, integerWeights.ts inNameOrder), each a place in `into`, or a
 * participant whose place is `at[participant]` when `at` is given.
 */
export function giveInNameOrder(
  left: number,
  nameOrder: Int32Array,
  into: Float64Array,
  at: Int32Array | null = null,
): void {
  for (let p = 0; p < left; p++) {
    const k = nameOrder[p] ?? 0;
    const i = at ? (at[k] ?? 0) : k;
    into[i] = (into[i] ?? 0) + 1;
  }
}
