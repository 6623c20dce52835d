/**
 * How stable the ranking is when the weights move (contract v1.1 §10): every proposal's best and
 * worst rank over the 2^n corners where each criterion's weight is multiplied by (1 − s) or
 * (1 + s), and the unchanged weights.
 *
 * 1,024 rankings of 1,000 proposals must be cheap, yet follow §5's rule exactly. The common
 * denominator ScoreMax · Σ w cancels in a ranking, leaving S_p = Σ_c w'_c · m_p,c, every term ≥ 0.
 * Each corner ranks floats, and only sums too close to be sure of are compared as rationals:
 *
 * - The corners are visited in Gray-code order, so one criterion changes per step and each sum
 *   is updated by one product, not recomputed (n times less work).
 * - The sums are sorted natively as doubles, each carrying its class's index in its lowest
 *   mantissa bits (a sum ≥ 0 orders like its bit pattern), instead of sorting indices with a
 *   comparator (several times slower).
 * - Error bound, with B = max_p Σ_c w_c (1 + s) m_p,c (every corner's sums are ≤ B) and
 *   u = 2⁻⁵³: the first corner's sums are within (n + 5)·u·B; each Gray step adds at most 4·u·B
 *   (the step's factor, its product, the sum); the index bits move a sum by < 2^(b − 52)·B. Two
 *   neighbours in the sorted order further apart than {@link closeness} · B therefore differ
 *   exactly in the same direction; closer ones form a band that is sorted exactly.
 *
 * Proposals with identical means tie in every corner: they are grouped once, and within a tie
 * the order is always §5's (lower OneOffCost, then ID).
 */
import { compareCodePoints } from '../allocate/units';
import type { Proposal } from '../model';
import {
  add,
  commonDenominator,
  compare,
  fromNumber,
  mul,
  ONE,
  rational,
  sub,
  toNumber,
  type Rational,
} from '../rational';

/** s when the Settings do not give it: 20 % (contract v1.1 §10). */
export const DEFAULT_SENSITIVITY: Rational = rational(1n, 5n);

/** The most criteria the sensitivity is computed for (2^10 corners). */
export const MAX_SENSITIVITY_CRITERIA = 10;

/**
 * The relative distance (to B) below which two corner sums are compared exactly: the float error
 * ((n + 5) + 4·2^n)·2⁻⁵³ ≤ 4.6·10⁻¹³ for n ≤ 10, twice over for the two sums, with margin, plus
 * twice the 2^(b − 52) the index bits may move each key.
 */
const closeness = (indexBits: number): number => 1e-11 + 4 * 2 ** (indexBits - 52);

/** True when a Float64Array's low 32 bits come first in memory (every platform Samkost runs on). */
const LITTLE_ENDIAN = new Uint32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000;

export interface RankRange {
  readonly best: number;
  readonly worst: number;
}

export interface SensitivityInput {
  readonly proposals: readonly Proposal[];
  /** The weights as used (any positive scale), in criteria order. */
  readonly weights: readonly number[];
  /** m_p,c exactly, proposals × criteria (see `criterionMeans`). */
  readonly means: readonly (readonly Rational[])[];
  /** s, from 0 (inclusive) to 1 (exclusive). */
  readonly spread: Rational;
  /** Each proposal's rank under the unchanged weights (§5), in Proposals order. */
  readonly ranks: readonly number[];
}

/** §5's order of two proposals whose scores tie: lower OneOffCost, then the ID that sorts first. */
const tieOrder = (a: Proposal, b: Proposal): number =>
  compare(a.oneOffCost, b.oneOffCost) || compareCodePoints(a.id, b.id);

interface Classes {
  /** Class index → its members (proposal indices), in tie order. */
  readonly members: readonly (readonly number[])[];
  /** Proposal index → its place in tie order: members of tying classes are merged by it. */
  readonly tiePlace: Int32Array;
  /**
   * Class index → its means as whole numbers over one common denominator (flat, class ×
   * criterion): exact sums are then products and sums of integers, with no reduction.
   */
  readonly scaled: readonly bigint[];
  readonly floats: Float64Array;
}

