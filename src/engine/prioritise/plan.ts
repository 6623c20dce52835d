/**
 * The optimal funding plan (contract §5): which proposals to fund and when, maximising the total
 * score within the budgets, then starting as early as possible.
 *
 * A small plan is first searched exactly (search.ts): when that search ends within its work limit,
 * its plan is proven optimal without HiGHS. Otherwise two exact phases on the integer instance:
 * (1) maximise the total score: on a small plan by exact search over the funded sets
 * (scoreSearch.ts, whose completion proves it), else in HiGHS (lpModel.ts), asked only to beat
 * the best plan found when there is one; (2) keep that total and minimise the sum of start
 * years, by exact search (startYears.ts), else in HiGHS (cumulativeModel.ts), on larger plans
 * through the funded set (soleSet.ts); on large plans a local search (earlier.ts). The largest plans come from the LP
 * relaxation first (lpCore.ts): a plan within LARGE_GAP of its bound needs no MILP at all.
 * An optional proposal with score 0 adds nothing, so the tie-break leaves it out. Scores are whole
 * millionths of a point, so "keep that total" is an integer constraint with no tolerance to argue
 * about. Every answer HiGHS gives is checked exactly here, and the greedy plan (or the search's
 * better one) is the floor: the result is never worse than it.
 */
import type { ParsedWorkbook } from '../model';
import type { Problem } from '../problem';
import type { MilpOptions, MilpSolution, MilpSolver } from '../solver';
import { earlierStarts } from './earlier';
import { certifiedGap, lpCorePlan, relaxation, startColumns } from './lpCore';
import { greedyStarts } from './greedy';
import { highestScore } from './scoreSearch';
import { searchPlan } from './search';
import { soleSetStarts } from './soleSet';
import { earliestStarts } from './startYears';
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
import { SEARCH_SETTINGS } from './proofSettings';
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
  /**
   * `search`: the exact searches, without HiGHS (search.ts, proven when it completed; or
   * scoreSearch.ts and startYears.ts, phase by phase), or the search's plan beat HiGHS's;
   * `milp`: HiGHS took part (its MILP, or on the largest plans its LP relaxation, rounded and
   * improved: lpCore.ts); `greedy`: nothing beat the greedy plan.
   */
  readonly method: 'all' | 'search' | 'milp' | 'greedy';
}

export interface PlanOptions {
  /**
   * Work the exact search may spend (nodes × proposals) before HiGHS takes over; 0 leaves the
   * plan to HiGHS alone (tests of the HiGHS route use that). Default {@link SEARCH_WORK}.
   */
  readonly searchWork?: number;
  /**
   * Work (nodes × proposals) the exact score search of phase 1 (scoreSearch.ts) may spend before
   * HiGHS's phase 1 takes over; 0 leaves phase 1 to HiGHS. Default {@link SCORE_WORK}, or 0 when
   * `searchWork` is 0 (the plan left to HiGHS alone).
   */
  readonly scoreWork?: number;
  /**
   * Work (nodes × proposals) the exact start-year search of phase 2 (startYears.ts) may spend
   * before HiGHS takes over; 0 leaves phase 2 to HiGHS. Default {@link YEARS_WORK}.
   */
  readonly yearsWork?: number;
  /**
   * For the frontier (contract v1.1 §11; choices/frontier.ts): the highest total score only, no
   * start-year tie-break. The plan is then never `provenOptimal`; `relativeGap` 0 still proves
   * its score.
   */
  readonly scoreOnly?: boolean;
  /**
   * HiGHS's time limit for the total score, in seconds, when shorter than the plan's own (the
   * frontier's points: a point not proven in time is shown as not proven).
   */
  readonly scoreTimeLimit?: number;
  /**
   * Phase 2 through the funded set (soleSet.ts) when the start-year search has not proven it.
   * Default: on plans of {@link SOLE_SET_MIN_VARIABLES} start variables or more (tests force it).
   */
  readonly soleSet?: boolean;
  /**
   * Plan from the LP relaxation first (lpCore.ts), done when its plan is within
   * {@link LARGE_GAP} of the relaxation's bound. Default: on plans of
   * {@link LP_CORE_MIN_VARIABLES} start variables or more (tests force it on small ones).
   */
  readonly lpCore?: boolean;
  /**
   * The gap (relative) within which the LP route's plan is taken; default {@link LARGE_GAP}.
   * Tests raise it to see the route's plan on small plans, whose LP bound is rarely that close.
   */
  readonly lpCoreGap?: number;
  /**
   * A plan past the exact searches' size (more than {@link PROVEN_MAX_VARIABLES} start variables)
   * comes from the LP route alone, whatever its gap: the frontier's points, six plans that ride
   * along with every run. Their MILPs, cut at the points' time limit, took 0.5 s each on
   * county-sized plans (200 × 5) and gave other scores on a slower machine; the LP route takes
   * 10–50 ms a point, and no point claims to be proven. Only its core (lpCore.ts), run where the
   * rounded plan is far from the bound, has a time limit: it ran to it on one point of 2 of 10
   * county seeds (those points took 0.5 s and may differ on a slower machine).
   */
  readonly lpRouteWhenLarge?: boolean;
}

