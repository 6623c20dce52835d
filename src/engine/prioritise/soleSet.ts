/**
 * Phase 2 of the funding plan (contract §5) through its funded set, for plans whose start-year
 * proof in one model is too slow. Every funded proposal adds its start year (≥ the first budget
 * year, ~2,000) to the sum, and delays add only tens: a plan with fewer start years than `best`
 * funds at most ⌊(sum − 1) / first year⌋ proposals. So two proofs replace one:
 * (1) HiGHS: no plan other than `best`'s set reaches its score with that few proposals (a proof
 * of infeasibility, with HiGHS's plan-finding heuristics off: proofSettings.ts);
 * (2) HiGHS: that set's start years, nothing else funded, cannot sum to less than `best`'s (or
 * its answer, checked exactly here, is the least).
 * With the score proven highest in phase 1, (1) and (2) prove the least start-year sum. On the
 * bench's 100 × 4 plans (5 seeds) the set was always alone: (1) took 1–290 nodes where the
 * one-model proof did not finish in its time limit.
 *
 * (2) by years: summed by parts, a schedule's start years are n · (first year) plus, for every
 * year k but the last, (year k+1 − year k) × the proposals not started by k. Any upper bound on
 * how many of the set can have started by each such k therefore bounds the sum from below. The
 * bounds: the LP relaxation's maximum of each count, from its duals by weak duality (lpBound.ts)
 * and floored (a count is whole), then lowered by one where HiGHS proves that many out of reach
 * (a probe: a proof of infeasibility, capped at {@link PROBE_NODES} nodes). `best` at the least
 * sum they allow is proven with no schedule solve; else a schedule with every count at its bound
 * (rows "most" and "reach"), checked exactly here, is proven by them; when HiGHS proves there is
 * none, some count is a whole proposal short in every schedule, and the least sum rises by the
 * least year gap. A schedule at that sum ("earlier" ≤ it), checked exactly, is then proven by it
 * ("infeasible" raises it by one year); last, the schedule solve below `best`'s sum, with the
 * bounds as rows, proven by HiGHS or by the least sum.
 *
 * Measured on the bench's 100 × 4 plans (5 seeds): the LP's floors were the true maxima on 8 of
 * the 15 years and one above on the other 7; each LP took 45–125 simplex iterations (5–15 ms)
 * where the MILP maximum it replaces took 72–2,136 (20–800 ms); a probe proved a floor one too
 * high in 1–27 nodes. Seed 4's schedule solve alone stops at its 4 s limit (~2,900 nodes; LP bound
 * 135,802.6 against the optimum 135,806); the bounds (35, 47, 55) allow exactly 135,806 and the
 * reach solve finds it in 146 nodes. Seed 2's bounds are not reached together (the reach solve:
 * infeasible, 568 nodes), so its least sum is 135,799, which the schedule asked at that sum
 * reached in 457 nodes (756 below `best`'s sum).
 */
import type { MilpSolution, MilpSolver } from '../solver';
import { feasible, planMerit, type PlanInstance, type Starts } from './instance';
import {
  constraintRows,
  fundedVar,
  fundedVars,
  linear,
  lpText,
  startVars,
  type Term,
} from './lpModel';
import { PROOF_SETTINGS } from './proofSettings';
import {
  cumulativeRows,
  readCumulativeStarts,
  startedVar,
  startedVars,
  yearSumTerms,
} from './cumulativeModel';
import { objectiveMatches } from './solution';

/**
 * Nodes for each probe of a bound by year (see {@link lowered}). On the bench's 100 × 4 plans
 * (5 seeds) a probe that proved a bound one too high took 1–27 nodes, one that found a schedule
 * with that many started 1–715 (then the bound stands, as it does when the probe stops here).
 */
const PROBE_NODES = 50;

export interface SoleSetResult {
  /** `best`, or a plan with its score and fewer start years. */
  readonly starts: Starts;
  /** True when (1) and (2) of the module note hold: `starts` has the least start-year sum. */
  readonly proven: boolean;
}

/**
 * The plan with `best`'s total score and the least start-year sum, when `best`'s funded set is
 * the only one that could have it; null when that is not shown (another set exists, HiGHS ran
 * out of time, or the first budget year is not positive): phase 2 then goes on as before.
 */
