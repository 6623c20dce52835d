/**
 * How stable the ranking is when the weights move (contract v1.1 §10): every proposal's best and
 * worst rank over the 2^n corners where each criterion's weight is multiplied by (1 − s) or
 * (1 + s), and the unchanged weights.
 *
 * 1,024 rankings of 1,000 proposals must be cheap, yet follow §5's rule exactly (see
 * `cornerClasses.ts` for the exact sums S_p = Σ_c w'_c · m_p,c each corner ranks):
 *
 * - The corners are visited in Gray-code order, so one criterion changes per step and each sum
 *   is updated by one product, not recomputed (n times less work).
 * - When every exact sum is a safe integer (whole scores and plain weights), the sums are those
 *   integers, kept exactly in JS numbers: equal sums are exact ties, nothing is left to check.
 * - Otherwise the sums are floats, with an error bound. With B = max_p Σ_c w_c (1 + s) m_p,c
 *   (every corner's sums are ≤ B) and u = 2⁻⁵³, the first corner's sums are within (n + 5)·u·B
 *   and each Gray step adds at most 4·u·B (the step's factor, its product, the sum). Two
 *   neighbours in the sorted order further apart than {@link CLOSENESS} · B therefore differ
 *   exactly in the same direction; closer ones form a band that is ordered exactly.
 * - Each corner's sums are bucket-sorted (`bucketSort.ts`), in time linear in practice.
 *
 * Within an exact tie the order is always §5's (lower OneOffCost, then ID).
 */
import type { Proposal } from '../model';
import { rational, toNumber, add, sub, ONE, type Rational } from '../rational';
import { descendingSorter } from './bucketSort';
import { cornerClasses, exactGroups, wholeSums, type CornerClasses } from './cornerClasses';

/** s when the Settings do not give it: 20 % (contract v1.1 §10). */
export const DEFAULT_SENSITIVITY: Rational = rational(1n, 5n);

/** The most criteria the sensitivity is computed for (2^10 corners). */
export const MAX_SENSITIVITY_CRITERIA = 10;

/**
 * The relative distance (to B) below which two float corner sums are compared exactly: the
 * error ((n + 5) + 4·2^n)·2⁻⁵³ ≤ 4.6·10⁻¹³ for n ≤ 10, twice over for the two sums, with margin.
 */
const CLOSENESS = 1e-11;

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

/**
 * Best and worst rank of every proposal (Proposals order); null when there are more than
 * {@link MAX_SENSITIVITY_CRITERIA} criteria. With no criteria every corner is the unchanged
 * ranking.
 */
export function rankRanges(input: SensitivityInput): RankRange[] | null {
  const n = input.weights.length;
  if (n > MAX_SENSITIVITY_CRITERIA) return null;
  const best = Int32Array.from(input.ranks);
  const worst = Int32Array.from(input.ranks);
  if (n > 0 && input.proposals.length > 0) visitCorners(input, best, worst);
  return Array.from(best, (b, p) => ({ best: b, worst: worst[p] ?? b }));
}

/** Each class's sum in the corners, kept up to date one Gray step at a time. */
interface CornerSums {
  readonly sums: Float64Array;
  /** Moves criterion c between low and high (to high when `up`). */
  readonly move: (c: number, up: boolean) => void;
  /** Sums of neighbours in the sorted order at most this far apart may be in either order. */
  readonly close: number;
}

/** The whole exact sums when they fit (close 0: equal means tied), else floats with a bound. */
function cornerSums(input: SensitivityInput, classes: CornerClasses): CornerSums {
  const n = input.weights.length;
  const count = classes.members.length;
  const whole = wholeSums(classes);
  let sums: Float64Array;
  let step: Float64Array;
  let column: Float64Array;
  let close = 0;
  if (whole !== null) ({ first: sums, step, column } = whole);
  else {
    const [low, high] = [toNumber(sub(ONE, input.spread)), toNumber(add(ONE, input.spread))];
    // Moving criterion c from (1 − s) to (1 + s) adds step[c] · m_p,c to S_p.
    step = Float64Array.from(input.weights, (w) => w * high - w * low);
    column = new Float64Array(n * count);
    sums = new Float64Array(count);
    let bound = 0;
    for (let k = 0; k < count; k++) {
      let s = 0;
      let most = 0;
      for (let c = 0; c < n; c++) {
        const m = classes.floats[k * n + c] ?? 0;
        column[c * count + k] = m;
        s += (input.weights[c] ?? 0) * low * m;
        most += (input.weights[c] ?? 0) * high * m;
      }
      sums[k] = s;
      bound = Math.max(bound, most);
    }
    close = CLOSENESS * bound;
  }
  const move = (c: number, up: boolean): void => {
    const delta = up ? (step[c] ?? 0) : -(step[c] ?? 0);
    const from = c * count;
    for (let k = 0; k < count; k++) sums[k] = (sums[k] ?? 0) + delta * (column[from + k] ?? 0);
  };
  return { sums, move, close };
}

/** Lowers `best` and raises `worst` to every proposal's rank in each of the 2^n corners. */
function visitCorners(input: SensitivityInput, best: Int32Array, worst: Int32Array): void {
  const n = input.weights.length;
  const classes = cornerClasses(input.proposals, input.means, input.weights, input.spread);
  const count = classes.members.length;
  const { sums, move, close } = cornerSums(input, classes);
  // Class memberships flat: class k's members are member[first[k]] … member[first[k + 1] − 1].
  const first = new Int32Array(count + 1);
  classes.members.forEach((m, k) => (first[k + 1] = (first[k] ?? 0) + m.length));
  const member = Int32Array.from(classes.members.flat());
  const sort = descendingSorter(count);
  let placed = 0;
  const place = (p: number): void => {
    placed++;
    if (placed < (best[p] ?? 0)) best[p] = placed;
    if (placed > (worst[p] ?? 0)) worst[p] = placed;
  };
  const tied = new Int32Array(input.proposals.length);
  /** Places exactly tied classes: their members merged in tie order. */
  const placeTied = (group: ArrayLike<number>): void => {
    let size = 0;
    for (let g = 0; g < group.length; g++) {
      const k = group[g] ?? 0;
      for (let t = first[k] ?? 0; t < (first[k + 1] ?? 0); t++) tied[size++] = member[t] ?? 0;
    }
    tied.subarray(0, size).sort((a, b) => (classes.tiePlace[a] ?? 0) - (classes.tiePlace[b] ?? 0));
    for (let t = 0; t < size; t++) place(tied[t] ?? 0);
  };

  for (let gray = 0, corner = 0; gray < 1 << n; gray++) {
    if (gray > 0) {
      const c = 31 - Math.clz32(gray & -gray); // the bit that flips between Gray codes
      corner ^= 1 << c;
      move(c, ((corner >> c) & 1) === 1);
    }
    const order = sort(sums);
    placed = 0;
    // Best first, in bands of neighbours too close to tell apart (with whole sums: equal ones).
    for (let i = 0; i < count; ) {
      let j = i + 1;
      while (j < count && (sums[order[j - 1] ?? 0] ?? 0) - (sums[order[j] ?? 0] ?? 0) <= close) j++;
      if (j === i + 1) {
        // Nearly always: one class alone, its members in tie order.
        const k = order[i] ?? 0;
        for (let t = first[k] ?? 0; t < (first[k + 1] ?? 0); t++) place(member[t] ?? 0);
      } else {
        const band = order.subarray(i, j);
        if (close === 0) placeTied(band);
        else for (const group of exactGroups(classes, Array.from(band), corner)) placeTied(group);
      }
      i = j;
    }
  }
}
