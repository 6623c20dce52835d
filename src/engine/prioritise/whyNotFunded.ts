/**
 * Why a proposal is not funded (contract v1.1 §11), read off the plan as it stands: an unfunded
 * dependency; an EarliestYear after the last budget year; or, at its earliest possible start (its
 * EarliestYear, the first budget year, and the start of every dependency, whichever is latest),
 * the first budget year and amount it would overrun beside what the plan already funds. A
 * proposal that would fit there was left out by the plan: with score 0 it adds nothing; otherwise
 * the plan is one that was not proven optimal.
 */
import type { ParsedWorkbook, Proposal } from '../model';
import { add, compare, sub, ZERO, type Rational } from '../rational';
import { budgetUse, type YearUse } from './budgetUse';
import type { FundingPlan } from './plan';

export type NotFundedReason =
  | { readonly kind: 'dependency'; readonly dependency: string }
  | { readonly kind: 'earliestYear'; readonly year: number; readonly lastYear: number }
  /** The one-off cost would overrun `year`'s Investment by `overrun` (currency, exact). */
  | { readonly kind: 'investment'; readonly year: number; readonly overrun: Rational }
  /** Started in `start`, its annual cost would overrun `year`'s Operating by `overrun`. */
  | {
      readonly kind: 'operating';
      readonly start: number;
      readonly year: number;
      readonly overrun: Rational;
    }
  /** It would fit, starting in `year`; the plan left it out (score 0, or an unproven plan). */
  | { readonly kind: 'leftOut'; readonly year: number; readonly zeroScore: boolean };

/** The reason of every proposal the plan does not fund, by ID. */
export function whyNotFunded(
  wb: ParsedWorkbook,
  plan: FundingPlan,
  scores: ReadonlyMap<string, number>,
): ReadonlyMap<string, NotFundedReason> {
  const reasons = new Map<string, NotFundedReason>();
  const budget = budgetUse(wb, plan.startYears);
  const first = budget[0];
  const last = budget[budget.length - 1];
  for (const proposal of wb.proposals) {
    if (plan.startYears.has(proposal.id)) continue;
    const dependency = proposal.dependsOn.find((id) => !plan.startYears.has(id));
    if (dependency !== undefined) {
      reasons.set(proposal.id, { kind: 'dependency', dependency });
      continue;
    }
    const zeroScore = (scores.get(proposal.id) ?? 0) === 0;
    if (!first || !last) {
      // Without a Budget table every proposal is funded (contract §5): only a plan made otherwise.
      reasons.set(proposal.id, { kind: 'leftOut', year: wb.settings.planningYear, zeroScore });
      continue;
    }
    const start = Math.max(
      proposal.earliestYear ?? first.year,
      first.year,
      ...proposal.dependsOn.map((id) => plan.startYears.get(id) ?? first.year),
    );
    const startBudget = budget.find((b) => b.year >= start);
    if (!startBudget) {
      reasons.set(proposal.id, { kind: 'earliestYear', year: start, lastYear: last.year });
      continue;
    }
    reasons.set(
      proposal.id,
      overrunAt(proposal, startBudget, budget) ?? {
        kind: 'leftOut',
        year: startBudget.year,
        zeroScore,
      },
    );
  }
  return reasons;
}

/** The first overrun of starting `proposal` in `start`'s year, or null when it fits. */
function overrunAt(
  proposal: Proposal,
  start: YearUse,
  budget: readonly YearUse[],
): NotFundedReason | null {
  const investment = sub(add(start.investmentUsed, proposal.oneOffCost), start.investment);
  if (compare(investment, ZERO) > 0) {
    return { kind: 'investment', year: start.year, overrun: investment };
  }
  for (const year of budget) {
    if (year.year < start.year || year.operating === null) continue;
    const operating = sub(add(year.operatingUsed, proposal.annualCost), year.operating);
    if (compare(operating, ZERO) > 0) {
      return { kind: 'operating', start: start.year, year: year.year, overrun: operating };
    }
  }
  return null;
}
