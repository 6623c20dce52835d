/** Weights of the participants under a key expression (contract §3). */
import type { KeyExpression, Municipality, SingleKey } from '../model';
import {
  add,
  compare,
  div,
  fromNumber,
  isZero,
  mul,
  ONE,
  rational,
  sub,
  sum,
  ZERO,
  type Rational,
} from '../rational';

const NONE: ReadonlyMap<string, Rational> = new Map();

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

function customValue(municipality: Municipality, column: string): Rational {
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

/**
 * The weights w_i of `participants` (in their order) under `key` (contract §3).
 *
 * A single key gives each participant its own value. A mix `P_1% k_1 + P_2% k_2 + ...` gives
 * w_i = Σ_k P_k · v_k,i / Σ_j v_k,j: each key's shares are mixed, not its raw values, so
 * `20% equal + 80% population` over populations 1000 and 3000 gives 0.2·½ + 0.8·¼ = 0.3 and
 * 0.2·½ + 0.8·¾ = 0.7. Terms of 0 % are ignored.
 *
 * `standAlone` maps municipality name → its stand-alone cost of the item being split, `shapley`
 * → its Shapley value of the item (both needed only by keys that use them).
 * Returns null when a term's values add up to 0 over the participants: it cannot be normalised
 * (for a single key: nothing to split by), which the caller reports as `ZERO_WEIGHTS`.
 */
export function keyWeights(
  key: KeyExpression,
  participants: readonly Municipality[],
  standAlone: ReadonlyMap<string, Rational>,
  shapley: ReadonlyMap<string, Rational> = NONE,
): readonly Rational[] | null {
  const terms = key.terms.filter((term) => !isZero(term.fraction));
  const valuesOf = (k: SingleKey): Rational[] =>
    participants.map((m) => keyValue(k, m, standAlone, shapley));
  const [only] = terms;
  if (terms.length === 1 && only) {
    const values = valuesOf(only.key);
    return isZero(sum(values)) ? null : values;
  }
  let weights: Rational[] = participants.map(() => ZERO);
  for (const term of terms) {
    const values = valuesOf(term.key);
    const total = sum(values);
    if (isZero(total)) return null;
    const scale = div(term.fraction, total);
    weights = weights.map((w, i) => add(w, mul(scale, values[i] ?? ZERO)));
  }
  return weights;
}

const abs = (n: bigint): bigint => (n < 0n ? -n : n);
function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
const lcm = (a: bigint, b: bigint): bigint => (a / gcd(a, b)) * b;

/**
 * The weights of {@link keyWeights} as whole numbers over one common denominator, computed without
 * a rational per participant (each would reduce by a gcd): the values u_k,i of each term brought to
 * whole numbers, U_k = Σ_i u_k,i, and for fractions p_k/q_k with Q their common denominator,
 * W_i = Σ_k (p_k·Q/q_k) · u_k,i · Π_{l≠k} U_l, which is w_i · Q · Π_k U_k. Null as keyWeights.
 */
export function scaledKeyWeights(
  key: KeyExpression,
  participants: readonly Municipality[],
  standAlone: ReadonlyMap<string, Rational>,
  shapley: ReadonlyMap<string, Rational> = NONE,
): bigint[] | null {
  const terms = key.terms.filter((term) => !isZero(term.fraction));
  const units: bigint[][] = [];
  const totals: bigint[] = [];
  for (const term of terms) {
    const values = participants.map((m) => keyValue(term.key, m, standAlone, shapley));
    const denominator = values.reduce((d, v) => (v.den === 1n ? d : lcm(d, v.den)), 1n);
    const whole = values.map((v) => v.num * (denominator / v.den));
    const total = whole.reduce((acc, u) => acc + u, 0n);
    if (total === 0n) return null;
    units.push(whole);
    totals.push(total);
  }
  const [only] = units;
  if (units.length === 1 && only) return only;
  const common = terms.reduce((q, term) => lcm(q, term.fraction.den), 1n);
  const factors = terms.map((term, k) => {
    const others = totals.reduce((acc, total, l) => (l === k ? acc : acc * total), 1n);
    return ((term.fraction.num * common) / term.fraction.den) * others;
  });
  return participants.map((_, i) =>
    units.reduce((acc, values, k) => acc + (factors[k] ?? 0n) * (values[i] ?? 0n), 0n),
  );
}

/** A whole rational as a JS number when it is a safe integer, else null. */
const safeWhole = (value: Rational): number | null =>
  value.den === 1n && value.num <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value.num) : null;