export type PlanOutcome =
  | { readonly ok: true; readonly plan: FundingPlan }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Plans up to this many start variables (proposals × years they may start in) are solved with a
 * relative gap of 0, to prove optimality. On the bench plans (5 seeds each) HiGHS proves the total
 * score of 100 × 4 in 0.5–3 s; the start-year tie-break packs the funded proposals into the years,
 * and its proof is harder: 50 × 4 always within its limit, 100 × 4 on all 5 through the funded
 * set (soleSet.ts: the most of it that can start by each year bounds the year sum). Larger plans
 * stop within {@link LARGE_GAP} or at the time limit (HiGHS may overrun it a little).
 * `provenOptimal` says which happened.
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
 * Cut rounds at HiGHS's branch-and-bound nodes on a large plan: off (its root still separates
 * cuts). On the county plans (200 × 5, 10 seeds) the same plans or better, in 0.6–3.6 s where the
 * nodes' cuts took 0.6–3.7 s: seed 3 1.6 s against 2.9, seed 8 1.0 against 2.1, seed 2 0.9
 * against 1.4, none slower. RINS and RENS stay on there: they find the plans (off, three of five
 * seeds stopped at their 4 s limit, 0.18–0.28 % below the bound).
 */
const LARGE_NODE_CUTS = false;
/**
 * The aggregated rows (lpModel.ts) win the proofs of small plans and helped the county plan
 * (200 × 5: 0.10 % where it stopped at 0.15–0.30 % without), but on 1,000 × 5 HiGHS then spends
 * its time separating cuts at the root: over 5 seeds, 0.03–0.33 % (mean 0.19 %) in 4 s with them,
 * 0.05–0.18 % (mean 0.12 %) without.
 */
const AGGREGATED_MAX_VARIABLES = 2000;
/**
 * From this many start variables the plan comes from the LP relaxation first (lpCore.ts): on
 * 1,000 × 5 (5 seeds) within 0.03–0.06 % of the LP's bound in 0.2–0.4 s (a loaded machine),
 * where HiGHS's MILP took 1.4–3.7 s to reach 0.03–0.09 %. The county's 200 × 5 (~1,000
 * variables, aggregated rows) stays with the MILP: there the LP's rounded plan was 0.25–0.5 %
 * below the bound, and starting HiGHS from it left the 5 seeds' scores mixed (one 0.05 % higher,
 * one 0.03 % lower, the rest equal) for 0.1–0.25 s more.
 */
const LP_CORE_MIN_VARIABLES = AGGREGATED_MAX_VARIABLES + 1;
/** Seconds for a small plan's proof: phase 1 (score), then phase 2 (start years). */
const SMALL_SCORE_TIME_LIMIT = 8;
const SMALL_YEARS_TIME_LIMIT = 4;
const LARGE_SCORE_TIME_LIMIT = 4;
const RELAXATION_TIME_LIMIT = 1;
/**
 * The exact search's work limit, in nodes × proposals. Both samples (10 proposals × 3 years) are
 * proven in 500–1,300 nodes (a few ms); generated plans of 15 × 4 in 20–30,000 nodes; 20 × 4 and
 * the region's 30 × 5 need more than 200,000, so they reach the score search (scoreSearch.ts)
 * after ≤ 1,000 nodes (a few ms), the search's best plan in hand. Only plans small enough to be
 * proven ({@link PROVEN_MAX_VARIABLES}) are searched.
 */
