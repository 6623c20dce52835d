/**
 * The exact split of one amount by weights (contract §4): largest remainder, never a float
 * approximation.
 *
 * With integer weights W_i (see integerWeights.ts), q_i = a·W_i / ΣW, so f_i = ⌊a·W_i / ΣW⌋ and the
 * fractional part of q_i is the remainder (a·W_i mod ΣW) / ΣW: remainders compare as whole numbers.
 * Two exact routes to them ({@link SplitRoute}): JS numbers, used whenever every intermediate value
 * stays a safe integer (then the arithmetic is exact, not approximate), and BigInt for everything
 * else. Both are fast ways to `splitByRule` (rule.ts), which states the rule plainly.
 */
import type { Rational } from '../rational';
import {
  bucketOf,
  EXACT,
  floorQuotient,
  productsFit,
  twoProductFloors,
  wholeFloors,
} from './floors';
import { integerWeights, type IntegerWeights } from './integerWeights';
import { floorsAndRemainders, overCommonDenominator, ranksOf } from './rule';
import { cutOff, giveInNameOrder, orderClaims, type ClaimOrder } from './unitsLeft';

export interface Weighted {
  readonly name: string;
  readonly weight: Rational;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Whether an amount can be split with JS numbers: 0 or more, and a safe integer. */
export const isSafeAmount = (amount: bigint): boolean => amount >= 0n && amount <= MAX_SAFE;

/** Scratch arrays of one run, reused between its splits: a split allocates nothing per participant. */
export interface SplitScratch {
  rests: Float64Array;
  counts: Int32Array;
  bucketOf: Int32Array;
  members: Int32Array;
  shares: Float64Array;
  claims: Claims;
}

/** Scratch for one run (an allocation, a comparison, a re-split), grown as its splits need. */
export function splitScratch(): SplitScratch {
  return {
    rests: new Float64Array(0),
    counts: new Int32Array(0),
    bucketOf: new Int32Array(0),
    members: new Int32Array(0),
    shares: new Float64Array(0),
    claims: claims(),
  };
}

function grow(scratch: SplitScratch, n: number): void {
  if (scratch.rests.length >= n) return;
  scratch.rests = new Float64Array(n);
  scratch.counts = new Int32Array(n);
  scratch.bucketOf = new Int32Array(n);
  scratch.members = new Int32Array(n);
  scratch.shares = new Float64Array(n);
}

/**
 * f_i into `out`, the remainders into `rests` and their buckets into `bucketOf` and `counts`
 * (floors.ts), with JS numbers; returns a − Σf_i, the units left, or −1 (nothing written) when
 * some intermediate value would not be a safe integer.
 */
function floorsWithNumbers(
  a: number,
  weights: Float64Array,
  largest: number,
  total: number,
  out: Float64Array,
  scratch: SplitScratch,
): number {
  const n = weights.length;
  // a·W_i itself is exact: one product each (the two products cost several times as much).
  if (a * largest <= EXACT && total <= EXACT)
    return wholeFloors(a, weights, n, total, out, scratch);
  return productsFit(a, total) ? twoProductFloors(a, weights, n, total, out, scratch) : -1;
}

/**
 * The claims of the split under way as a {@link ClaimOrder}: its remainders and its tie order, set
 * before a split asks (one per run: no closure made per split), the tie order's ranks kept while
 * splits use the same order (prepared weights keep theirs).
 */
interface Claims extends ClaimOrder {
  rests: Float64Array | readonly bigint[];
  tieOrder: TieOrder;
}

function claims(): Claims {
  let ranked: Int32Array | null = null;
  let ranks: Int32Array = new Int32Array(0);
  const rank = (i: number): number => {
    const order = self.tieOrder();
    if (ranked !== order) {
      ranks = ranksOf(order);
      ranked = order;
    }
    return ranks[i] ?? 0;
  };
  const self: Claims = {
    rests: new Float64Array(0),
    // Set by each split before it asks (see giveUnitsLeft, giveBigIntUnitsLeft).
    tieOrder: () => new Int32Array(0),
    // JS numbers or BigInt, never both in one split: either compares as it is.
    byRemainder: (x, y) => {
      const rx = self.rests[x] ?? 0;
      const ry = self.rests[y] ?? 0;
      return rx === ry ? 0 : rx > ry ? -1 : 1;
    },
    byTie: (x, y) => rank(x) - rank(y),
  };
  return self;
}

/**
 * Gives the `left` units to the largest remainders in `rests` (the first n), ties at the cut-off to
 * the tie order. Remainders are spread evenly, so n buckets by rest·n/total (counted by
 * {@link floorsWithNumbers}) hold about one each: every remainder in a bucket above the cut-off
 * bucket gets a unit, and only the few in that bucket are ordered (unitsLeft.ts). A float bucket
 * index is fine: it never decreases as the remainder grows, so the buckets above hold only larger
 * remainders and those below smaller.
 */
function giveUnitsLeft(
  left: number,
  n: number,
  tieOrder: TieOrder,
  out: Float64Array,
  scratch: SplitScratch,
): void {
  const { rests, counts, bucketOf, members, claims } = scratch;
  const { cut, above } = cutOff(counts, n, left);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const b = bucketOf[i] ?? 0;
    if (b > cut) out[i] = (out[i] ?? 0) + 1;
    else if (b === cut) members[m++] = i;
  }
  const need = left - above;
  if (need < m) {
    claims.rests = rests;
    claims.tieOrder = tieOrder;
    orderClaims(members, m, need, claims);
  }
  for (let k = 0; k < need; k++) {
    const i = members[k] ?? 0;
    out[i] = (out[i] ?? 0) + 1;
  }
}

