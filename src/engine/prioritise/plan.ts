/**
 * The optimal funding plan (contract §5): which proposals to fund and when, maximising the total
 * score within the budgets, then starting as early as possible.
 *
 * Two exact phases on the integer instance: (1) maximise the total score (lpModel.ts); (2) keep
 * that total and minimise the sum of start years (cumulativeModel.ts; on large plans a local
 * search, see earlier.ts). An optional proposal with score 0 adds nothing, so the tie-break leaves
 * it out. Scores are whole millionths of a point, so "keep that total" is an integer constraint
 * with no tolerance to argue about. Every answer HiGHS gives is checked
 * exactly here, and the greedy plan is the floor: the result is never worse than it.
 */
import type { ParsedWorkbook } from '../model';
import type { Problem } from '../problem';
import type { MilpOptions, MilpSolution, MilpSolver } from '../solver';
import { earlierStarts } from './earlier';
import { greedyStarts } from './greedy';
import { budgetYearsProblem, planSizeProblem } from './limits';
import { tieOrderStarts } from './tieOrder';
import {
  betterPlan,
  feasible,
  planInstance,
  planMerit,
  type PlanInstance,
  type Starts,
} from './instance';
import {
  cumulativeRows,
  fundedValueTerms,
  readCumulativeStarts,
  startedVars,
  yearSumTerms,
} from './cumulativeModel';
import {
  constraintRows,
  fundedVar,
  fundedVars,
  linear,
  lpText,
  startVars,
  type Term,
} from './lpModel';
import { budgetShortfalls } from './shortfall';
import { objectiveMatches, readStarts } from './solution';

export interface FundingPlan {
  /** Funded proposal ID → start year. */
  readonly startYears: ReadonlyMap<string, number>;
  /**
   * HiGHS proved both the total score and the start-year tie-break optimal, for the very plan
   * returned: an answer the exact check rejected, or one whose plan is not the objective HiGHS
   * proved, proves nothing.
   */
  readonly provenOptimal: boolean;
  /** At most this far (relative) below the best total score; 0 when proven optimal. */
  readonly relativeGap: number;
  /** Mandatory proposals that cannot start within the budget years at all. */
  readonly unstartableMandatory: readonly string[];
  readonly method: 'all' | 'milp' | 'greedy';
}

export type PlanOutcome =
  | { readonly ok: true; readonly plan: FundingPlan }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Plans up to this many start variables (proposals × years they may start in) are solved with a
 * relative gap of 0, to prove optimality. On the bench plans (5 seeds each) HiGHS proves the total
 * score of 100 × 4 in 0.5–3 s; the start-year tie-break packs the funded proposals into the years,
 * and its proof is harder: 50 × 4 always within its limit, 100 × 4 for 3 of 5 (the others keep the
 * best start years found, usually the optimum, unproven). Larger plans stop within
 * {@link LARGE_GAP} or at the time limit (HiGHS may overrun it a little). `provenOptimal` says
 * which happened.
 */
export const PROVEN_MAX_VARIABLES = 500;
const LARGE_GAP = 0.001;
/**
 * Share of HiGHS's effort on primal heuristics. A proof is won by the bound, so a small plan keeps
 * HiGHS's default (0.05; 0.3 made the 100 × 4 proof ~1.7× slower). A large plan is stopped by its
 * time limit; with the default its incumbent then was sometimes far below the greedy plan
 * (1,000 × 5: 2 % below in one run), with 0.3 it is above it.
 */
const SMALL_HEURISTIC_EFFORT = 0.05;
const LARGE_HEURISTIC_EFFORT = 0.3;
/**
 * HiGHS's presolve on a large plan: off. On 1,000 × 5 it spent ~1.3 s of the 4 (probing thousands
 * of start variables) and removed under a tenth of the model; without it the sub-MIP heuristics
 * start earlier and the plan reached 0.03 % in the same time where it stopped at 0.2 %. On small
 * plans it made no measurable difference, so they keep HiGHS's default.
 */
const LARGE_PRESOLVE = 'off';
/**
 * The aggregated rows (lpModel.ts) win the proofs of small plans and helped the county plan
 * (200 × 5: 0.10 % where it stopped at 0.15–0.30 % without), but on 1,000 × 5 HiGHS then spends
 * its time separating cuts at the root: over 5 seeds, 0.03–0.33 % (mean 0.19 %) in 4 s with them,
 * 0.05–0.18 % (mean 0.12 %) without.
 */
const AGGREGATED_MAX_VARIABLES = 2000;
/** Seconds for a small plan's proof: phase 1 (score), then phase 2 (start years). */
const SMALL_SCORE_TIME_LIMIT = 8;
const SMALL_YEARS_TIME_LIMIT = 4;
const LARGE_SCORE_TIME_LIMIT = 4;
const RELAXATION_TIME_LIMIT = 1;

