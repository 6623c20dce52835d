/**
 * The exact side of the sensitivity (contract v1.1 §10): what decides a proposal's place in a
 * weight corner, with no rounding. A corner's weight of criterion c is w_c · (1 − s) or
 * w_c · (1 + s); the common denominator ScoreMax · Σ w cancels in a ranking, so a corner ranks
 * S_p = Σ_c w'_c · m_p,c, highest first, and §5's tie order (lower OneOffCost, then ID) below a
 * tie.
 *
 * Proposals with identical means tie in every corner: they form one class, ranked together.
 * Every exact sum here is a whole number: the means over one common denominator times the
 * corner weights over another (both positive, so neither order nor ties change).
 */
import type { Proposal } from '../model';
import { compareTies } from '../prioritise/scores';
import {
  add,
  commonDenominator,
  fromNumber,
  mul,
  ONE,
  sub,
  toNumber,
  type Rational,
} from '../rational';

export interface CornerClasses {
  /** Criteria. */
  readonly n: number;
  /** Class index → its members (proposal indices), in §5's tie order. */
  readonly members: readonly (readonly number[])[];
  /** Proposal index → its place in tie order: members of tying classes are merged by it. */
  readonly tiePlace: Int32Array;
  /** m_k,c over the common denominator, flat (class × criterion). */
  readonly scaled: readonly bigint[];
  /** m_k,c as the nearest floats, flat (class × criterion). */
  readonly floats: Float64Array;
  /** w_c · (1 − s) and w_c · (1 + s) over their common denominator, by criterion. */
  readonly low: readonly bigint[];
  readonly high: readonly bigint[];
}

/** Distinct rationals, each with a small id (equal values, even as different objects, alike). */
function distinctValues(): { readonly id: (r: Rational) => number; readonly all: Rational[] } {
  const byObject = new Map<Rational, number>();
  const byValue = new Map<string, number>();
  const all: Rational[] = [];
  const id = (r: Rational): number => {
    let i = byObject.get(r);
    if (i === undefined) {
      const key = `${r.num}/${r.den}`;
      i = byValue.get(key);
      if (i === undefined) {
        i = all.length;
        all.push(r);
        byValue.set(key, i);
      }
      byObject.set(r, i);
    }
    return i;
  };
  return { id, all };
}

/** Criterion c's weight in `corner`: bit c set means w_c · (1 + s). */
const isHigh = (corner: number, c: number): boolean => ((corner >> c) & 1) === 1;

/** Proposals grouped by identical means, with everything exact a corner's order needs. */
export function cornerClasses(
  proposals: readonly Proposal[],
  means: readonly (readonly Rational[])[],
  weights: readonly number[],
  spread: Rational,
): CornerClasses {
  const n = weights.length;
  const order = proposals.map((_, i) => i);
  order.sort((a, b) => compareTies(proposals[a] as Proposal, proposals[b] as Proposal));
  const tiePlace = new Int32Array(order.length);
  order.forEach((p, place) => (tiePlace[p] = place));
  // Means repeat (a few counts of scorers, a few sums): each distinct value is handled once.
  const values = distinctValues();
  const byKey = new Map<string, number>();
  const members: number[][] = [];
  const classIds: number[][] = [];
  for (const p of order) {
    const ids = (means[p] ?? []).map(values.id);
    const key = ids.join(' ');
    let k = byKey.get(key);
    if (k === undefined) {
      k = members.length;
      byKey.set(key, k);
      members.push([]);
      classIds.push(ids);
    }
    members[k]?.push(p);
  }
  const common = commonDenominator(values.all);
  const scaledValues = values.all.map((r) => r.num * (common / r.den));
  const floatValues = values.all.map(toNumber);
  const scaled = classIds.flatMap((ids) => ids.map((id) => scaledValues[id] ?? 0n));
  const floats = Float64Array.from(classIds.flat(), (id) => floatValues[id] ?? 0);

  const w = weights.map((x) => fromNumber(x));
  const lowWeights = w.map((x) => mul(x, sub(ONE, spread)));
  const highWeights = w.map((x) => mul(x, add(ONE, spread)));
  const weightDenominator = commonDenominator([...lowWeights, ...highWeights]);
  const whole = (r: Rational): bigint => r.num * (weightDenominator / r.den);
  return {
    n,
    members,
    tiePlace,
    scaled,
    floats,
    low: lowWeights.map(whole),
    high: highWeights.map(whole),
  };
}

/** Class k's exact sum in `corner`, scaled by a positive constant common to all classes. */
export function exactSum(classes: CornerClasses, k: number, corner: number): bigint {
  let total = 0n;
  for (let c = 0; c < classes.n; c++) {
    const w = isHigh(corner, c) ? classes.high[c] : classes.low[c];
    total += (w ?? 0n) * (classes.scaled[k * classes.n + c] ?? 0n);
  }
  return total;
}

/**
 * The classes of `band`, best first, grouped where their sums are exactly equal: the reference
 * order of a corner, which the float route asks for wherever floats are too close to be sure of.
 */
export function exactGroups(
  classes: CornerClasses,
  band: readonly number[],
  corner: number,
): number[][] {
  const sums = band.map((k) => ({ k, sum: exactSum(classes, k, corner) }));
  sums.sort((a, b) => (b.sum > a.sum ? 1 : b.sum < a.sum ? -1 : 0));
  const groups: number[][] = [];
  for (const [i, { k, sum }] of sums.entries()) {
    const last = groups.at(-1);
    if (last !== undefined && sums[i - 1]?.sum === sum) last.push(k);
    else groups.push([k]);
  }
  return groups;
}

/**
 * The exact sums as JS numbers, when every one of them, in every corner, is a safe integer (whole
 * scores and weights with few decimals, as most workbooks have): `first` are the sums of corner 0
 * (every weight low) and moving criterion c up adds `step[c]` · `column[c · count + k]`, all exact.
 * Null otherwise (weights from CriteriaPairs, say), and floats are used.
 */
export function wholeSums(classes: CornerClasses): {
  readonly first: Float64Array;
  readonly step: Float64Array;
  readonly column: Float64Array;
} | null {
  const { n } = classes;
  const count = classes.members.length;
  const low = classes.low.map(Number);
  const high = classes.high.map(Number);
  const step = Float64Array.from(classes.high, (h, c) => Number(h - (classes.low[c] ?? 0n)));
  if (![...low, ...high, ...step].every((x) => Number.isSafeInteger(x) && x >= 0)) return null;
  const column = new Float64Array(n * count);
  const first = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    // Every term is ≥ 0 and a corner's sum is at most Σ_c max(low, high) · m: when that is a safe
    // integer, so is every product and partial sum on the way (each exact: a double holds every
    // safe integer, and a result past 2^53 − 1 rounds to one that is not safe, so it shows).
    let most = 0;
    let sum = 0;
    for (let c = 0; c < n; c++) {
      const m = Number(classes.scaled[k * n + c] ?? 0n);
      most += Math.max(low[c] ?? 0, high[c] ?? 0) * m;
      if (!Number.isSafeInteger(m) || m < 0 || !Number.isSafeInteger(most)) return null;
      column[c * count + k] = m;
      sum += (low[c] ?? 0) * m;
    }
    first[k] = sum;
  }
  return { first, step, column };
}