/**
 * Equal weights: everyone gets ⌊a/n⌋ and every remainder is the same, so the units left go to the
 * first names in the tie order (unitsLeft.ts) — no division per participant.
 */
function splitEvenly(a: number, n: number, tieOrder: TieOrder, out: Float64Array): void {
  const each = floorQuotient(a, n, 1 / n);
  out.fill(each, 0, n);
  giveInNameOrder(a - each * n, tieOrder(), out);
}

/**
 * The participants (their indices) in contract §4's tie order, asked for only when a tie at the
 * cut-off needs it (see {@link IntegerWeights.tieOrder}).
 */
export type TieOrder = () => Int32Array;

/**
 * Splits `a` (≥ 0, a safe integer) by the whole-number weights `numbers` (ΣW = `total`, the
 * largest `largest`, all the same when `uniform`) into the first `numbers.length` places of `out`,
 * exactly: false (nothing useful written) when the numbers would not stay exact.
 */
export function splitNumbers(
  a: number,
  numbers: Float64Array,
  total: number,
  largest: number,
  uniform: boolean,
  tieOrder: TieOrder,
  out: Float64Array,
  scratch: SplitScratch,
): boolean {
  const n = numbers.length;
  grow(scratch, n);
  if (uniform && a + n <= EXACT) {
    splitEvenly(a, n, tieOrder, out);
    return true;
  }
  const left = floorsWithNumbers(a, numbers, largest, total, out, scratch);
  if (left < 0) return false;
  if (left > 0) giveUnitsLeft(left, n, tieOrder, out, scratch);
  return true;
}

/** Shares in `weights.names` order: JS numbers (exact: every one a safe integer) or BigInt. */
export type Shares = Float64Array | readonly bigint[];

/**
 * One exact way to split an amount by prepared weights (contract §4). Each route must give the
 * shares of {@link splitByRule}, unit for unit (tests/engine/allocate/routes.test.ts).
 */
export interface SplitRoute {
  readonly name: string;
  /**
   * The shares of `amount` by `weights`, or null when this route cannot stay exact for them (take
   * the next). A Float64Array answer is `into` when given, else lives in `scratch`: read it before
   * the next split.
   */
  split(
    amount: bigint,
    weights: IntegerWeights,
    scratch: SplitScratch,
    into?: Float64Array,
  ): Shares | null;
}