export const SEARCH_WORK = 30_000;
/**
 * The exact score search's work limit (phase 1, scoreSearch.ts), in nodes × proposals. The
 * region's plans (30 × 5, 5 seeds) were proven in 40–2,800 nodes (under 15 ms on a loaded
 * machine) where HiGHS took up to 1.9 s; of the 100 × 4 plans one was proven in 49,000 nodes,
 * the other four not in 3,000,000 (their funded sets are too many for the pooled bounds), so it
 * stops after 60,000 nodes (~30 ms) and HiGHS's phase 1 goes on from its best plan.
 */
export const SCORE_WORK = 6_000_000;
/**
 * The start-year search's work limit (phase 2), in nodes × proposals. The region's plans (30 × 5,
 * 5 seeds) were proven in 3,300–122,000 nodes (3–120 ms of CPU on a loaded machine) where HiGHS
 * took ~0.85 s; at 100 × 4 its funded sets are too many (no set placed in 1,000,000 nodes), so
 * it stops after 40,000 nodes and HiGHS's phase 2 goes on.
 */
export const YEARS_WORK = 4_000_000;
/**
 * Plans up to this many start variables ask HiGHS's phase 1 only to beat the search's plan (a
 * row "score ≥ that plan's + 1"). On the region's plans (~140 variables, 5 seeds) phase 1 then
 * took 4–260 ms instead of 110–680 ms; on 100 × 4 (~370) the row slowed it (the second seed
 * hit its 8 s limit twice where it was proven in 2.2–2.7 s without), so larger plans go without.
 */
const CUTOFF_MAX_VARIABLES = 200;
/**
 * From this many start variables, phase 2 goes through the funded set (soleSet.ts): on 100 × 4
 * (~370; 5 seeds) the one-model proof stopped at its 4 s limit on 4 seeds, the set's on 1. On
 * the region's plans (~140) the one model is faster (seed 3: 7 nodes, ~0.9 s, against 1,962
 * nodes, 2 s, for the set's first proof alone).
 */
