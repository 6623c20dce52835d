/**
 * The efficient frontier (contract v1.1 §11): the highest total score the budget buys when every
 * year's Investment and Operating is scaled by 25 % … 200 %, each rounded down to whole units of
 * RoundTo.
 *
 * Each point is a funding plan of its own (planFunding: HiGHS, checked exactly, the greedy plan
 * as its floor). A plan that fits a budget fits every larger one, so the points are made
 * monotone: where a solve stopped below the plan of a smaller factor (a large plan, not proven),
 * that smaller plan is carried up. A point is `proven` only when its total score was proven
 * optimal (the plan's relative gap is 0); a carried plan never is.
 */
import { unitsOf } from '../allocate/units';
import type { BudgetYear, ParsedWorkbook } from '../model';
import { planFunding, SCORE_RESOLUTION, type FundingPlan } from '../prioritise';
import { scoreValue } from '../prioritise/instance';
import { div, floor, mul, rational, type Rational } from '../rational';
import type { MilpSolver } from '../solver';

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
  let carried: NonNullable<FrontierPoint['plan']> | null = null;
  return FRONTIER_PERCENTS.map((percent) => {
    const budget = scaledBudget(wb.budget ?? [], percent, roundTo);
    const investment = budget.reduce((acc, year) => acc + unitsOf(year.investment, roundTo), 0n);
    const outcome =
      percent === 100
        ? { ok: true as const, plan: atFull }
        : planFunding({ ...wb, budget }, scores, solver);
    let point = outcome.ok ? measure(outcome.plan, outcome.plan.relativeGap === 0) : null;
    if (point !== null && carried !== null && carried.score > point.score)
      point = { ...carried, proven: false };
    if (point !== null) carried = point;
    return { factor: percent / 100, investment, plan: point };
  });
}