export function soleSetStarts(
  instance: PlanInstance,
  solver: MilpSolver,
  best: Starts,
  timeLimit: number,
): SoleSetResult | null {
  const { items, years } = instance;
  const first = years[0]?.year ?? 0;
  if (first <= 0) return null;
  const { value, yearSum } = planMerit(instance, best);
  const funded = best.filter((k) => k >= 0).length;
  // A plan with k proposals sums to at least k · first: fewer years than `best` needs k below.
  const fewest = Math.floor((yearSum - 1) / first);
  const score: Term[] = items.map((item, i) => [BigInt(item.value), fundedVar(i)]);
  const count: Term[] = items.map((_, i) => [1n, fundedVar(i)]);
  // Another set: at least one proposal in or out where `best` has it out or in.
  const other: Term[] = best.map((k, i) => [k >= 0 ? -1n : 1n, fundedVar(i)]);
  const alone = solver.solve(
    lpText(
      'Maximize',
      score,
      [
        ...constraintRows(instance, { aggregated: true }),
        ` keep: ${linear(score)} >= ${value}`,
        ` count: ${linear(count)} <= ${fewest}`,
        ` other: ${linear(other)} >= ${1 - funded}`,
      ],
      { binaries: [...startVars(instance), ...fundedVars(instance)] },
    ),
    { mip_rel_gap: 0, time_limit: timeLimit, ...PROOF_SETTINGS },
  );
  if (alone.Status !== 'Infeasible') return null;

  const last = years.length - 1;
  const yearTerms = yearSumTerms(instance);
  const fixed = best.map((k, i) => ` set${i}: + 1 ${startedVar(i, last)} = ${k >= 0 ? 1 : 0}`);
  const setRows = [...cumulativeRows(instance), ...fixed];
  const binaries = startedVars(instance);
  // (2) by years (module note): the years some of the set can start by, each with its count in
  // `best` and its gap to the next year; a year none can start by adds gap × n to the sum.
  const counts: YearCount[] = [];
  let base = funded * first;
  for (let k = 0; k < last; k += 1) {
    const started: Term[] = best.flatMap((s, i) =>
      s >= 0 && (items[i]?.first ?? last) <= k ? [[1n, startedVar(i, k)] as const] : [],
    );
    const gap = (years[k + 1]?.year ?? 0) - (years[k]?.year ?? 0);
    if (started.length === 0) base += gap * funded;
    else counts.push({ started, reached: best.filter((s) => s >= 0 && s <= k).length, gap });
  }
  /** The least start-year sum that upper bounds `most` on the counts allow. */
  const least = (most: readonly number[]): number =>
    counts.reduce((sum, { gap }, j) => sum + gap * (funded - (most[j] ?? 0)), base);
  const ceilings = (most: readonly number[]): string[] =>
    counts.map(({ started }, j) => ` most${j}: ${linear(started)} <= ${most[j]}`);
  /**
   * A schedule with every count at its bound in `most` (HiGHS), checked exactly here: it has
   * the least sum they allow, so it is proven by them. `none`: HiGHS proved there is none.
   */
  const reach = (most: readonly number[]): Reached => {
    const floors = counts.map(({ started }, j) => ` reach${j}: ${linear(started)} >= ${most[j]}`);
    const answer = solver.solve(
      lpText('Minimize', yearTerms, [...setRows, ...ceilings(most), ...floors], { binaries }),
      { mip_rel_gap: 0, time_limit: timeLimit },
    );
    const starts = readCumulativeStarts(instance, answer);
    if (starts !== null && feasible(instance, starts)) {
      const merit = planMerit(instance, starts);
      if (merit.value === value && merit.yearSum === least(most)) return { starts, none: false };
    }
    return { starts: null, none: answer.Status === 'Infeasible' };
  };

  // Upper bounds on the counts: the LP relaxation's, floored (null when one is not known, or
  // one is below `best`'s own count, which would make it wrong).
  const relaxed = counts.map(({ started }) =>
    relaxedMost(solver, started, setRows, binaries, timeLimit),
  );
  const relaxedKnown = relaxed.every(
    (n, j): boolean => n !== null && n >= (counts[j]?.reached ?? 0),
  );
  // Each bound above `best`'s count, lowered by one where HiGHS proves it out of reach.
  const most = relaxedKnown
    ? counts.map((count, j) =>
        lowered(solver, count, setRows, binaries, relaxed[j] ?? 0, timeLimit),
      )
    : null;
  // The least start-year sum proven so far (null: none).
  let bound = most === null ? null : least(most);
  if (bound === yearSum) return { starts: best, proven: true };
  if (most !== null && bound !== null && bound < yearSum) {
    const reached = reach(most);
    if (reached.starts !== null) return { starts: reached.starts, proven: true };
    // When no schedule has every count at its bound, one count at least is a whole proposal
    // short, which starts a year later at least: the sum is a step above what they allow.
    if (reached.none) bound += Math.min(...counts.map(({ gap }) => gap));
  }
  // A bound above `best`'s sum would be wrong: it proves nothing.
  if (bound !== null && bound > yearSum) bound = null;
  if (bound === yearSum) return { starts: best, proven: true };
  const rows = [...setRows, ...(most === null ? [] : ceilings(most))];
  /** HiGHS's least-sum schedule among those summing to at most `sum`. */
  const schedule = (sum: number): MilpSolution =>
    solver.solve(
      lpText('Minimize', yearTerms, [...rows, ` earlier: ${linear(yearTerms)} <= ${sum}`], {
        binaries,
      }),
      { mip_rel_gap: 0, time_limit: timeLimit },
    );
  /** A schedule of the answer that keeps the score and starts earlier than `best`, or null. */
  const earlier = (answer: MilpSolution): { starts: Starts; yearSum: number } | null => {
    const starts = readCumulativeStarts(instance, answer);
    if (starts === null || !feasible(instance, starts)) return null;
    const merit = planMerit(instance, starts);
    return merit.value === value && merit.yearSum < yearSum
      ? { starts, yearSum: merit.yearSum }
      : null;
  };
  // A schedule at the least sum proven, asked for as such, is proven by it; "infeasible" raises
  // that sum by one (sums are whole years).
  if (bound !== null && bound < yearSum - 1) {
    const answer = schedule(bound);
    const found = earlier(answer);
    if (found !== null && found.yearSum === bound) return { starts: found.starts, proven: true };
    if (answer.Status === 'Infeasible') bound += 1;
    if (bound === yearSum) return { starts: best, proven: true };
  }
  const answer = schedule(yearSum - 1);
  // "Infeasible": no schedule of the set starts earlier than `best`.
  if (answer.Status === 'Infeasible') return { starts: best, proven: true };
  const found = earlier(answer);
  if (found === null) return { starts: best, proven: false };
  // "Optimal" proves only the answer it came with, when it is the sum HiGHS reports; an answer
  // at the least sum the bounds allow is proven by them.
  const proven =
    found.yearSum === bound ||
    (answer.Status === 'Optimal' && objectiveMatches(yearTerms, answer, found.yearSum));
  return { starts: found.starts, proven };
}

