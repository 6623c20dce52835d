/**
 * Prioritisation (prioritering): scores, ranks and economics of the proposals, and the optimal
 * funding plan within the budgets (contract §5).
 */
export { annuityFactor, economics, type Economics } from './economics';
export { SCORE_RESOLUTION } from './instance';
export {
  greedyPlan,
  planFunding,
  PROVEN_MAX_VARIABLES,
  SEARCH_WORK,
  type PlanOptions,
  type FundingPlan,
  type PlanOutcome,
} from './plan';
export { planGapPercent } from './planProof';
export { prioritise, type PriorityScore } from './scores';
