/**
 * How stable the ranking is when the weights move (contract v1.1 §10): every proposal's best and
 * worst rank over the 2^n corners where each criterion's weight is multiplied by (1 − s) or
 * (1 + s), and the unchanged weights.
 *
 * 1,024 rankings of 1,000 proposals must be cheap, yet follow §5's rule exactly. So each corner
 * ranks floats, and only where two floats are too close to be sure goes exact: the common
 * denominator ScoreMax · Σ w cancels in a ranking, leaving S_p = Σ_c w'_c · m_p,c. Every term is
 * ≥ 0, so the float S̃_p is within (n + 5)·2⁻⁵³·S_p of the exact S_p (one rounding for each mean,
 * for w_c, for 1 ± s and its product, n for the products and sums); two S̃ further apart than
 * {@link CLOSE} · max S differ exactly in the same direction. Closer ones are compared as
 * rationals. Proposals with identical means tie in every corner: they are grouped once, and
 * within a tie the order is always §5's (lower OneOffCost, then ID).
 */
import { compareCodePoints } from '../allocate/units';
import type { Proposal } from '../model';
import {
  add,
  compare,
  fromNumber,
  mul,
  ONE,
  rational,
  sub,
  toNumber,
  ZERO,
  type Rational,
} from '../rational';

/** s when the Settings do not give it: 20 % (contract v1.1 §10). */
export const DEFAULT_SENSITIVITY: Rational = rational(1n, 5n);

/** The most criteria the sensitivity is computed for (2^10 corners). */
export const MAX_SENSITIVITY_CRITERIA = 10;

/** Relative closeness below which two corner sums are compared exactly (see above: ≫ 15·2⁻⁵³). */
const CLOSE = 1e-12;

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
  /** Class index → its means, exact and as floats (flat, class × criterion). */
  readonly exact: readonly (readonly Rational[])[];
  readonly floats: Float64Array;
}

/** Proposals with identical means tie in every corner: one class each, members in tie order. */
function classesOf(input: SensitivityInput): Classes {
  const n = input.weights.length;
  const order = input.proposals.map((_, i) => i);
  order.sort((a, b) => tieOrder(input.proposals[a] as Proposal, input.proposals[b] as Proposal));
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
  const floats = new Float64Array(members.length * n);
  exact.forEach((means, k) => means.forEach((m, c) => (floats[k * n + c] = toNumber(m))));
  return { members, exact, floats };
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
  const minus = sub(ONE, input.spread);
  const plus = add(ONE, input.spread);
  const exactWeights = input.weights.map((w) => fromNumber(w));
  const factors = [toNumber(minus), toNumber(plus)] as const;
  const sums = new Float64Array(count);
  const order = new Uint32Array(count);
  const cornerWeights = new Float64Array(n);

  const record = (members: readonly number[], from: number): void => {
    members.forEach((p, i) => {
      const rank = from + i + 1;
      if (rank < (best[p] ?? rank)) best[p] = rank;
      if (rank > (worst[p] ?? rank)) worst[p] = rank;
    });
  };

  for (let corner = 0; corner < 1 << n; corner++) {
    for (let c = 0; c < n; c++)
      cornerWeights[c] = (input.weights[c] ?? 0) * ((corner >> c) & 1 ? factors[1] : factors[0]);
    let top = 0;
    for (let k = 0; k < count; k++) {
      let s = 0;
      for (let c = 0; c < n; c++) s += (cornerWeights[c] ?? 0) * (classes.floats[k * n + c] ?? 0);
      sums[k] = s;
      order[k] = k;
      if (s > top) top = s;
    }
    order.sort((a, b) => (sums[b] ?? 0) - (sums[a] ?? 0));
    const close = CLOSE * top;
    // Walk the order in bands of sums too close to tell apart as floats.
    let placed = 0;
    for (let i = 0; i < count;) {
      let j = i + 1;
      while (j < count && (sums[order[j - 1] ?? 0] ?? 0) - (sums[order[j] ?? 0] ?? 0) <= close) j++;
      const band = Array.from(order.subarray(i, j));
      for (const group of exactGroups(band, classes, corner, exactWeights, minus, plus)) {
        const members =
          group.length === 1
            ? (classes.members[group[0] ?? 0] ?? [])
            : group
                .flatMap((k) => classes.members[k] ?? [])
                .sort((a, b) =>
                  tieOrder(input.proposals[a] as Proposal, input.proposals[b] as Proposal),
                );
        record(members, placed);
        placed += members.length;
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
  weights: readonly Rational[],
  minus: Rational,
  plus: Rational,
): number[][] {
  if (band.length === 1) return [[band[0] ?? 0]];
  const cornerWeights = weights.map((w, c) => mul(w, (corner >> c) & 1 ? plus : minus));
  const exactSum = (k: number): Rational =>
    (classes.exact[k] ?? []).reduce(
      (acc, m, c) => add(acc, mul(cornerWeights[c] ?? ZERO, m)),
      ZERO,
    );
  const sums = new Map(band.map((k) => [k, exactSum(k)]));
  const sorted = [...band].sort((a, b) => compare(sums.get(b) ?? ZERO, sums.get(a) ?? ZERO));
  const groups: number[][] = [];
  for (const k of sorted) {
    const last = groups.at(-1);
    const head = last?.[0];
    if (
      last !== undefined &&
      head !== undefined &&
      compare(sums.get(head) ?? ZERO, sums.get(k) ?? ZERO) === 0
    )
      last.push(k);
    else groups.push([k]);
  }
  return groups;
}
