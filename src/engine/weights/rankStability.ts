/** The sensitivity of a run (contract v1.1 §10): best and worst rank of every proposal, by ID. */
import type { ParsedWorkbook } from '../model';
import type { PriorityScore } from '../prioritise';
import { criterionMeans, type ProposalMeans } from '../prioritise/scores';
import {
  DEFAULT_SENSITIVITY,
  MAX_SENSITIVITY_CRITERIA,
  rankRanges,
  type RankRange,
} from './sensitivity';

/**
 * RankBest and RankWorst by proposal ID, with the weights as used and Settings' Sensitivity;
 * null with more than 10 criteria (2^n corners would be too many; the columns stay blank).
 * `priorities` is prioritise's answer for `wb`, in Proposals order; `means` the
 * `criterionMeans(wb)` it was scored from, when the caller has it.
 */
export function rankStability(
  wb: ParsedWorkbook,
  priorities: readonly PriorityScore[],
  means: readonly ProposalMeans[] = criterionMeans(wb),
): ReadonlyMap<string, RankRange> | null {
  if (wb.criteria.length > MAX_SENSITIVITY_CRITERIA) return null;
  const ranges = rankRanges({
    proposals: wb.proposals,
    weights: wb.criteria.map((c) => c.weight),
    means: means.map((m) => m.exact),
    spread: wb.settings.sensitivity ?? DEFAULT_SENSITIVITY,
    ranks: priorities.map((p) => p.rank),
  });
  return ranges === null
    ? null
    : new Map(wb.proposals.map((p, i) => [p.id, ranges[i] as RankRange]));
}
