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
 *   and each Gray step adds at most 4·u·B (the step's factor, its product, the sum). Two sums
 *   further apart than {@link CLOSENESS} · B therefore differ exactly in the same direction;
 *   closer ones are compared exactly (`cornerClasses.ts`).
 * - A corner is not sorted: bins bound each rank, and only ranks that could move a best or
 *   worst are counted exactly (see {@link binnedRanker}).
 *
 * Within an exact tie the order is always §5's (lower OneOffCost, then ID).
 */
import type { Proposal } from '../model';
import { rational, toNumber, add, sub, ONE, type Rational } from '../rational';
import {
  cornerClasses,
  exactGroups,
  exactSum,
  wholeSums,
  type CornerClasses,
} from './cornerClasses';

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
  /** The sums of corner 0 (every weight low), then of the corner being visited. */
  readonly sums: Float64Array;
  /** Moving criterion c from (1 − s) to (1 + s) adds step[c] · column[c · count + k] to sum k. */
  readonly step: Float64Array;
  readonly column: Float64Array;
  /** Two sums at most this far apart may be exactly in either order (0 for whole sums). */
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
  return { sums, step, column, close };
}

/** Lowers `best` and raises `worst` to every proposal's rank in each of the 2^n corners. */
function visitCorners(input: SensitivityInput, best: Int32Array, worst: Int32Array): void {
  const n = input.weights.length;
  const classes = cornerClasses(input.proposals, input.means, input.weights, input.spread);
  const count = classes.members.length;
  const { sums, step, column, close } = cornerSums(input, classes);
  const ranks: Ranks = { classes, sums, close, best, worst, ...flatMembers(classes) };
  const binned = binnedRanker(ranks);
  const sorted = sortedRanker(ranks);
  for (let gray = 0, corner = 0; gray < 1 << n; gray++) {
    let lo = Infinity;
    let hi = -Infinity;
    const c = gray === 0 ? -1 : 31 - Math.clz32(gray & -gray); // the bit that flips between Gray codes
    corner ^= gray === 0 ? 0 : 1 << c;
    const delta = c < 0 ? 0 : (corner >> c) & 1 ? (step[c] ?? 0) : -(step[c] ?? 0);
    for (let k = 0, from = Math.max(c, 0) * count; k < count; k++) {
      const s = (sums[k] ?? 0) + delta * (column[from + k] ?? 0);
      sums[k] = s;
      if (s < lo) lo = s;
      if (s > hi) hi = s;
    }
    if (!binned(corner, lo, hi)) sorted(corner);
  }
}

/** What ranking a corner reads and updates. */
interface Ranks {
  readonly classes: CornerClasses;
  /** The corner's sums, by class. */
  readonly sums: Float64Array;
  readonly close: number;
  readonly best: Int32Array;
  readonly worst: Int32Array;
  /** Class k's members are member[first[k]] … member[first[k + 1] − 1], in tie order. */
  readonly first: Int32Array;
  readonly member: Int32Array;
}

function flatMembers(classes: CornerClasses): { first: Int32Array; member: Int32Array } {
  const first = new Int32Array(classes.members.length + 1);
  classes.members.forEach((m, k) => (first[k + 1] = (first[k] ?? 0) + m.length));
  return { first, member: Int32Array.from(classes.members.flat()) };
}

/** A proposal's rank in a corner: best and worst take it in. */
function record(ranks: Ranks, p: number, rank: number): void {
  if (rank < (ranks.best[p] ?? 0)) ranks.best[p] = rank;
  if (rank > (ranks.worst[p] ?? 0)) ranks.worst[p] = rank;
}

/**
 * 1 when class j is above class k in `corner`, −1 when below, 0 when their sums are exactly
 * equal (the tie order then decides between their members).
 */
function compareClasses(ranks: Ranks, j: number, k: number, corner: number): number {
  const d = (ranks.sums[j] ?? 0) - (ranks.sums[k] ?? 0);
  if (d > ranks.close) return 1;
  if (d < -ranks.close) return -1;
  if (ranks.close === 0) return 0; // whole sums: exactly equal
  const e = exactSum(ranks.classes, j, corner) - exactSum(ranks.classes, k, corner);
  return e > 0n ? 1 : e < 0n ? -1 : 0;
}

/**
 * A bin holding more proposals than this makes the binned ranking slow: the corner is sorted.
 * Well above the national size's busiest bin (about 10), so that sums bunched by a few far above
 * the rest still go by bins.
 */
const CROWDED = 64;

/**
 * Ranks a corner without sorting it, where that cannot change a best or worst rank. The sums are
 * counted into about count / 4 bins by their place between the smallest and the largest; a
 * class's rank then lies between the proposals in the bins above its own and those in its bin
 * too. Only when that span reaches beyond a member's best or worst so far is its exact rank
 * counted, against the classes of its bin. On the national size that is some 30 classes of
 * 1,000 a corner. Returns false, having done nothing, when a bin is crowded.
 */
