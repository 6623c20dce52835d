/**
 * The allocation rule, in one place: contract §4 (exact allocation) with the weights that feed it,
 * §3 (key values and the mix), §9 (tapers) and §12 (Shapley values as weights).
 *
 * Read this file to know what a share is. Production uses these functions themselves: the exact
 * weights of every stand-alone, Shapley and decimal key, the tie order of BigInt weights, the
 * ties of every route, and the mix's factors on every route. The rest of `allocate/` holds faster
 * ways to the same answer: the split routes (`SplitRoute`, split.ts) with their floors in JS
 * numbers (floors.ts) and their units left (unitsLeft.ts: step 4, one way for every route), weights
 * and the tie order in JS numbers (keys.ts, integerWeights.ts) and the comparison's re-split from
 * key columns (columnResplit.ts, lineSplit.ts), each property-tested against this file in
 * tests/engine/allocate/routes.test.ts and unitsLeft.test.ts (and this file against the contract
 * in rule.test.ts).
 *
 * - §3: a single key gives participant i its value v_i ({@link keyValue}); a mix `P_1% k_1 + …`
 *   gives w_i = Σ_k P_k · v_k,i / Σ_j v_k,j: shares are mixed, not raw values ({@link exactWeights}).
 * - §4.1–3: a = the amount in whole units (`unitsOf`, units.ts); Σw = 0 cannot be split (null
 *   weights); q_i = a · w_i / Σw exactly; f_i = ⌊q_i⌋ ({@link floorsAndRemainders}).
 * - §4.4: the a − Σf_i units left go one each to the largest fractional parts q_i − f_i; ties to the
 *   larger weight, then to the name that sorts first in code-point order of the trimmed name
 *   ({@link tieBreak}, {@link tieOrder}, {@link compareClaims}).
 * - §4.5: so shares add up to a, do not depend on row order, and a weight of 0 gets 0
 *   ({@link splitByRule}).
 */
import type { KeyExpression, Municipality, SingleKey } from '../model';
import {
  add,
  commonDenominator,
  compare,
  fromNumber,
  isZero,
  mul,
  ONE,
  rational,
  sub,
  ZERO,
  type Rational,
} from '../rational';
import { compareCodePoints } from './units';

/** No values: for keys that need no stand-alone costs or Shapley values. Never written to. */
export const NONE: ReadonlyMap<string, Rational> = new Map();

// ---- §3, §9, §12: a participant's value under one key -----------------------------------------

/**
 * A tapered value (contract v1.1 §9): min(v, T) + rate · max(v − T, 0), exactly. With the
 * KOMBIT taper (T = 150,000, rate ½) a municipality of 200,000 weighs 150,000 + 25,000 = 175,000.
 */
export function taperedValue(v: Rational, threshold: Rational, rate: Rational): Rational {
  return compare(v, threshold) <= 0 ? v : add(threshold, mul(rate, sub(v, threshold)));
}

// Counts are whole numbers almost always: skip the decimal-text route for them.
const fromCount = (n: number | null): Rational =>
  n === null ? ZERO : Number.isSafeInteger(n) ? rational(BigInt(n)) : fromNumber(n);

/** Headers compared as the contract matches them: case-insensitive, ignoring spaces, `-`, `_`, `.`. */
const normaliseHeader = (header: string): string => header.toLowerCase().replace(/[\s\-_.]/g, '');

/** A municipality's value in a custom column of `Municipalities` (blank or missing: 0). */
export function customValue(municipality: Municipality, column: string): Rational {
  const exact = municipality.customKeys.get(column);
  if (exact !== undefined) return exact ?? ZERO;
  const wanted = normaliseHeader(column);
  for (const [header, value] of municipality.customKeys) {
    if (normaliseHeader(header) === wanted) return value ?? ZERO;
  }
  return ZERO;
}

/**
 * A municipality's value under one key: its population, PCs, custom column, 1 for `equal`, its
 * stand-alone cost of the item for `standalone`, its Shapley value of the item for `shapley`
 * (`shapley`: municipality name → φ_i, computed by the caller for the item), or its tapered base
 * value. A blank (or missing) value counts as 0 here; the parser reports blanks and missing
 * stand-alone costs as errors.
 */
export function keyValue(
  key: SingleKey,
  municipality: Municipality,
  standAlone: ReadonlyMap<string, Rational>,
  shapley: ReadonlyMap<string, Rational> = NONE,
): Rational {
  switch (key.kind) {
    case 'population':
      return fromCount(municipality.population);
    case 'pcs':
      return fromCount(municipality.pcs);
    case 'equal':
      return ONE;
    case 'standalone':
      return standAlone.get(municipality.name) ?? ZERO;
    case 'custom':
      return customValue(municipality, key.column);
    case 'shapley':
      return shapley.get(municipality.name) ?? ZERO;
    case 'taper':
      return taperedValue(keyValue(key.base, municipality, standAlone), key.threshold, key.rate);
  }
}