/** A count or a whole custom value as a safe integer, else null (blank counts as 0). */
function wholeNumber(key: SingleKey, municipality: Municipality): number | null {
  switch (key.kind) {
    case 'population':
    case 'pcs': {
      const n = (key.kind === 'population' ? municipality.population : municipality.pcs) ?? 0;
      return Number.isSafeInteger(n) ? n : null;
    }
    case 'equal':
      return 1;
    case 'custom':
      return safeWhole(customValue(municipality, key.column));
    // A taper is whole where T and the rate make it so (KOMBIT's ½ of an even excess); a decimal
    // value sends the key to the exact rational route.
    case 'taper':
      return safeWhole(keyValue(key, municipality, NONE));
    case 'standalone':
    case 'shapley':
      return null;
  }
}

/**
 * Every municipality's value under a single key as a whole JS number, in `Municipalities` order;
 * null when one is not a safe integer (a decimal custom value or taper, say) or the key is
 * `standalone` or `shapley`.
 * Built once per key: a participant list's values are then read by position.
 */
export function wholeColumn(
  key: SingleKey,
  municipalities: readonly Municipality[],
): Float64Array | null {
  const values = new Float64Array(municipalities.length);
  for (const [i, m] of municipalities.entries()) {
    const v = wholeNumber(key, m);
    if (v === null) return null;
    values[i] = v;
  }
  return values;
}

/**
 * {@link scaledKeyWeights} in JS numbers, without a BigInt, for the participants at `positions`
 * (places in `Municipalities`), when every term has a {@link wholeColumn} and the common
 * denominator Q·Π U_k (which is also ΣW) is a safe integer: `unsplittable` when a term's values
 * add up to 0, `inexact` when numbers would not be exact (use scaledKeyWeights then).
 */
export function numericKeyWeights(
  key: KeyExpression,
  positions: Int32Array,
  columnOf: (key: SingleKey) => Float64Array | null,
): Float64Array | 'unsplittable' | 'inexact' {
  const terms = key.terms.filter((term) => !isZero(term.fraction));
  const n = positions.length;
  const columns: Float64Array[] = [];
  const totals: number[] = [];
  for (const term of terms) {
    const column = columnOf(term.key);
    if (column === null) return 'inexact';
    const values = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const v = column[positions[i] ?? 0] ?? 0;
      values[i] = v;
      total += v;
    }
    if (total === 0) return 'unsplittable';
    if (!Number.isSafeInteger(total)) return 'inexact';
    columns.push(values);
    totals.push(total);
  }
  const [only] = columns;
  if (columns.length === 1 && only) return only;
  const common = terms.reduce((q, term) => lcm(q, term.fraction.den), 1n);
  const product = totals.reduce((acc, total) => acc * BigInt(total), common);
  if (product > BigInt(Number.MAX_SAFE_INTEGER)) return 'inexact';
  const factors = terms.map((term, k) =>
    Number(
      ((term.fraction.num * common) / term.fraction.den) *
        (product / common / BigInt(totals[k] ?? 1)),
    ),
  );
  const weights = new Float64Array(n);
  columns.forEach((values, k) => {
    const factor = factors[k] ?? 0;
    for (let i = 0; i < n; i++) weights[i] = (weights[i] ?? 0) + factor * (values[i] ?? 0);
  });
  return weights;
}

/** Whether `key` uses `kind` in a term that counts (above 0 %). */
export const usesKey = (key: KeyExpression, kind: SingleKey['kind']): boolean =>
  key.terms.some((term) => term.key.kind === kind && !isZero(term.fraction));

/** Whether `key` is exactly the single key `pcs`: licence per PC (contract §4, last paragraph). */
export const isPerPc = (key: KeyExpression): boolean =>
  key.terms.length === 1 && key.terms[0]?.key.kind === 'pcs';

const single = (kind: 'population' | 'equal' | 'pcs' | 'standalone'): KeyExpression => ({
  terms: [{ fraction: ONE, key: { kind } }],
  text: kind,
});

/** The keys `SplitComparison` re-splits every line with (contract §6). */
export const COMPARISON_KEYS = {
  population: single('population'),
  equal: single('equal'),
  pcs: single('pcs'),
  equal30Population70: {
    terms: [
      { fraction: rational(3n, 10n), key: { kind: 'equal' } },
      { fraction: rational(7n, 10n), key: { kind: 'population' } },
    ],
    text: '30% equal + 70% population',
  },
  standalone: single('standalone'),
} as const satisfies Record<string, KeyExpression>;
