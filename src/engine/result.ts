/**
 * What one engine run returns: either the output tables with the contract's JSON and a summary,
 * or every problem found in the input (and then nothing may be written).
 */
import type { Language } from '../i18n/language';
import type { LocalisedProblem } from './problem';
import type { OutputTable } from './table';
import type { CouncilView } from './views/councilView';
import type { SplitView } from './views/splitView';

export type Severity = 'high' | 'medium' | 'low';
export type FlagScope = 'municipality' | 'proposal' | 'system' | 'cost';

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
  }[];
  readonly riskFlags: readonly {
    readonly scope: FlagScope;
    readonly subject: string;
    readonly code: FlagCode;
    readonly severity: Severity;
    readonly cell: string;
  }[];
  readonly errors: readonly {
    readonly code: string;
    readonly cell: string;
    readonly message: string;
  }[];
}

/** Headline figures for the CLI's printout and the task pane's results view. */
export interface RunSummary {
  readonly currency: string;
  readonly planningYear: number;
  readonly municipalities: readonly {
    readonly name: string;
    readonly oneOff: number;
    readonly annual: number;
    readonly bySource: Readonly<Record<'cost' | 'system' | 'proposal', number>>;
    readonly total: number;
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
  readonly flagCounts: Readonly<Record<Severity, number>>;
}

export interface RiskFlag {
  readonly scope: FlagScope;
  readonly subject: string;
  readonly code: FlagCode;
  readonly severity: Severity;
  readonly message: string;
  readonly cell: string;
}

export type RunResult =
  | {
      readonly ok: true;
      readonly language: Language;
      readonly outputs: readonly OutputTable[];
      readonly flags: readonly RiskFlag[];
      /** Null unless the run was asked for it (RunOptions.contractJson). */
      readonly json: ContractJson | null;
      readonly summary: RunSummary;
      /** The municipalities' view of the split comparison (the pane's). */
      readonly splitView: SplitView;
      /** The IKT-råd's view: ranking, scores, plan and why not funded (the pane's). */
      readonly councilView: CouncilView;
    }
  | {
      readonly ok: false;
      readonly language: Language;
      readonly problems: readonly LocalisedProblem[];
      readonly json: ContractJson;
    };