// ---- §3: the mix ----------------------------------------------------------------------------------

/** Rationals as whole numbers over their common denominator: v_i = whole_i / denominator. */
export function overCommonDenominator(values: readonly Rational[]): ExactWeights {
  const denominator = commonDenominator(values);
  return { whole: values.map((v) => v.num * (denominator / v.den)), denominator };
}

/** The terms of a key that count: a term of 0 % is ignored. */
export const countedTerms = (key: KeyExpression): KeyExpression['terms'] =>
  key.terms.filter((term) => !isZero(term.fraction));

/**
 * The mix over whole numbers. With term k's values brought to whole numbers u_k,i (all scaled by
 * one factor, so u_k,i / U_k = v_k,i / Σ_j v_k,j, where U_k = Σ_i u_k,i > 0) and its fraction
 * p_k / q_k, Q the common denominator of the fractions:
 *   w_i = Σ_k (p_k/q_k) · u_k,i / U_k = W_i / D,  W_i = Σ_k factor_k · u_k,i,
 *   factor_k = (p_k · Q / q_k) · Π_{l≠k} U_l,    D = Q · Π_k U_k = Σ_i W_i.
 * Example, `30% equal + 70% population` over n participants of population P in all: factors 3·P
 * and 7·n, D = 10·n·P, so W_i = 3·P + 7·n·p_i.
 */
export function mixFactors(
  fractions: readonly Rational[],
  totals: readonly bigint[],
): { readonly factors: bigint[]; readonly denominator: bigint } {
  const { coefficients, common } = mixCoefficients(fractions);
  const factors = coefficients.map((coefficient, k) => {
    const others = totals.reduce((acc, total, l) => (l === k ? acc : acc * total), 1n);
    return coefficient * others;
  });
  return { factors, denominator: totals.reduce((acc, total) => acc * total, common) };
}

/**
 * The key's own part of {@link mixFactors}, the same for every participant list: Q, the common
 * denominator of the fractions p_k / q_k, and each p_k · Q / q_k (at most Q: a fraction is ≤ 1).
 */
export function mixCoefficients(fractions: readonly Rational[]): {
  readonly coefficients: bigint[];
  readonly common: bigint;
} {
  const common = commonDenominator(fractions);
  const coefficients = fractions.map((fraction) => (fraction.num * common) / fraction.den);
  return { coefficients, common };
}

/** Exact weights w_i = whole[i] / denominator, whole numbers over one common denominator. */
export interface ExactWeights {
  readonly whole: readonly bigint[];
  readonly denominator: bigint;
}

/**
 * The weights w_i of `participants` (in their order) under `key` (contract §3), exactly, as whole
 * numbers over one denominator: a single key gives each participant its own value, a mix
 * Σ_k P_k · v_k,i / Σ_j v_k,j ({@link mixFactors}). `20% equal + 80% population` over populations
 * 1000 and 3000 gives 0.2·½ + 0.8·¼ = 0.3 and 0.2·½ + 0.8·¾ = 0.7.
 *
 * `standAlone` maps municipality name → its stand-alone cost of the item being split, `shapley`
 * → its Shapley value of the item (both needed only by keys that use them).
 * Null when a term's values add up to 0 over the participants: it cannot be normalised (for a
 * single key: nothing to split by), which the caller reports as `ZERO_WEIGHTS`.
 */
export function exactWeights(
  key: KeyExpression,
  participants: readonly Municipality[],
  standAlone: ReadonlyMap<string, Rational>,
  shapley: ReadonlyMap<string, Rational> = NONE,
): ExactWeights | null {
  const terms = countedTerms(key);
  const units: (readonly bigint[])[] = [];
  const totals: bigint[] = [];
  let single: ExactWeights | null = null;
  for (const term of terms) {
    const values = participants.map((m) => keyValue(term.key, m, standAlone, shapley));
    single = overCommonDenominator(values);
    const total = single.whole.reduce((acc, u) => acc + u, 0n);
    if (total === 0n) return null;
    units.push(single.whole);
    totals.push(total);
  }
  if (units.length === 1 && single) return single;
  const { factors, denominator } = mixFactors(
    terms.map((term) => term.fraction),
    totals,
  );
  const whole = participants.map((_, i) =>
    units.reduce((acc, values, k) => acc + (factors[k] ?? 0n) * (values[i] ?? 0n), 0n),
  );
  return { whole, denominator };
}