/** A year some of the set can start by: its "started by k" terms, `best`'s count, the gap on. */
interface YearCount {
  readonly started: readonly Term[];
  readonly reached: number;
  readonly gap: number;
}

interface Reached {
  readonly starts: Starts | null;
  readonly none: boolean;
}

/**
 * The LP relaxation's bound on the most of the set started by a year: by weak duality from its
 * duals (lpBound.ts, so it holds whatever HiGHS's tolerances), floored as the count is whole;
 * null when the LP gave no bound.
 */
function relaxedMost(
  solver: MilpSolver,
  started: readonly Term[],
  setRows: readonly string[],
  binaries: readonly string[],
  timeLimit: number,
): number | null {
  const relaxed = solver.solve(lpText('Maximize', started, setRows, { unitBounded: binaries }), {
    time_limit: timeLimit,
  });
  const bound = relaxed.DualBound;
  return bound !== undefined && Number.isFinite(bound) ? Math.floor(bound) : null;
}

/**
 * `most`, a bound on a year's count above `best`'s, one lower when HiGHS proves that no schedule
 * of the set has that many started (a proof of infeasibility, with HiGHS's plan-finding
 * heuristics off and at most {@link PROBE_NODES} nodes: past that, the bound stands).
 */
function lowered(
  solver: MilpSolver,
  count: YearCount,
  setRows: readonly string[],
  binaries: readonly string[],
  most: number,
  timeLimit: number,
): number {
  if (most <= count.reached) return most;
  const probe = solver.solve(
    lpText('Maximize', count.started, [...setRows, ` probe: ${linear(count.started)} >= ${most}`], {
      binaries,
    }),
    { mip_rel_gap: 0, time_limit: timeLimit, mip_max_nodes: PROBE_NODES, ...PROOF_SETTINGS },
  );
  return probe.Status === 'Infeasible' ? most - 1 : most;
}
