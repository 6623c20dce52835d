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
 * year k but the last, (year k+1 − year k) × the proposals not started by k. HiGHS gives the most
 * of the set that can have started by each such k (a small MILP, 1–25 nodes on 100 × 4), which
 * bounds the sum from below: `best` at that bound is proven with no schedule solve; else a
 * schedule with every year at its maximum (rows "most" and "reach"), checked exactly here, is
 * proven by the bound; else (no such schedule) the schedule solve goes on with the maxima as
 * rows. On 100 × 4 seed 4 the schedule solve had stopped at its 4 s limit (~2,900 nodes,
 * unproven; its LP bound 135,802.6 against the optimum 135,806); the maxima (35, 47, 55) allow
 * exactly 135,806 and the reach solve found it in 146 nodes. Of the 5 seeds, 4 end at the reach
 * solve (1–146 nodes); seed 2's maxima are not reached together (reach: infeasible, 568 nodes)
 * and its schedule solve took 756 nodes (354 without the maxima: HiGHS's path).
 */
import type { MilpSolver } from '../solver';
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
  // (2) by years (module note): at most how many of the set can have started by each year k,
  // and the least start-year sum those bounds allow (null when a bound is not known).
  const most: Term[][] = [];
  const maxima: number[] = [];
  let lowest: number | null = funded * first;
  // The least gap between a year with a "most" row and the next: what the sum rises by when
  // one of those bounds is missed.
  let step = Infinity;
  for (let k = 0; k < last; k += 1) {
    const started: Term[] = best.flatMap((s, i) =>
      s >= 0 && (items[i]?.first ?? last) <= k ? [[1n, startedVar(i, k)] as const] : [],
    );
    const byBest = best.filter((s) => s >= 0 && s <= k).length;
    const gap = (years[k + 1]?.year ?? 0) - (years[k]?.year ?? 0);
    // Nothing of the set can start by k: none did.
    const n =
      started.length === 0
        ? 0
        : mostStarted(solver, started, setRows, binaries, byBest, timeLimit);
    // A bound below `best`'s own count is wrong: it proves nothing.
    if (n === null || n < byBest) {
      lowest = null;
      continue;
    }
    if (started.length > 0) {
      most.push(started);
      maxima.push(n);
      step = Math.min(step, gap);
    }
    if (lowest !== null) lowest += gap * (funded - n);
  }
  if (lowest === yearSum) return { starts: best, proven: true };
  const mostRows = most.map((terms, j) => ` most${j}: ${linear(terms)} <= ${maxima[j]}`);
  // The least sum proven so far: `lowest`, and one step more when no schedule reaches it.
  let bound = lowest;
  // A schedule reaching that least sum, checked exactly here, is proven by it.
  if (lowest !== null && lowest < yearSum && most.length > 0) {
    const reachRows = most.map((terms, j) => ` reach${j}: ${linear(terms)} >= ${maxima[j]}`);
    const reach = solver.solve(
      lpText('Minimize', yearTerms, [...setRows, ...mostRows, ...reachRows], { binaries }),
      { mip_rel_gap: 0, time_limit: timeLimit },
    );
    const starts = readCumulativeStarts(instance, reach);
    if (starts !== null && feasible(instance, starts)) {
      const merit = planMerit(instance, starts);
      if (merit.value === value && merit.yearSum === lowest) return { starts, proven: true };
    }
    // No schedule has every year at its bound: each misses one by a whole proposal, which
    // starts a year later at least.
    if (reach.Status === 'Infeasible') bound = lowest + step;
    if (bound === yearSum) return { starts: best, proven: true };
  }
  const schedule = solver.solve(
    lpText(
      'Minimize',
      yearTerms,
      [...setRows, ...mostRows, ` earlier: ${linear(yearTerms)} <= ${yearSum - 1}`],
      { binaries },
    ),
    { mip_rel_gap: 0, time_limit: timeLimit },
  );
  // "Infeasible": no schedule of the set starts earlier than `best`.
  if (schedule.Status === 'Infeasible') return { starts: best, proven: true };
  const starts = readCumulativeStarts(instance, schedule);
  const merit = starts === null ? null : planMerit(instance, starts);
  const accepted =
    starts !== null &&
    merit !== null &&
    feasible(instance, starts) &&
    merit.value === value &&
    merit.yearSum < yearSum;
  if (!accepted) return { starts: best, proven: false };
  // "Optimal" proves only the answer it came with, when it is the sum HiGHS reports; an answer
  // at the least sum the bounds allow is proven by them.
  const proven =
    merit.yearSum === bound ||
    (schedule.Status === 'Optimal' && objectiveMatches(yearTerms, schedule, merit.yearSum));
  return { starts, proven };
}

/**
 * At most how many of `started` a schedule of the set can have (whole), or null when not known:
 * the LP relaxation's bound by weak duality (lpBound.ts, true whatever HiGHS's tolerances),
 * floored. When that is above `reached` (a count a schedule of the set has), HiGHS is asked for a
 * schedule with that many: "infeasible" lowers the bound by one.
 */
function mostStarted(
  solver: MilpSolver,
  started: readonly Term[],
  setRows: readonly string[],
  binaries: readonly string[],
  reached: number,
  timeLimit: number,
): number | null {
  const relaxed = solver.solve(
    lpText('Maximize', started, setRows, { unitBounded: binaries }),
    { time_limit: timeLimit },
  );
  const bound = relaxed.DualBound;
  if (bound === undefined || !Number.isFinite(bound)) return null;
  const n = Math.floor(bound);
  if (n <= reached || process.env.EXP_NOPROBE) return n;
  const probe = solver.solve(
    lpText('Maximize', started, [...setRows, ` probe: ${linear(started)} >= ${n}`], { binaries }),
    { mip_rel_gap: 0, time_limit: timeLimit, ...PROOF_SETTINGS },
  );
  return probe.Status === 'Infeasible' ? n - 1 : n;
}