/** Proposals with identical means tie in every corner: one class each, members in tie order. */
function classesOf(input: SensitivityInput): Classes {
  const n = input.weights.length;
  const order = input.proposals.map((_, i) => i);
  order.sort((a, b) => tieOrder(input.proposals[a] as Proposal, input.proposals[b] as Proposal));
  const tiePlace = new Int32Array(order.length);
  order.forEach((p, place) => (tiePlace[p] = place));
  const byKey = new Map<string, number>();
  const members: number[][] = [];
  const exact: (readonly Rational[])[] = [];
  for (const p of order) {
    const means = input.means[p] ?? [];
    const key = means.map((m) => `${m.num}/${m.den}`).join(' ');
    let k = byKey.get(key);
    if (k === undefined) {
      k = members.length;
      byKey.set(key, k);
      members.push([]);
      exact.push(means);
    }
    members[k]?.push(p);
  }
  const common = commonDenominator(exact.flat());
  const scaled = exact.flatMap((means) => means.map((m) => m.num * (common / m.den)));
  const floats = new Float64Array(members.length * n);
  exact.forEach((means, k) => means.forEach((m, c) => (floats[k * n + c] = toNumber(m))));
  return { members, tiePlace, scaled, floats };
}

/**
 * Each criterion's weight × (1 − s) and × (1 + s) as whole numbers over one common denominator:
 * a corner's exact weights, scaled alike, whatever the corner.
 */
function cornerWeights(
  weights: readonly number[],
  spread: Rational,
): { readonly low: readonly bigint[]; readonly high: readonly bigint[] } {
  const exact = weights.map((w) => fromNumber(w));
  const low = exact.map((w) => mul(w, sub(ONE, spread)));
  const high = exact.map((w) => mul(w, add(ONE, spread)));
  const common = commonDenominator([...low, ...high]);
  const whole = (r: Rational): bigint => r.num * (common / r.den);
  return { low: low.map(whole), high: high.map(whole) };
}

/**
 * Best and worst rank of every proposal (Proposals order); null when there are more than
 * {@link MAX_SENSITIVITY_CRITERIA} criteria. With no criteria every corner is the unchanged
 * ranking.
 */
