/**
 * What one engine run returns: either the output tables with the contract's JSON and a summary,
 * or every problem found in the input (and then nothing may be written).
 */
import type { Language } from '../i18n/language';
import type { PairRatio } from './model';
import type { LocalisedProblem } from './problem';
import type { OutputTable } from './table';
import type { CouncilView } from './views/councilView';
import type { SplitView } from './views/splitView';

export type Severity = 'high' | 'medium' | 'low';
/** `criterion`: contract v1.1 §10's INCONSISTENT_WEIGHTS. */
export type FlagScope = 'municipality' | 'proposal' | 'system' | 'cost' | 'criterion';

export const FLAG_CODES = [
  'BUDGET_EXCEEDED',
  'STANDALONE_EXCEEDED',
  'MANDATORY_UNFUNDED',
  'DEPENDENCY_UNFUNDED',
  'CONTRACT_EXPIRED',
  'CONTRACT_EXPIRING',
  'NO_OWNER',
  'NO_COST_BENEFIT',
  'NEGATIVE_NPV',
  'SCORER_DISAGREEMENT',
  'INCOMPLETE_SCORES',
  'NOT_FUNDED',
  'COOPERATION_CANDIDATE',
  'ZERO_KEY',
  // Contract v1.1 §12.
  'OUTSIDE_CORE',
  // Contract v1.1 §10.
  'INCONSISTENT_WEIGHTS',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

/** The contract's JSON (section 8), exactly its field names. Amounts in currency units. */
export interface ContractJson {
  readonly allocation: readonly {
    readonly item: string;
    readonly source: 'cost' | 'system' | 'proposal';
    readonly kind: 'one-off' | 'annual';
    readonly municipality: string;
    readonly amount: number;
  }[];
  readonly pcCharges: readonly {
    readonly item: string;
    readonly municipality: string;
    readonly amount: number;
    readonly ratePerPc: number;
  }[];
  readonly priorities: readonly {
    readonly id: string;
    readonly score: number;
    readonly rank: number;
    readonly spread: number;
    readonly npv: number;
    readonly funded: boolean;
    readonly startYear: number | null;
    /** Contract v1.1 §10: null with more than 10 criteria. */
    readonly rankBest: number | null;
    readonly rankWorst: number | null;
  }[];
  readonly riskFlags: readonly {
    readonly scope: FlagScope;
    readonly subject: string;
    readonly code: FlagCode;
    readonly severity: Severity;
    readonly cell: string;
  }[];
  /** Contract v1.1 §12: empty when no item has coalition costs. */
  readonly exitAnalysis: readonly ExitAnalysisEntry[];
  /** Contract v1.1 §10: each criterion's weight as used, normalised to sum 1. */
  readonly criteriaWeights: readonly { readonly criterion: string; readonly weight: number }[];
  /** Contract v1.1 §10: CR of CriteriaPairs; null when the workbook has none. */
  readonly consistencyRatio: number | null;
  /** Contract v1.1 §11: empty without a Budget. */
  readonly frontier: readonly FrontierEntry[];
  readonly errors: readonly {
    readonly code: string;
    readonly cell: string;
    readonly message: string;
  }[];
}

/** One municipality's exit analysis (contract v1.1 §12), in currency units. */
export interface ExitAnalysisEntry {
  readonly municipality: string;
  readonly paysNow: number;
  readonly paysAlone: number;
  readonly othersChange: number;
}

/** What a municipality pays (currency units), by kind and by source. */
export interface MunicipalityFigures {
  readonly name: string;
  readonly oneOff: number;
  readonly annual: number;
  readonly bySource: Readonly<Record<'cost' | 'system' | 'proposal', number>>;
  readonly total: number;
}

/**
 * One point of the efficient frontier (contract v1.1 §11), in currency units. `investment` and
 * `proven` extend the contract's fields; score, oneOffFunded and funded are null where the
 * mandatory proposals do not fit.
 */
export interface FrontierEntry {
  readonly factor: number;
  readonly investment: number;
  readonly score: number | null;
  readonly oneOffFunded: number | null;
  readonly funded: number | null;
  /** The score is proven the highest at that budget (HiGHS's proof, checked exactly). */
  readonly proven: boolean;
}

/** Headline figures for the CLI's printout and the task pane's results view. */
export interface RunSummary {
  readonly currency: string;
  readonly planningYear: number;
  /** Every line of the allocation summed, whatever its year (the `Totals` sheet). */
  readonly municipalities: readonly MunicipalityFigures[];
  /**
   * Each budget year (the planning year and every `Budget` year): the one-off items and
   * proposals of that year plus the annual costs running that year (contract §6). The planning
   * year's totals are exactly what BUDGET_EXCEEDED compares with each municipality's budget.
   */
  readonly years: readonly {
    readonly year: number;
    readonly municipalities: readonly MunicipalityFigures[];
  }[];
  readonly topPriorities: readonly {
    readonly id: string;
    readonly title: string;
    readonly score: number;
    readonly rank: number;
    readonly funded: boolean;
    readonly startYear: number | null;
  }[];
  readonly fundingPlan: readonly {
    readonly year: number;
    readonly investmentUsed: number;
    readonly investmentBudget: number;
    readonly proposals: readonly string[];
  }[];
  /** True when the plan is proven optimal; false when a large plan stopped within its gap. */
  readonly planProvenOptimal: boolean;
  /**
   * When not proven optimal: how far below the best total score the plan may be, in percent
   * rounded up (0: its score is proven, its start years are not); null when proven or unknown.
   */
  readonly planGapPercent: number | null;
  readonly flagCounts: Readonly<Record<Severity, number>>;
  /** Contract v1.1 §12 (absent before v1.1): the exit analysis, empty without coalition costs. */
  readonly exitAnalysis?: readonly ExitAnalysisEntry[];
  /** The OUTSIDE_CORE flags' messages, in flag order (absent before v1.1). */
  readonly outsideCore?: readonly string[];
  /** Contract v1.1 §10: CR of CriteriaPairs and whether it is flagged; null without pairs. */
  readonly consistency?: { readonly cr: number; readonly inconsistent: boolean } | null;
  /** Contract v1.1 §11: the frontier, empty without a Budget. */
  readonly frontier?: readonly FrontierEntry[];
  /** Contract v1.1 §10: the weights as used and where they came from (absent before v1.1). */
  readonly weights?: WeightsSummary;
  /** The OUTSIDE_CORE flags with who takes part in their item (absent before v1.1). */
  readonly coreBreaches?: readonly CoreBreach[];
}

/** The criteria's weights as used (normalised to sum 1) and, from pairs, their consistency. */
export interface WeightsSummary {
  readonly source: 'pairs' | 'given';
  readonly weights: readonly { readonly criterion: string; readonly weight: number }[];
  /** λmax and CI of the pairs; null when the weights were given. */
  readonly lambdaMax: number | null;
  readonly ci: number | null;
  /** The judgement furthest from the weights: its ratio against w_a / w_b; null without pairs. */
  readonly mostInconsistent: {
    readonly a: string;
    readonly b: string;
    readonly ratio: number;
    readonly implied: number;
  } | null;
  /** The judgements behind the weights, in CriteriaPairs' row order; empty when given. */
  readonly judgements: readonly PairRatio[];
}

/** One OUTSIDE_CORE flag: its item, its message and the item's participants. */
export interface CoreBreach {
  readonly item: string;
  readonly message: string;
  readonly participants: readonly string[];
}

export interface RiskFlag {
  readonly scope: FlagScope;
  readonly subject: string;
  readonly code: FlagCode;
  readonly severity: Severity;
  readonly message: string;
  readonly cell: string;
}

/** The pane's views of a successful run, built only when asked for (RunOptions.paneViews). */
export interface PaneViews {
  /** The municipalities' view of the split comparison. */
  readonly splitView: SplitView;
  /** The IKT-råd's view: ranking, scores, plan and why not funded. */
  readonly councilView: CouncilView;
}

/** `Views`: PaneViews when the run was asked for them, null when not. */
export type RunResult<Views extends PaneViews | null = PaneViews | null> =
  | {
      readonly ok: true;
      readonly language: Language;
      readonly outputs: readonly OutputTable[];
      readonly flags: readonly RiskFlag[];
      /** Null unless the run was asked for it (RunOptions.contractJson). */
      readonly json: ContractJson | null;
      readonly summary: RunSummary;
      /** Null unless the run was asked for them (RunOptions.paneViews). */
      readonly views: Views;
    }
  | {
      readonly ok: false;
      readonly language: Language;
      readonly problems: readonly LocalisedProblem[];
      readonly json: ContractJson;
    };