const toPlan = (
  instance: PlanInstance,
  starts: Starts,
  rest: Omit<FundingPlan, 'startYears' | 'unstartableMandatory'>,
): FundingPlan => {
  const startYears = new Map<string, number>();
  starts.forEach((k, i) => {
    const item = instance.items[i];
    const year = instance.years[k];
    if (item !== undefined && year !== undefined) startYears.set(item.id, year.year);
  });
  return { startYears, unstartableMandatory: instance.unstartableMandatory, ...rest };
};

/** No Budget table: every proposal is funded in the planning year. */
const everything = (wb: ParsedWorkbook): FundingPlan => ({
  startYears: new Map(wb.proposals.map((p) => [p.id, wb.settings.planningYear])),
  provenOptimal: true,
  relativeGap: 0,
  unstartableMandatory: [],
  method: 'all',
});

/** An upper bound on how far `value` may be below the optimum, from a trivial bound (all funded). */
function trivialGap(instance: PlanInstance, value: number): number {
  const bound = instance.items.reduce((n, item) => n + item.value, 0);
  return bound === 0 ? 0 : (bound - value) / bound;
}

/**
 * The greedy plan (best score per cost first, each at its earliest affordable year): feasible,
 * honours dependencies, EarliestYear, Operating and mandatory proposals where it can. Without a
 * Budget table, every proposal in the planning year, as {@link planFunding}.
 */
export function greedyPlan(wb: ParsedWorkbook, scores: ReadonlyMap<string, number>): FundingPlan {
  if (wb.budget === null) return everything(wb);
  const instance = planInstance(wb, wb.budget, scores);
  const starts = greedyStarts(instance);
  const gap = trivialGap(instance, planMerit(instance, starts).value);
  return toPlan(instance, starts, { provenOptimal: false, relativeGap: gap, method: 'greedy' });
}

/** Σ a·x (op) v as an LP row (empty when no term has a coefficient). */
const boundRow = (
  name: string,
  terms: readonly Term[],
  op: '<=' | '>=',
  bound: number,
): string[] => (terms.length === 0 ? [] : [` ${name}: ${linear(terms)} ${op} ${bound}`]);

interface Phase {
  readonly starts: Starts | null;
  readonly solution: MilpSolution;
}

/**
 * The funding plan of `wb` for `scores` (proposal ID → 0–100). `solver` is needed only when the
 * workbook has a Budget table and a proposal that can start within it; passing null then is a
 * programming error and throws. Returns BUDGET_SHORT problems when the mandatory proposals do not
 * fit the budgets, and PLAN_TOO_LARGE when the plan passes a cap of limits.ts.
 */