export function rankRanges(input: SensitivityInput): RankRange[] | null {
  const n = input.weights.length;
  if (n > MAX_SENSITIVITY_CRITERIA) return null;
  const best = [...input.ranks];
  const worst = [...input.ranks];
  if (n === 0 || input.proposals.length === 0)
    return best.map((b, i) => ({ best: b, worst: worst[i] ?? b }));

  const classes = classesOf(input);
  const count = classes.members.length;
  const exactWeights = cornerWeights(input.weights, input.spread);
  const [low, high] = [toNumber(sub(ONE, input.spread)), toNumber(add(ONE, input.spread))];
  // Moving criterion c from (1 − s) to (1 + s) adds step[c] · m_p,c to S_p.
  const step = input.weights.map((w) => w * high - w * low);
  const sums = new Float64Array(count);
  let bound = 0;
  for (let k = 0; k < count; k++) {
    let s = 0;
    let most = 0;
    for (let c = 0; c < n; c++) {
      const m = classes.floats[k * n + c] ?? 0;
      s += (input.weights[c] ?? 0) * low * m;
      most += (input.weights[c] ?? 0) * high * m;
    }
    sums[k] = s;
    bound = Math.max(bound, most);
  }
  const indexBits = Math.max(1, Math.ceil(Math.log2(count)));
  const close = closeness(indexBits) * bound;
  const mask = 2 ** indexBits - 1;
  const keys = new Float64Array(count);
  const words = new Uint32Array(keys.buffer);
  const lowWord = LITTLE_ENDIAN ? 0 : 1;

  /** Ranks from + 1, from + 2, … to `members`; returns the next free place. */
  const record = (members: readonly number[], from: number): number => {
    for (let i = 0; i < members.length; i++) {
      const p = members[i] ?? 0;
      const rank = from + i + 1;
      if (rank < (best[p] ?? rank)) best[p] = rank;
      if (rank > (worst[p] ?? rank)) worst[p] = rank;
    }
    return from + members.length;
  };

  for (let gray = 0, corner = 0; gray < 1 << n; gray++) {
    if (gray > 0) {
      const c = 31 - Math.clz32(gray & -gray); // the bit that flips between Gray codes
      corner ^= 1 << c;
      const delta = (corner >> c) & 1 ? (step[c] ?? 0) : -(step[c] ?? 0);
      for (let k = 0; k < count; k++)
        sums[k] = (sums[k] ?? 0) + delta * (classes.floats[k * n + c] ?? 0);
    }
    for (let k = 0; k < count; k++) {
      const s = sums[k] ?? 0;
      keys[k] = s > 0 ? s : 0; // the true sum is ≥ 0; a rounding below it must not flip the sign
      words[2 * k + lowWord] = (((words[2 * k + lowWord] ?? 0) & ~mask) | k) >>> 0;
    }
    keys.sort();
    // Best first: the largest key is last. Walk in bands of sums too close to tell apart.
    const classAt = (position: number): number =>
      (words[2 * (count - 1 - position) + lowWord] ?? 0) & mask;
    let placed = 0;
    for (let i = 0; i < count;) {
      let j = i + 1;
      while (j < count && (sums[classAt(j - 1)] ?? 0) - (sums[classAt(j)] ?? 0) <= close) j++;
      if (j === i + 1) {
        // Nearly always: one class alone, its members in tie order.
        placed = record(classes.members[classAt(i)] ?? [], placed);
      } else {
        const band = Array.from({ length: j - i }, (_, t) => classAt(i + t));
        for (const group of exactGroups(band, classes, corner, exactWeights)) {
          const members =
            group.length === 1
              ? (classes.members[group[0] ?? 0] ?? [])
              : group
                  .flatMap((k) => classes.members[k] ?? [])
                  .sort((a, b) => (classes.tiePlace[a] ?? 0) - (classes.tiePlace[b] ?? 0));
          placed = record(members, placed);
        }
      }
      i = j;
    }
  }
  return best.map((b, i) => ({ best: b, worst: worst[i] ?? b }));
}

/**
 * The classes of a band, best first, grouped where their sums are exactly equal. A band of one
 * (nearly always) needs no arithmetic.
 */
function exactGroups(
  band: readonly number[],
  classes: Classes,
  corner: number,
  weights: { readonly low: readonly bigint[]; readonly high: readonly bigint[] },
): number[][] {
  if (band.length === 1) return [[band[0] ?? 0]];
  const n = weights.low.length;
  const cornerWeights = weights.low.map((w, c) => ((corner >> c) & 1 ? weights.high[c] : w) ?? 0n);
  // Σ_c w'_c · m_k,c, both scaled by a positive constant: the order and the ties are the sums'.
  const exactSum = (k: number): bigint => {
    let total = 0n;
    for (let c = 0; c < n; c++)
      total += (cornerWeights[c] ?? 0n) * (classes.scaled[k * n + c] ?? 0n);
    return total;
  };
  const sums = new Map(band.map((k) => [k, exactSum(k)]));
  const sorted = [...band].sort((a, b) => {
    const d = (sums.get(b) ?? 0n) - (sums.get(a) ?? 0n);
    return d > 0n ? 1 : d < 0n ? -1 : 0;
  });
  const groups: number[][] = [];
  for (const k of sorted) {
    const last = groups.at(-1);
    const head = last?.[0];
    if (last !== undefined && head !== undefined && sums.get(head) === sums.get(k)) last.push(k);
    else groups.push([k]);
  }
  return groups;
}