function binnedRanker(ranks: Ranks): (corner: number, lo: number, hi: number) => boolean {
  const { sums, close, first, member, best, worst } = ranks;
  const count = first.length - 1;
  const bins = Math.max(1, count >> 2);
  const head = new Int32Array(bins);
  const next = new Int32Array(count);
  const binOf = new Int32Array(count);
  // before[b]: the proposals in bins 0 … b − 1 (bin 0 holds the largest sums).
  const before = new Int32Array(bins + 1);
  const tiePlace = ranks.classes.tiePlace;
  const sizes = Int32Array.from({ length: count }, (_, k) => (first[k + 1] ?? 0) - (first[k] ?? 0));
  return (corner, lo, hi) => {
    // (hi − s) · scale never decreases as s does (rounding is monotone), so a class in a bin
    // before another's has the larger sum: bin(x) < bin(v) implies x > v. For s from lo to hi it
    // runs from 0 to bins − 1 (two roundings cannot add a whole bin), and `| 0` is its floor.
    const scale = hi > lo ? (bins - 1) / (hi - lo) : 0;
    // Float sums this close span more than three bins: too many to compare with each other.
    if (close * scale > 1) return false;
    head.fill(-1);
    before.fill(0);
    for (let k = 0; k < count; k++) {
      const b = ((hi - (sums[k] ?? 0)) * scale) | 0;
      binOf[k] = b;
      next[k] = head[b] ?? -1;
      head[b] = k;
      before[b + 1] = (before[b + 1] ?? 0) + (sizes[k] ?? 0);
    }
    for (let b = 0; b < bins; b++) {
      if ((before[b + 1] ?? 0) > CROWDED) return false;
      before[b + 1] = (before[b + 1] ?? 0) + (before[b] ?? 0);
    }
    for (let k = 0; k < count; k++) {
      // Classes in bins before `top` surely beat k, those after `bottom` surely do not.
      let top = binOf[k] ?? 0;
      let bottom = top;
      if (close > 0) {
        const s = sums[k] ?? 0;
        top = Math.max(0, ((hi - (s + close)) * scale) | 0);
        bottom = Math.min(bins - 1, ((hi - (s - close)) * scale) | 0);
      }
      const above = before[top] ?? 0;
      const size = sizes[k] ?? 0;
      const others = (before[bottom + 1] ?? 0) - above - size;
      for (let o = 0; o < size; o++) {
        const p = member[(first[k] ?? 0) + o] ?? 0;
        const lowest = above + o + 1;
        if ((best[p] ?? 0) <= lowest && lowest + others <= (worst[p] ?? 0)) continue;
        // The exact rank: the members of k before p, and every proposal of the bins between
        // that beats p.
        let rank = lowest;
        for (let b = top; b <= bottom; b++)
          for (let j = head[b] ?? -1; j >= 0; j = next[j] ?? -1) {
            if (j === k) continue;
            const side = compareClasses(ranks, j, k, corner);
            if (side > 0) rank += sizes[j] ?? 0;
            else if (side === 0)
              for (let t = first[j] ?? 0; t < (first[j + 1] ?? 0); t++)
                if ((tiePlace[member[t] ?? 0] ?? 0) < (tiePlace[p] ?? 0)) rank++;
          }
        record(ranks, p, rank);
      }
    }
    return true;
  };
}

/**
 * Ranks a corner in full: sorted, then walked best first in bands of neighbours too close to
 * tell apart (with whole sums: equal ones), each band ordered exactly.
 */
function sortedRanker(ranks: Ranks): (corner: number) => void {
  const { classes, sums, close, first, member } = ranks;
  const count = first.length - 1;
  const order = new Int32Array(count);
  const tied = new Int32Array(member.length);
  let placed = 0;
  /** Places exactly tied classes: their members merged in tie order. */
  const placeTied = (group: ArrayLike<number>): void => {
    let size = 0;
    for (let g = 0; g < group.length; g++) {
      const k = group[g] ?? 0;
      for (let t = first[k] ?? 0; t < (first[k + 1] ?? 0); t++) tied[size++] = member[t] ?? 0;
    }
    tied.subarray(0, size).sort((a, b) => (classes.tiePlace[a] ?? 0) - (classes.tiePlace[b] ?? 0));
    for (let t = 0; t < size; t++) record(ranks, tied[t] ?? 0, ++placed);
  };
  return (corner) => {
    order.forEach((_, k) => (order[k] = k));
    order.sort((a, b) => (sums[b] ?? 0) - (sums[a] ?? 0));
    placed = 0;
    for (let i = 0; i < count;) {
      let j = i + 1;
      while (j < count && (sums[order[j - 1] ?? 0] ?? 0) - (sums[order[j] ?? 0] ?? 0) <= close) j++;
      const band = order.subarray(i, j);
      if (close === 0 || j === i + 1) placeTied(band);
      else for (const group of exactGroups(classes, Array.from(band), corner)) placeTied(group);
      i = j;
    }
  };
}
