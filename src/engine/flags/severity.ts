import type { FlagCode, Severity } from '../result';

/** Each code's severity, fixed by contract §6. */
export const SEVERITY: Readonly<Record<FlagCode, Severity>> = {
  BUDGET_EXCEEDED: 'high',
  STANDALONE_EXCEEDED: 'high',
  MANDATORY_UNFUNDED: 'high',
  DEPENDENCY_UNFUNDED: 'high',
  CONTRACT_EXPIRED: 'high',
  CONTRACT_EXPIRING: 'medium',
  NO_OWNER: 'medium',
  NO_COST_BENEFIT: 'medium',
  NEGATIVE_NPV: 'medium',
  SCORER_DISAGREEMENT: 'medium',
  INCOMPLETE_SCORES: 'medium',
  NOT_FUNDED: 'low',
  COOPERATION_CANDIDATE: 'low',
  ZERO_KEY: 'low',
  OUTSIDE_CORE: 'high',
  INCONSISTENT_WEIGHTS: 'medium',
};

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };
