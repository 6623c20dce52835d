/**
 * A participant list's weights under one key, prepared once and reused for every amount split
 * with them: whole numbers over a common denominator, ranked for the contract's tie-break. A
 * national workbook splits thousands of amounts over the same 357 municipalities and a handful of
 * keys; preparing weights per amount, on rationals, was most of the cost of a run.
 */
import { gcd } from '../rational';
import { columnFigures } from './keys';
import { nameRanks, tieOrder } from './rule';

// The tie order's ranks, where callers outside allocate/ have always found them (explain/).
export { ranksOf } from './rule';

export interface IntegerWeights {
  /** Participant names, in the order the weights were given. */
  readonly names: readonly string[];
  /** W_i as JS numbers when ΣW is a safe integer (then each W_i is too); null otherwise. */
  readonly numbers: Float64Array | null;
  /** ΣW, above 0. */
  readonly total: bigint;
  /** The largest W_i as a JS number (when `numbers` is set), to choose the exact route once. */
  readonly largest: number;
  /** Every W_i the same (an equal key): every quota is a/n, and only the names break ties. */
  readonly uniform: boolean;
  /** W_i: whole numbers with w_i / Σw = W_i / ΣW exactly. */
  whole(): readonly bigint[];
  /**
   * The participants (their indices) in the order the tie-break between equal remainders takes them
   * (contract §4 step 4): the largest weight first, ties to the name that sorts first in code-point
   * order of the trimmed name. Computed when first needed: most splits have no tie at the cut-off.
   */
  tieOrder(): Int32Array;
}

/** The name places (`ranks`, of every municipality) of the participants at `positions` (into `byName` when given). */
export function ranksAt(
  ranks: Int32Array,
  positions: Int32Array,
  byName: Int32Array = new Int32Array(positions.length),
): Int32Array {
  for (let k = 0; k < positions.length; k++) byName[k] = ranks[positions[k] ?? 0] ?? 0;
  return byName;
}

/**
 * The participants in name order, read off by their name places (each below `places`) without a
 * sort: the tie order of equal weights, whose remainders all tie. Into `order` when given, with
 * `participantAt` (at least `places` long) to work in; only the first `count` when given (the
 * participants that take the units left of an equal split).
 */
export function inNameOrder(
  byName: Int32Array,
  places: number,
  participantAt: Int32Array = new Int32Array(places),
  order: Int32Array = new Int32Array(byName.length),
  count: number = byName.length,
): Int32Array {
  participantAt.fill(-1);
  for (let i = 0; i < byName.length; i++) participantAt[byName[i] ?? 0] = i;
  // A loop, not `filter`: a typed array's filter calls back per place (it showed in profiles).
  let next = 0;
  for (let place = 0; next < count && place < places; place++) {
    const i = participantAt[place] ?? -1;
    if (i >= 0) order[next++] = i;
  }
  return order;
}

/**
 * {@link tieOrder} for JS-number weights, with the engine's own numeric sort instead of a
 * comparator (the difference shows when thousands of participant lists are ranked): each
 * participant as one number, weight × N + (N − 1 − its name place), largest first. Needs the
 * name places to be below N and the largest weight × N to stay a safe integer.
 */
export function numericTieOrder(values: Float64Array, byName: Int32Array): Int32Array {
  let places = 0;
  let largest = 0;
  for (const place of byName) places = Math.max(places, place + 1);
  for (const v of values) largest = Math.max(largest, v);
  if (largest * places > Number.MAX_SAFE_INTEGER / 2) {
    return tieOrder(values.length, (a, b) => (values[b] ?? 0) - (values[a] ?? 0), byName);
  }
  if (values.every((v) => v === values[0])) return inNameOrder(byName, places);
  const participantAt = new Int32Array(places).fill(-1);
  const claims = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const place = byName[i] ?? 0;
    participantAt[place] = i;
    claims[i] = (values[i] ?? 0) * places + (places - 1 - place);
  }
  claims.sort();
  const order = new Int32Array(values.length);
  for (let k = 0; k < claims.length; k++) {
    const place = places - 1 - ((claims[claims.length - 1 - k] ?? 0) % places);
    order[k] = participantAt[place] ?? 0;
  }
  return order;
}

/**
 * Each participant's {@link nameRanks} place, or a way to them asked only when the tie order is
 * needed (most splits have no tie at the cut-off, and most lists are split once).
 */
export type NamePlaces = Int32Array | (() => Int32Array);

const placesOf = (byName: NamePlaces): Int32Array =>
  typeof byName === 'function' ? byName() : byName;

/**
 * Prepared weights from whole-number JS weights (each a safe integer ≥ 0), or null when they add up
 * to 0. `byName`: each participant's {@link nameRanks} place. The fast route: no BigInt at all.
 */
export function numberWeights(
  names: readonly string[],
  values: Float64Array,
  byName: NamePlaces,
): IntegerWeights | null {
  const { total: sum, largest, uniform } = columnFigures(values, null, null);
  if (sum === 0) return null;
  if (!Number.isSafeInteger(sum)) {
    return integerWeights(
      names,
      Array.from(values, (v) => BigInt(v)),
      byName,
    );
  }
  let whole: readonly bigint[] | null = null;
  let order: Int32Array | null = null;
  return {
    names,
    numbers: values,
    total: BigInt(sum),
    largest,
    uniform,
    whole: () => (whole ??= Array.from(values, (v) => BigInt(v))),
    tieOrder: () => (order ??= numericTieOrder(values, placesOf(byName))),
  };
}

/**
 * Prepared weights from whole-number weights of `names` (in the same order), reduced by their
 * greatest common divisor; null when they add up to 0: the amount cannot be split. Throws on a
 * negative weight; without `byName`, on a repeated name too (the parser rules both out, so either
 * is a bug).
 */
export function integerWeights(
  names: readonly string[],
  weights: readonly bigint[],
  byName?: NamePlaces,
): IntegerWeights | null {
  if (!byName && new Set(names).size !== names.length) {
    const repeated = names.find((name, i) => names.indexOf(name) !== i) ?? '';
    throw new RangeError(`participant named twice: ${repeated}`);
  }
  let common = 0n;
  for (const [i, w] of weights.entries()) {
    if (w < 0n) throw new RangeError(`negative weight for ${names[i] ?? ''}`);
    // Usually 1 after a few weights: then there is nothing to reduce.
    if (common !== 1n) common = gcd(common, w);
  }
  if (common === 0n) return null;
  const scaled = common === 1n ? weights : weights.map((w) => w / common);
  const total = scaled.reduce((acc, w) => acc + w, 0n);
  const numbers =
    total <= BigInt(Number.MAX_SAFE_INTEGER) ? Float64Array.from(scaled, (w) => Number(w)) : null;
  const larger = numbers
    ? (a: number, b: number) => (numbers[b] ?? 0) - (numbers[a] ?? 0)
    : (a: number, b: number) => compareBigInt(scaled[b] ?? 0n, scaled[a] ?? 0n);
  let order: Int32Array | null = null;
  const ties = (): Int32Array =>
    (order ??= tieOrder(names.length, larger, byName ? placesOf(byName) : nameRanks(names)));
  const largest = numbers ? numbers.reduce((a, b) => Math.max(a, b), 0) : 0;
  const uniform = scaled.every((w) => w === scaled[0]);
  return { names, numbers, total, largest, uniform, whole: () => scaled, tieOrder: ties };
}

const compareBigInt = (a: bigint, b: bigint): number => (a === b ? 0 : a < b ? -1 : 1);