/** {@link exactWeights} as rationals w_i (a single key: the values themselves). */
export function keyWeights(
  key: KeyExpression,
  participants: readonly Municipality[],
  standAlone: ReadonlyMap<string, Rational>,
  shapley: ReadonlyMap<string, Rational> = NONE,
): readonly Rational[] | null {
  const exact = exactWeights(key, participants, standAlone, shapley);
  return exact && exact.whole.map((w) => rational(w, exact.denominator));
}

// ---- §4.4: the tie order --------------------------------------------------------------------------

/** Each participant's place in `order` (participants listed best first). */
export function ranksOf(order: ArrayLike<number>): Int32Array {
  const ranks = new Int32Array(order.length);
  for (let rank = 0; rank < order.length; rank++) ranks[order[rank] ?? 0] = rank;
  return ranks;
}

/**
 * Each name's place in code-point order of the trimmed names (untrimmed as a last resort, which
 * only keeps the order total: names are unique after trimming, contract §2).
 */
export function nameRanks(names: readonly string[]): Int32Array {
  const trimmed = names.map((name) => name.trim());
  const order = names.map((_, i) => i);
  order.sort(
    (a, b) =>
      compareCodePoints(trimmed[a] ?? '', trimmed[b] ?? '') ||
      compareCodePoints(names[a] ?? '', names[b] ?? ''),
  );
  return ranksOf(order);
}

/**
 * Which of two participants with tied remainders takes a unit first (§4.4): the larger weight
 * (`larger` < 0 when the first one's weight is the larger, > 0 when the second's), then the name
 * that sorts first (`nameA`, `nameB`: their {@link nameRanks} places).
 */
export const tieBreak = (larger: number, nameA: number, nameB: number): number =>
  larger || nameA - nameB;

/**
 * The n participants (their indices) in the order §4.4 gives tied remainders their units
 * ({@link tieBreak}): `larger(a, b)` < 0 when a's weight is the larger, `byName` each
 * participant's {@link nameRanks} place.
 */
export function tieOrder(
  n: number,
  larger: (a: number, b: number) => number,
  byName: Int32Array,
): Int32Array {
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => tieBreak(larger(a, b), byName[a] ?? 0, byName[b] ?? 0));
  return Int32Array.from(order);
}

/**
 * Which of two participants takes a unit first (§4.4): the larger remainder (a·W_i mod ΣW, the
 * fractional part q_i − f_i over ΣW), then the better place in the tie order (`tieRank`, from
 * {@link ranksOf} of {@link tieOrder}).
 */
export const compareClaims =
  (remainders: readonly bigint[], tieRank: () => Int32Array) =>
  (x: number, y: number): number => {
    const [rx, ry] = [remainders[x] ?? 0n, remainders[y] ?? 0n];
    if (rx !== ry) return rx > ry ? -1 : 1;
    const rank = tieRank();
    return (rank[x] ?? 0) - (rank[y] ?? 0);
  };

// ---- §4.3–5: the split ----------------------------------------------------------------------------

/** ⌊n / d⌋ for d > 0 (BigInt division truncates towards zero). */
export function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n < 0n && q * d !== n ? q - 1n : q;
}

/**
 * Floors and remainders of `amount` by whole weights W_i (ΣW = `total` > 0): f_i = ⌊a·W_i / ΣW⌋ and
 * a·W_i − f_i·ΣW, the fractional part of q_i times ΣW (remainders compare as whole numbers).
 */
export function floorsAndRemainders(
  amount: bigint,
  whole: readonly bigint[],
  total: bigint,
): { readonly floors: bigint[]; readonly remainders: bigint[]; readonly left: number } {
  const n = whole.length;
  const floors = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  let left = amount;
  for (let i = 0; i < n; i++) {
    const product = amount * (whole[i] ?? 0n);
    const f = floorDiv(product, total);
    floors[i] = f;
    remainders[i] = product - f * total;
    left -= f;
  }
  // Σ of the fractional parts is exactly `left` (0 ≤ left < n): that many units are left.
  return { floors, remainders, left: Number(left) };
}

/**
 * The shares of `amount` by whole weights (ΣW = `total` > 0), in their order, as §4 says: floors,
 * then one unit each to the `left` best claims ({@link compareClaims}). Every claim is sorted: the
 * plain statement of the rule, which the fast routes must match unit for unit.
 */
export function splitByRule(
  amount: bigint,
  whole: readonly bigint[],
  total: bigint,
  tieRank: () => Int32Array,
): bigint[] {
  const { floors, remainders, left } = floorsAndRemainders(amount, whole, total);
  const claims = whole.map((_, i) => i).sort(compareClaims(remainders, tieRank));
  for (const i of claims.slice(0, left)) floors[i] = (floors[i] ?? 0n) + 1n;
  return floors;
}
