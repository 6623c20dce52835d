/**
 * What the pane and the command line may say about a funding plan's optimality: proven, or how far
 * below the best total score it may be, as a percentage rounded UP to hundredths so that "at most"
 * stays true (a certified gap of 0.028 % is shown as 0.03 %).
 */
import type { FundingPlan } from './plan';

/**
 * The plan's gap in percent, rounded up to hundredths: 0 when its total score is proven the
 * highest (only its start years are not proven the earliest); null when the plan is proven
 * optimal, or when no bound below 100 % is known.
 */
export function planGapPercent(
  plan: Pick<FundingPlan, 'provenOptimal' | 'relativeGap'>,
): number | null {
  if (plan.provenOptimal) return null;
  const gap = plan.relativeGap;
  if (!(gap >= 0 && gap < 1)) return null;
  return Math.ceil(gap * 10_000) / 100;
}
