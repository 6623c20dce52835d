/**
 * The funding plan against what a council would do by hand: the optimal plan (HiGHS) against the
 * greedy one (best score first while the money lasts). Score gained and the time of each.
 */
import type { ParsedWorkbook } from '../../src/engine/model';
import { greedyPlan, planFunding, prioritise, type FundingPlan } from '../../src/engine/prioritise';
import type { MilpSolver } from '../../src/engine/solver';
import { time } from './timing';

export interface PlanComparison {
  readonly proposals: number;
  readonly years: number;
  readonly optimalMs: number;
  readonly greedyMs: number;
  /** Σ of the funded proposals' scores. */
  readonly optimalScore: number;
  readonly greedyScore: number;
  readonly optimalFunded: number;
  readonly greedyFunded: number;
  /** HiGHS proved the plan optimal (else it stopped within its gap or time limit). */
  readonly provenOptimal: boolean;
  /** At most this far (relative) below the best total score; 0 when proven optimal. */
  readonly relativeGap: number;
  /** `milp`, or `greedy` when the solver found nothing better than the greedy floor. */
  readonly method: string;
}

const scoreOf = (plan: FundingPlan, scores: ReadonlyMap<string, number>): number =>
  [...plan.startYears.keys()].reduce((n, id) => n + (scores.get(id) ?? 0), 0);

/** Both plans for `wb`, each timed `runs` times (median). */
export function comparePlans(wb: ParsedWorkbook, solver: MilpSolver, runs: number): PlanComparison {
  const scores = new Map(prioritise(wb).map((p) => [p.id, p.score]));
  const optimal = time(() => planFunding(wb, scores, solver), runs);
  if (!optimal.result.ok) throw new Error('the synthetic plan is infeasible');
  const greedy = time(() => greedyPlan(wb, scores), runs);
  const plan = optimal.result.plan;
  return {
    proposals: wb.proposals.length,
    years: wb.budget?.length ?? 0,
    optimalMs: optimal.median,
    greedyMs: greedy.median,
    optimalScore: scoreOf(plan, scores),
    greedyScore: scoreOf(greedy.result, scores),
    optimalFunded: plan.startYears.size,
    greedyFunded: greedy.result.startYears.size,
    provenOptimal: plan.provenOptimal,
    relativeGap: plan.relativeGap,
    method: plan.method,
  };
}