export function planFunding(
  wb: ParsedWorkbook,
  scores: ReadonlyMap<string, number>,
  solver: MilpSolver | null,
  // Hook for the frontier (contract v1.1 §11; choices/frontier.ts): the highest total score only,
  // no start-year tie-break. The plan is then never `provenOptimal`; `relativeGap` 0 still
  // proves its score.
  options: { readonly scoreOnly?: boolean } = {},
): PlanOutcome {
  if (wb.budget === null || wb.proposals.length === 0) return { ok: true, plan: everything(wb) };
  // The caps come first: past one, nothing of the plan is built (see limits.ts).
  const tooManyYears = budgetYearsProblem(wb.budget);
  if (tooManyYears !== null) return { ok: false, problems: [tooManyYears] };
  const instance = planInstance(wb, wb.budget, scores);
  const tooLarge = planSizeProblem(instance, wb.proposals);
  if (tooLarge !== null) return { ok: false, problems: [tooLarge] };
  if (instance.items.length === 0) {
    return {
      ok: true,
      plan: toPlan(instance, [], { provenOptimal: true, relativeGap: 0, method: 'milp' }),
    };
  }
  if (solver === null) throw new Error('HiGHS solver required');

  const vars = startVars(instance);
  const binaries = [...vars, ...fundedVars(instance)];
  const small = vars.length <= PROVEN_MAX_VARIABLES;
  const rows = constraintRows(instance, {
    aggregated: vars.length <= AGGREGATED_MAX_VARIABLES,
  });
  const solve = (lp: string, options: MilpOptions): Phase => {
    const solution = solver.solve(lp, options);
    const starts = readStarts(instance, solution);
    return { solution, starts: starts !== null && feasible(instance, starts) ? starts : null };
  };
  const valueTerms = (minimum: bigint): Term[] =>
    instance.items.flatMap((item, i) =>
      BigInt(item.value) < minimum ? [] : [[BigInt(item.value), fundedVar(i)] as const],
    );

  // Phase 1: the highest total score.
  const scoreGap = small ? 0 : LARGE_GAP;
  const scoreTerms = valueTerms(0n);
  const scoreLp = lpText('Maximize', scoreTerms, rows, { binaries });
  const first = solve(scoreLp, {
    mip_rel_gap: scoreGap,
    time_limit: small ? SMALL_SCORE_TIME_LIMIT : LARGE_SCORE_TIME_LIMIT,
    ...(small
      ? { mip_heuristic_effort: SMALL_HEURISTIC_EFFORT }
      : { mip_heuristic_effort: LARGE_HEURISTIC_EFFORT, presolve: LARGE_PRESOLVE }),
  });
  if (first.solution.Status === 'Infeasible') {
    const problems = budgetShortfalls(instance, solver, wb.settings.roundTo);
    if (problems.length > 0) return { ok: false, problems };
  }

  // Phase 2: that total, the earliest starts. Whole millionths make "that total" exact. The
  // phase-1 plan, moved earlier locally (see earlier.ts), is the plan to beat; a large plan stops
  // there: it is not proven anyway.
  let best = first.starts === null ? null : earlierStarts(instance, first.starts);
  let yearsProven = false;
  if (best !== null && small && options.scoreOnly !== true) {
    const { value, yearSum } = planMerit(instance, best);
    const yearTerms = yearSumTerms(instance);
    // Only a strictly earlier plan is of interest: this cutoff prunes as an incumbent would, and
    // "infeasible" proves `best`. Phase 2 runs on the cumulative model (see cumulativeModel.ts).
    const lp = lpText(
      'Minimize',
      yearTerms,
      [
        ...cumulativeRows(instance),
        ...boundRow('keepscore', fundedValueTerms(instance, 1n), '>=', value),
        ...boundRow('earlier', yearTerms, '<=', yearSum - 1),
      ],
      { binaries: startedVars(instance) },
    );
    const second = solver.solve(lp, { mip_rel_gap: 0, time_limit: SMALL_YEARS_TIME_LIMIT });
    const starts = readCumulativeStarts(instance, second);
    const accepted =
      starts !== null &&
      feasible(instance, starts) &&
      betterPlan(planMerit(instance, starts), planMerit(instance, best));
    if (accepted) best = starts;
    // "Infeasible" proves that no plan keeps the score and starts earlier than `best`; "Optimal"
    // proves only the answer it came with, so it counts when that answer passed the exact check
    // and is the plan whose year sum HiGHS reports. A rejected answer proves nothing: `best`
    // stands, unproven.
    yearsProven =
      second.Status === 'Infeasible' ||
      (second.Status === 'Optimal' &&
        accepted &&
        objectiveMatches(yearTerms, second, planMerit(instance, best).yearSum));
    best = tieOrderStarts(instance, best);
  }
  // Proven only for an answer the exact check accepted (first.starts is null otherwise) whose
  // total score is the optimum HiGHS reports.
  const scoreProven =
    first.solution.Status === 'Optimal' &&
    scoreGap === 0 &&
    first.starts !== null &&
    objectiveMatches(scoreTerms, first.solution, planMerit(instance, first.starts).value);

  // The greedy plan is the floor: take it when the solver found nothing better.
  const greedy = greedyStarts(instance);
  const greedyWins =
    best === null ||
    (feasible(instance, greedy) &&
      betterPlan(planMerit(instance, greedy), planMerit(instance, best)));
  const chosen = greedyWins ? greedy : (best ?? greedy);
  const proven = !greedyWins && scoreProven && yearsProven;
  const value = planMerit(instance, chosen).value;
  const gap =
    proven || scoreProven
      ? 0
      : relativeGap(instance, first.solution, scoreGap, value, rows, solver);
  return {
    ok: true,
    plan: toPlan(instance, chosen, {
      provenOptimal: proven,
      relativeGap: gap,
      method: greedyWins ? 'greedy' : 'milp',
    }),
  };
}

/**
 * How far `value` may be below the best total score: from HiGHS's best bound when it reports one
 * (its cuts make it tighter than the LP relaxation's, and it costs nothing), else its own gap
 * when it stopped at it, else the bound from the LP relaxation (every variable between 0 and 1).
 */
function relativeGap(
  instance: PlanInstance,
  solution: MilpSolution,
  scoreGap: number,
  value: number,
  rows: readonly string[],
  solver: MilpSolver,
): number {
  const gapTo = (bound: number): number =>
    bound <= 0 ? 0 : Math.min(1, Math.max(0, (bound - value) / bound));
  if (solution.DualBound !== undefined && Number.isFinite(solution.DualBound)) {
    return gapTo(solution.DualBound);
  }
  // HiGHS's optimum bounds the best score (within its gap) even when its answer was rejected:
  // the plan taken instead is measured against it, not assumed to be it.
  if (solution.Status === 'Optimal' && Number.isFinite(solution.ObjectiveValue))
    return Math.max(scoreGap, gapTo(solution.ObjectiveValue * (1 + scoreGap)));
  const objective: Term[] = instance.items.map((item, i) => [BigInt(item.value), fundedVar(i)]);
  const relaxed = solver.solve(
    lpText('Maximize', objective, rows, {
      unitBounded: [...startVars(instance), ...fundedVars(instance)],
    }),
    { time_limit: RELAXATION_TIME_LIMIT },
  );
  const bound = relaxed.Status === 'Optimal' ? relaxed.ObjectiveValue : Number.NaN;
  return Number.isFinite(bound) ? gapTo(bound) : trivialGap(instance, value);
}
