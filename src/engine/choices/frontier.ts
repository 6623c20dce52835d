/**
 * The efficient frontier (contract v1.1 §11): the highest total score the budget buys when every
 * year's Investment and Operating is scaled by 25 % … 200 %, each rounded down to whole units of
 * RoundTo.
 *
 * Each point is a funding plan of its own (planFunding: HiGHS, checked exactly, the greedy plan
 * as its floor; past the exact searches' size, the LP route's plan: `lpRouteWhenLarge`), its
 * total score only: the start-year tie-break does not change a score. A plan that fits a budget fits every larger one, so the points are made
 * monotone: where a solve stopped below the plan of a smaller factor (a large plan, not proven),
 * that smaller plan is carried up. A point is `proven` only when its total score was proven
 * optimal (the plan's relative gap is 0) and it funds every mandatory proposal that can start; a
 * carried plan never is.
 */
import { unitsOf } from '../allocate/units';
import type { BudgetYear, ParsedWorkbook } from '../model';
import { planFunding, SCORE_RESOLUTION, type FundingPlan } from '../prioritise';
import { scoreValue } from '../prioritise/instance';
import { div, floor, mul, rational, type Rational } from '../rational';
import type { MilpSolver } from '../solver';

/**
 * HiGHS's time for one point's total score, in seconds: the frontier rides along with every run,
 * so six points may not cost six plans' time limits. A point not proven in time says so.
 */
export const FRONTIER_POINT_TIME_LIMIT = 0.5;

/** The budget factors, in percent, in the contract's order. */
export const FRONTIER_PERCENTS: readonly number[] = [25, 50, 75, 100, 125, 150, 200];

export interface FrontierPoint {
  /** 0.25 … 2. */
  readonly factor: number;
  /** Σ over the years of the scaled Investment, in whole units of RoundTo. */
  readonly investment: bigint;
  /** Null where the mandatory proposals do not fit the scaled budget. */
  readonly plan: {
    /** Total score of the funded proposals (Σ of their scores, in whole millionths / 10⁶). */
    readonly score: number;
    /** Σ OneOffCost of the funded proposals, in whole units of RoundTo. */
    readonly oneOffFunded: bigint;
    readonly funded: number;
    readonly proven: boolean;
  } | null;
}

/** `amount` × percent / 100, rounded down to whole units of RoundTo, as an amount. */
function scaled(amount: Rational, percent: number, roundTo: Rational): Rational {
  const units = floor(div(mul(amount, rational(BigInt(percent), 100n)), roundTo));
  return mul(rational(units), roundTo);
}

const scaledBudget = (budget: readonly BudgetYear[], percent: number, roundTo: Rational) =>
  budget.map((year) => ({
    ...year,
    investment: scaled(year.investment, percent, roundTo),
    operating: year.operating === null ? null : scaled(year.operating, percent, roundTo),
  }));

/**
 * The frontier of `wb` (its Excluded proposals already left out), or null without a Budget or
 * without a proposal to fund.
 * `atFull` is the run's own plan at 100 %: reused, not solved again.
 */
export function efficientFrontier(
  wb: ParsedWorkbook,
  scores: ReadonlyMap<string, number>,
  solver: MilpSolver | null,
  atFull: FundingPlan,
): FrontierPoint[] | null {
  if (wb.budget === null || wb.proposals.length === 0) return null;
  const { roundTo } = wb.settings;
  const costOf = new Map(wb.proposals.map((p) => [p.id, unitsOf(p.oneOffCost, roundTo)]));
  const measure = (plan: FundingPlan, proven: boolean): NonNullable<FrontierPoint['plan']> => {
    let value = 0;
    let oneOff = 0n;
    for (const id of plan.startYears.keys()) {
      value += scoreValue(scores.get(id) ?? 0);
      oneOff += costOf.get(id) ?? 0n;
    }
    return {
      score: value / SCORE_RESOLUTION,
      oneOffFunded: oneOff,
      funded: plan.startYears.size,
      proven,
    };
  };
  const mandatory = wb.proposals.filter((p) => p.mandatory).map((p) => p.id);
  /**
   * A plan §5 allows: every mandatory proposal that can start is funded. A solver that stopped
   * without an answer leaves the greedy plan, which may miss one; its relative gap of 0 then
   * proves nothing (seen with scores of 0), so such a point is never proven.
   */
  const complete = (plan: FundingPlan): boolean =>
    mandatory.every((id) => plan.startYears.has(id) || plan.unstartableMandatory.includes(id));
  // Only a plan §5 allows is carried up: one missing a mandatory proposal must not displace one
  // that funds them all.
  let carried: NonNullable<FrontierPoint['plan']> | null = null;
  return FRONTIER_PERCENTS.map((percent) => {
    const budget = scaledBudget(wb.budget ?? [], percent, roundTo);
    const investment = budget.reduce((acc, year) => acc + unitsOf(year.investment, roundTo), 0n);
    const outcome =
      percent === 100
        ? { ok: true as const, plan: atFull }
        : planFunding({ ...wb, budget }, scores, solver, {
            scoreOnly: true,
            scoreTimeLimit: FRONTIER_POINT_TIME_LIMIT,
            lpRouteWhenLarge: true,
          });
    const allowed = outcome.ok && complete(outcome.plan);
    let point = outcome.ok
      ? measure(outcome.plan, allowed && outcome.plan.relativeGap === 0)
      : null;
    if (point !== null && carried !== null && carried.score > point.score)
      point = { ...carried, proven: false };
    else if (point !== null && allowed) carried = point;
    return { factor: percent / 100, investment, plan: point };
  });
}