/** JS numbers, whenever the amount and every intermediate value stay safe integers. */
export const NUMBER_ROUTE: SplitRoute = {
  name: 'numbers',
  split(amount, weights, scratch, into) {
    const { numbers } = weights;
    if (numbers === null || !isSafeAmount(amount)) return null;
    const n = numbers.length;
    grow(scratch, n);
    const out = into ?? scratch.shares.subarray(0, n);
    const { total, largest, uniform } = weights;
    const ties = (): Int32Array => weights.tieOrder();
    const a = Number(amount);
    return splitNumbers(a, numbers, Number(total), largest, uniform, ties, out, scratch)
      ? out
      : null;
  },
};

/** BigInt, for any amount and any weights. */
export const BIGINT_ROUTE: SplitRoute = {
  name: 'bigint',
  split(amount, weights, scratch) {
    const { floors, remainders, left } = floorsAndRemainders(
      amount,
      weights.whole(),
      weights.total,
    );
    if (left > 0) giveBigIntUnitsLeft(left, remainders, weights, floors, scratch.claims);
    return floors;
  },
};

/** The routes production takes, fastest first; the last always answers. */
export const SPLIT_ROUTES: readonly SplitRoute[] = [NUMBER_ROUTE, BIGINT_ROUTE];

/** The shares of `amount` by `weights`, by the first route that stays exact (see {@link SplitRoute}). */
export function splitShares(
  amount: bigint,
  weights: IntegerWeights,
  scratch: SplitScratch,
  into?: Float64Array,
): Shares {
  for (const route of SPLIT_ROUTES) {
    const shares = route.split(amount, weights, scratch, into);
    if (shares) return shares;
  }
  throw new RangeError('no split route answered');
}

/**
 * {@link giveUnitsLeft} for BigInt remainders: buckets by the remainder's fraction as a float (a
 * conversion and a multiplication, both rounding monotonically, so a larger remainder never lands
 * in a lower bucket; a total beyond the float range puts everyone in one bucket), and the same
 * claim order in the cut-off bucket (unitsLeft.ts).
 */
function giveBigIntUnitsLeft(
  units: number,
  remainders: readonly bigint[],
  weights: IntegerWeights,
  floors: bigint[],
  claims: Claims,
): void {
  const n = remainders.length;
  const scale = n / Number(weights.total);
  const buckets = new Int32Array(n);
  const counts = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    // NaN (a remainder beyond the float range times a scale of 0) to the one bucket 0.
    const b = bucketOf(Number(remainders[i] ?? 0n), scale, n - 1) || 0;
    buckets[i] = b;
    counts[b] = (counts[b] ?? 0) + 1;
  }
  const { cut, above } = cutOff(counts, n, units);
  const members = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const b = buckets[i] ?? 0;
    if (b > cut) floors[i] = (floors[i] ?? 0n) + 1n;
    else if (b === cut) members[m++] = i;
  }
  const need = units - above;
  if (need < m) {
    claims.rests = remainders;
    claims.tieOrder = () => weights.tieOrder();
    orderClaims(members, m, need, claims);
  }
  for (let k = 0; k < need; k++) {
    const i = members[k] ?? 0;
    floors[i] = (floors[i] ?? 0n) + 1n;
  }
}

/**
 * Splits `amount` whole units among `weights` exactly (contract §4 steps 2–5): f_i = ⌊q_i⌋ and the
 * r = a − Σf_i units left go one each to the largest remainders, ties to the larger weight, then to
 * the name that sorts first in code-point order of the trimmed name. Example: 10000 øre over three
 * equal weights → 3334 to the first name, 3333 to the others.
 *
 * The shares add up to `amount`, do not depend on the order of `weights`, and a weight of 0 gets 0.
 * Returns the shares by name, or null when Σw = 0 (the amount cannot be split).
 * Throws on a negative weight or a repeated name: the parser rules both out, so either is a bug.
 */
export function splitExactly(
  amount: bigint,
  weights: readonly Weighted[],
): ReadonlyMap<string, bigint> | null {
  const prepared = integerWeights(
    weights.map((w) => w.name),
    overCommonDenominator(weights.map((w) => w.weight)).whole,
  );
  if (!prepared) return null;
  const shares = splitShares(amount, prepared, splitScratch());
  return new Map(prepared.names.map((name, i) => [name, BigInt(shares[i] ?? 0)]));
}