const SOLE_SET_MIN_VARIABLES = 201;

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
  options: PlanOptions = {},
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

  // The exact search, from the greedy plan moved earlier: a completed search is its own proof.
  const greedy = greedyStarts(instance);
  // The largest plans from their LP relaxation (lpCore.ts): within LARGE_GAP of its bound, no
  // MILP. Past that gap its plan is the MILP's start and the floor.
  let routed: Starts | null = null;
  const lpOnly = options.lpRouteWhenLarge === true && !small;
  if (options.lpCore ?? (lpOnly || vars.length >= LP_CORE_MIN_VARIABLES)) {
    const accepted = lpOnly ? Number.POSITIVE_INFINITY : (options.lpCoreGap ?? LARGE_GAP);
    const route = lpCoreRoute(instance, solver, greedy, accepted);
    if (route.plan !== null) return { ok: true, plan: route.plan };
    routed = route.best;
  }
  const searchWork = options.searchWork ?? SEARCH_WORK;
  const searched =
    small && searchWork > 0
      ? searchPlan(
          instance,
          feasible(instance, greedy) ? earlierStarts(instance, greedy) : null,
          Math.floor(searchWork / instance.items.length),
        )
      : null;
  const found = searched?.starts ?? null;
  if (searched?.complete && found !== null && feasible(instance, found)) {
    const plan = toPlan(instance, tieOrderStarts(instance, found), {
      provenOptimal: true,
      relativeGap: 0,
      method: 'search',
    });
    return { ok: true, plan };
  }
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

  // Phase 1: the highest total score. First by the exact set search (scoreSearch.ts) from the
  // search's plan: its completion is its own proof, and HiGHS's phase 1 is not needed.
  const scoreTerms = valueTerms(0n);
  const foundFeasible = found !== null && feasible(instance, found) ? found : null;
  const scoreWork = options.scoreWork ?? (searchWork > 0 ? SCORE_WORK : 0);
  const bySets =
    small && foundFeasible !== null && scoreWork > 0
      ? highestScore(instance, foundFeasible, Math.floor(scoreWork / instance.items.length))
      : null;
  const setsFeasible = bySets !== null && feasible(instance, bySets.starts);
  const setsProven = setsFeasible && bySets.complete;
  // The best plan found without HiGHS: the score search's, never worse than the one it started
  // from.
  const known = setsFeasible ? bySets.starts : foundFeasible;

  // Else in HiGHS. With that plan in hand, a small plan asks HiGHS only for a better one:
  // "infeasible" then proves it has the highest score.
  const scoreGap = small ? 0 : LARGE_GAP;
  const inHand = vars.length <= CUTOFF_MAX_VARIABLES ? known : null;
  const cutoff = inHand === null ? null : planMerit(instance, inHand).value + 1;
  const scoreRows =
    cutoff === null ? rows : [...rows, ...boundRow('better', scoreTerms, '>=', cutoff)];
  const first = setsProven
    ? null
    : solve(lpText('Maximize', scoreTerms, scoreRows, { binaries }), {
        mip_rel_gap: scoreGap,
        time_limit: Math.min(
          small ? SMALL_SCORE_TIME_LIMIT : LARGE_SCORE_TIME_LIMIT,
          options.scoreTimeLimit ?? Infinity,
        ),
        ...(small
          ? { mip_heuristic_effort: SMALL_HEURISTIC_EFFORT, ...SEARCH_SETTINGS }
          : {
              mip_heuristic_effort: LARGE_HEURISTIC_EFFORT,
              presolve: LARGE_PRESOLVE,
              mip_allow_cut_separation_at_nodes: LARGE_NODE_CUTS,
            }),
        ...(routed === null ? {} : { start: startColumns(routed) }),
      });
  const noBetter = inHand !== null && first?.solution.Status === 'Infeasible';
  if (first?.solution.Status === 'Infeasible' && !noBetter) {
    // The frontier needs only "it does not fit", not which year is short by how much.
    if (options.scoreOnly === true) return { ok: false, problems: [] };
    const problems = budgetShortfalls(instance, solver, wb.settings.roundTo);
    if (problems.length > 0) return { ok: false, problems };
  }

  // Proven by the completed set search; or for an answer of HiGHS the exact check accepted
  // (first.starts is null otherwise) whose total score is the optimum HiGHS reports; or HiGHS
  // proved that no plan beats the search's.
  const scoreProven =
    setsProven ||
    noBetter ||
    (first !== null &&
      first.solution.Status === 'Optimal' &&
      scoreGap === 0 &&
      first.starts !== null &&
      objectiveMatches(scoreTerms, first.solution, planMerit(instance, first.starts).value));

  // Phase 2: that total, the earliest starts. Whole millionths make "that total" exact. The
  // phase-1 plan, moved earlier locally (see earlier.ts), is the plan to beat; a large plan stops
  // there: it is not proven anyway.
  // The plan with the highest score found: HiGHS's answer, or the search's when none is better.
  const scored = setsProven ? known : noBetter ? inHand : (first?.starts ?? null);
  let best = scored === null ? null : earlierStarts(instance, scored);
  // The plan found without HiGHS, when better, is the one phase 2 must beat.
  if (known !== null) {
    if (best === null || betterPlan(planMerit(instance, known), planMerit(instance, best))) {
      best = known;
    }
  }
  let yearsProven = false;
  const yearsNodes = Math.floor((options.yearsWork ?? YEARS_WORK) / instance.items.length);
  if (best !== null && small && yearsNodes > 0 && options.scoreOnly !== true) {
    // Phase 2 by exact search first: its completion proves the least start-year sum for this
    // total score (startYears.ts); out of nodes, HiGHS goes on from the best plan it found.
    const searched = earliestStarts(instance, planMerit(instance, best).value, best, yearsNodes);
    if (searched !== null && feasible(instance, searched.starts)) {
      if (betterPlan(planMerit(instance, searched.starts), planMerit(instance, best))) {
        best = searched.starts;
      }
      yearsProven = searched.complete;
    }
  }
  let viaSet = false;
  let highsUsed = first !== null;
  if (
    best !== null &&
    small &&
    !yearsProven &&
    options.scoreOnly !== true &&
    (options.soleSet ?? vars.length >= SOLE_SET_MIN_VARIABLES) &&
    scoreProven &&
    scored !== null &&
    planMerit(instance, best).value === planMerit(instance, scored).value
  ) {
    const sole = soleSetStarts(instance, solver, best, SMALL_YEARS_TIME_LIMIT);
    highsUsed = true;
    if (sole !== null) {
      best = sole.starts;
      yearsProven = sole.proven;
      viaSet = true;
    }
  }
  if (best !== null && small && !yearsProven && !viaSet && options.scoreOnly !== true) {
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
    highsUsed = true;
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
  }
  if (best !== null && small) best = tieOrderStarts(instance, best);

  // The best plan found without HiGHS (the searches', else the greedy one) is the floor: take it
  // when the solver found nothing better.
  const floor = known ?? routed ?? greedy;
  const floorWins =
    best === null ||
    (feasible(instance, floor) &&
      betterPlan(planMerit(instance, floor), planMerit(instance, best)));
  const chosen = floorWins ? floor : (best ?? floor);
  // A plan scoring more than HiGHS's proven optimum would mean that proof was wrong: not proven.
  const proven =
    !floorWins &&
    scoreProven &&
    yearsProven &&
    scored !== null &&
    planMerit(instance, chosen).value === planMerit(instance, scored).value;
  const value = planMerit(instance, chosen).value;
  // A frontier point shows only whether its score is proven: no relaxation solve for a gap.
  const gap =
    proven || scoreProven
      ? 0
      : options.scoreOnly === true
        ? Number.POSITIVE_INFINITY
        : relativeGap(instance, first?.solution ?? null, scoreGap, value, solver);
  return {
    ok: true,
    plan: toPlan(instance, chosen, {
      provenOptimal: proven,
      relativeGap: gap,
      method: !floorWins
        ? highsUsed
          ? 'milp'
          : 'search'
        : floor === greedy
          ? 'greedy'
          : floor === routed
            ? 'milp'
            : 'search',
    }),
  };
}

