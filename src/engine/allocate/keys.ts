/**
 * Keys as fast JS-number columns (the number route to contract §3's weights, see rule.ts for the
 * rule itself), and what the rest of the engine asks of a key.
 */
import type { KeyExpression, Municipality, SingleKey } from '../model';
import { isZero, ONE, rational, type Rational } from '../rational';
import { countedTerms, customValue, keyValue, mixCoefficients, NONE } from './rule';

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
 * The weights of `exactWeights` (rule.ts) in JS numbers, without a BigInt per participant, for the
 * participants at `positions` (places in `Municipalities`), when every term has a
 * {@link wholeColumn} and the common denominator Q·Π U_k (which is also ΣW) is a safe integer:
 * `unsplittable` when a term's values add up to 0, `inexact` when numbers would not be exact (use
 * exactWeights then).
 */
export function numericKeyWeights(
  key: KeyExpression,
  positions: Int32Array,
  columnOf: (key: SingleKey) => Float64Array | null,
): Float64Array | 'unsplittable' | 'inexact' {
  return numericWeightsAt(numericKey(key, columnOf), positions);
}

/** A key's columns and mix coefficients in JS numbers: what {@link numericWeightsAt} needs of it. */
export interface NumericKey {
  /** The {@link wholeColumn} of each term that counts. */
  readonly columns: readonly Float64Array[];
  readonly mix: NumberCoefficients;
}

/** A key as a {@link NumericKey}, or null when a term has no whole column (take exactWeights). */
export function numericKey(
  key: KeyExpression,
  columnOf: (key: SingleKey) => Float64Array | null,
): NumericKey | null {
  const terms = countedTerms(key);
  const columns: Float64Array[] = [];
  for (const term of terms) {
    const column = columnOf(term.key);
    if (column === null) return null;
    columns.push(column);
  }
  return { columns, mix: numberCoefficients(terms.map((term) => term.fraction)) };
}

/**
 * {@link numericKeyWeights} of a key prepared once ({@link numericKey}; null: `inexact`). A mix's
 * term values are gathered into `gathered` when given (reused between lists: only the mix is
 * kept), a single key's are the weights. The weights are arrays of `make` (zeroed, n long).
 */
export function numericWeightsAt(
  key: NumericKey | null,
  positions: Int32Array,
  gathered: Float64Array[] = [],
  make: (n: number) => Float64Array = (n) => new Float64Array(n),
): Float64Array | 'unsplittable' | 'inexact' {
  if (!key) return 'inexact';
  const { columns, mix } = key;
  const n = positions.length;
  const values: Float64Array[] = [];
  const totals: number[] = [];
  for (const [k, column] of columns.entries()) {
    let into = gathered[k];
    if (columns.length === 1) into = make(n);
    else if (!into || into.length < n) gathered[k] = into = new Float64Array(n);
    const { total } = columnFigures(column, positions, into);
    if (total === 0) return 'unsplittable';
    if (total > Number.MAX_SAFE_INTEGER) return 'inexact';
    values.push(into);
    totals.push(total);
  }
  return columns.length === 1
    ? mixNumbers(mix, values, totals, n)
    : mixNumbers(mix, values, totals, n, make(n));
}

/** Whole values at some participants: their sum, the largest, and whether all are the same. */
export interface ColumnFigures {
  readonly total: number;
  readonly largest: number;
  readonly uniform: boolean;
}

/**
 * The {@link ColumnFigures} of `column`'s values at `positions` (places in `Municipalities`; every
 * place when null), the values copied into the first places of `into` when given.
 */
export function columnFigures(
  column: Float64Array,
  positions: Int32Array | null,
  into: Float64Array | null,
): ColumnFigures {
  const n = positions ? positions.length : column.length;
  const first = column[positions ? (positions[0] ?? 0) : 0] ?? 0;
  let total = 0;
  let largest = 0;
  let uniform = true;
  for (let k = 0; k < n; k++) {
    const v = column[positions ? (positions[k] ?? 0) : k] ?? 0;
    if (into) into[k] = v;
    total += v;
    if (v > largest) largest = v;
    if (v !== first) uniform = false;
  }
  return { total, largest, uniform };
}

/** A key's {@link mixCoefficients} as JS numbers, computed once per key by the caller. */
export interface NumberCoefficients {
  readonly coefficients: readonly number[];
  readonly common: number;
}

export function numberCoefficients(fractions: readonly Rational[]): NumberCoefficients {
  const { coefficients, common } = mixCoefficients(fractions);
  return { coefficients: coefficients.map(Number), common: Number(common) };
}

/**
 * The mix (rule.ts `mixFactors`) in JS numbers: W_i = Σ_k factor_k · u_k,i over the first n of each
 * term's whole values `columns` (their sums `totals`, each at least 1), into `out` when given, else
 * a new array; one term's values are its weights. `inexact` when ΣW = Q·Π U_k would not be a safe
 * integer. Below that every product here is exact: each partial product is at most ΣW, and the
 * first one beyond 2^53 stays beyond it.
 */
export function mixNumbers(
  { coefficients, common }: NumberCoefficients,
  columns: readonly Float64Array[],
  totals: readonly number[],
  n: number,
  out?: Float64Array,
): Float64Array | 'inexact' {
  const [only] = columns;
  if (columns.length === 1 && only) return only;
  let product = 1;
  for (const total of totals) product *= total;
  if (common * product > Number.MAX_SAFE_INTEGER) return 'inexact';
  const weights = out ? out.subarray(0, n).fill(0) : new Float64Array(n);
  for (let k = 0; k < columns.length; k++) {
    const values = columns[k] ?? weights;
    const factor = mixFactor(coefficients[k] ?? 0, product, totals[k] ?? 1);
    for (let i = 0; i < n; i++) weights[i] = (weights[i] ?? 0) + factor * (values[i] ?? 0);
  }
  return weights;
}

/**
 * A term's factor F_k = c_k · Π_{l≠k} U_l of rule.ts `mixFactors` in JS numbers, from ΠU = `product`
 * and U_k = `total`: exact whenever ΠU is (U_k divides it, and F_k is at most Q·ΠU = ΣW).
 */
export const mixFactor = (c: number, product: number, total: number): number =>
  c * (product / total);

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
