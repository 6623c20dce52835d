/**
 * One line's split in exact JS numbers, held as floors, remainders below ΣW and their buckets, and
 * its shares given out (contract §4 steps 3–4, rule.ts): the floors, then one unit each to the
 * best claims. The key columns (columnResplit.ts) fill these splits; this file gives them out.
 *
 * The units left go to the largest remainders as in split.ts (unitsLeft.ts): remainders spread
 * evenly, so n buckets by r·n/ΣW hold about one each; every remainder above the cut-off bucket
 * gets a unit, and only the cut-off bucket is ordered by the rule's claim order (remainder,
 * weight, name). Where every weight is the same (`equal`), every remainder is too: the first
 * names take the units.
 */
import { inNameOrder, ranksAt } from './integerWeights';
import { tieBreak } from './rule';
import { cutOff, giveInNameOrder, orderClaims, type ClaimOrder } from './unitsLeft';

/**
 * One split of the current line: floors, remainders below `total` (ΣW), their buckets (see the
 * file comment) and the units left. A column's split serves its single key and its mixes.
 */
export interface Split {
  readonly floors: Float64Array;
  readonly rests: Float64Array;
  readonly bucketOf: Int32Array;
  readonly counts: Int32Array;
  /** Where this split's own weights are written: gathered values, or a mix's summed terms. */
  readonly buffer: Float64Array;
  /**
   * Weights, for the tie order, times `weightScale` (plus what is the same for all): a column's
   * values at the participants (`buffer`, or when everyone takes part the column itself, never
   * written to), or for a mix its varying terms' (W_i = Σ F_k·u_k,i).
   */
  weights: Float64Array;
  weightScale: number;
  total: number;
  left: number;
  /** Every weight the same: every remainder too, so the units left go in name order. */
  uniform: boolean;
}

export const newSplit = (n: number): Split => ({
  floors: new Float64Array(n),
  rests: new Float64Array(n),
  bucketOf: new Int32Array(n),
  counts: new Int32Array(n),
  buffer: new Float64Array(n),
  weights: new Float64Array(0),
  weightScale: 1,
  total: 0,
  left: 0,
  uniform: false,
});

/** What giving out a split's shares needs besides the split, kept for a whole run. */
export interface Giving {
  /** Indices of the cut-off bucket's remainders. */
  readonly members: Int32Array;
  /** The claim order of the split being given out. */
  readonly claims: LineClaims;
  /** Each municipality's place in code-point order of the names (rule.ts nameRanks). */
  readonly byName: Int32Array;
  /** The municipalities in that order. */
  readonly nameOrder: Int32Array;
  /** Room for a line's participants in name order (integerWeights.ts inNameOrder): each `places` long. */
  readonly placesAt: Int32Array;
  readonly participantAt: Int32Array;
  readonly order: Int32Array;
}

/**
 * The units left of a split whose remainders all tie go to the first names among the line's
 * participants at `positions` (unitsLeft.ts).
 */
function giveToFirstNames(
  left: number,
  positions: Int32Array,
  into: Float64Array,
  { byName, nameOrder, placesAt, participantAt, order }: Giving,
): void {
  // When everyone takes part, the line's name order is the municipalities'.
  if (positions.length === nameOrder.length) {
    giveInNameOrder(left, nameOrder, into);
    return;
  }
  const places = ranksAt(byName, positions, placesAt.subarray(0, positions.length));
  const first = inNameOrder(places, nameOrder.length, participantAt, order, left);
  giveInNameOrder(left, first, into, positions);
}

/**
 * Adds `split`'s shares to `into` by place: its floors, and one unit each to the `left` best
 * claims: those in buckets above the cut-off, then the cut-off bucket's in the rule's claim order
 * (rule.ts compareClaims and tieOrder: remainder, weight, then name).
 */
export function giveShares(
  split: Split,
  positions: Int32Array,
  into: Float64Array,
  giving: Giving,
): void {
  const { floors, bucketOf, counts, left } = split;
  const n = positions.length;
  if (split.uniform) {
    const f = floors[0] ?? 0;
    for (const i of positions) into[i] = (into[i] ?? 0) + f;
    if (left > 0) giveToFirstNames(left, positions, into, giving);
    return;
  }
  if (left === 0) {
    for (let k = 0; k < n; k++) {
      const i = positions[k] ?? 0;
      into[i] = (into[i] ?? 0) + (floors[k] ?? 0);
    }
    return;
  }
  const { cut, above } = cutOff(counts, n, left);
  const { members, claims } = giving;
  let m = 0;
  for (let k = 0; k < n; k++) {
    const b = bucketOf[k] ?? 0;
    const i = positions[k] ?? 0;
    // A unit when the bucket is above the cut-off, without a branch on each remainder's coin flip.
    into[i] = (into[i] ?? 0) + (floors[k] ?? 0) + ((cut - b) >>> 31);
    if (b === cut) members[m++] = k;
  }
  const need = left - above;
  if (need < m) {
    claims.split = split;
    claims.positions = positions;
    orderClaims(members, m, need, claims);
  }
  for (let t = 0; t < need; t++) {
    const i = positions[members[t] ?? 0] ?? 0;
    into[i] = (into[i] ?? 0) + 1;
  }
}

/**
 * The rule's claim order of the split being given out (rule.ts compareClaims and tieOrder): the
 * larger remainder, then the larger weight, then the name that sorts first. Its split and the
 * participants' places are set before it is asked (one per run: no closure made per split).
 */
export interface LineClaims extends ClaimOrder {
  split: Split;
  positions: Int32Array;
}

/** {@link LineClaims} of municipalities whose places in name order are `byName`. */
export function lineClaims(byName: Int32Array): LineClaims {
  const self: LineClaims = {
    split: newSplit(0),
    positions: new Int32Array(0),
    byRemainder: (x, y) => (self.split.rests[y] ?? 0) - (self.split.rests[x] ?? 0),
    byTie: (x, y) => {
      const { split, positions } = self;
      const { weights, weightScale } = split;
      return tieBreak(
        weightScale * ((weights[y] ?? 0) - (weights[x] ?? 0)),
        byName[positions[x] ?? 0] ?? 0,
        byName[positions[y] ?? 0] ?? 0,
      );
    },
  };
  return self;
}