/**
 * The plan of lpCore.ts, its start years moved earlier (earlier.ts), or the greedy plan when that
 * scores more (never worse than it): as `plan` when within `accepted` of the LP relaxation's
 * bound, else as `best` only. Both null when the relaxation gave no bound or no plan.
 */
function lpCoreRoute(
  instance: PlanInstance,
  solver: MilpSolver,
  greedy: Starts,
  accepted: number,
): { readonly plan: FundingPlan | null; readonly best: Starts | null } {
  const cored = lpCorePlan(instance, solver, LARGE_GAP);
  if (cored === null || cored.starts === null) return { plan: null, best: null };
  // earlier.ts keeps a plan feasible; checked all the same, as every plan used here is.
  const earlier = earlierStarts(instance, cored.starts);
  const moved = feasible(instance, earlier) ? earlier : cored.starts;
  const greedyWins =
    feasible(instance, greedy) &&
    betterPlan(planMerit(instance, greedy), planMerit(instance, moved));
  const best = greedyWins ? greedy : moved;
  const gap = certifiedGap(cored.bound, planMerit(instance, best).value);
  if (gap > accepted) return { plan: null, best };
  const method = greedyWins ? 'greedy' : 'milp';
  return { plan: toPlan(instance, best, { provenOptimal: false, relativeGap: gap, method }), best };
}

/**
 * How far `value` may be below the best total score: from HiGHS's best bound when it reports one
 * (its cuts make it tighter than the LP relaxation's, and it costs nothing), else its own gap
 * when it stopped at it, else the bound from the LP relaxation (every variable between 0 and 1).
 */
function relativeGap(
  instance: PlanInstance,
  solution: MilpSolution | null,
  scoreGap: number,
  value: number,
  solver: MilpSolver,
): number {
  const gapTo = (bound: number): number => certifiedGap(bound, value);
  if (solution?.DualBound !== undefined && Number.isFinite(solution.DualBound)) {
    return gapTo(solution.DualBound);
  }
  // HiGHS's optimum bounds the best score (within its gap) even when its answer was rejected:
  // the plan taken instead is measured against it, not assumed to be it.
  if (solution?.Status === 'Optimal' && Number.isFinite(solution.ObjectiveValue))
    return Math.max(scoreGap, gapTo(solution.ObjectiveValue * (1 + scoreGap)));
  // The LP relaxation's bound, from its duals by weak duality (lpCore.ts), so it holds whatever
  // the solver's tolerances.
  const bound = relaxation(instance, solver, RELAXATION_TIME_LIMIT)?.bound ?? Number.NaN;
  return Number.isFinite(bound) ? gapTo(bound) : trivialGap(instance, value);
}
