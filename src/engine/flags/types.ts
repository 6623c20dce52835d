import type { AllocationLine, YearTotals } from '../allocate';
import type { KeyExpression, ParsedWorkbook } from '../model';
import type { FundingPlan, PriorityScore } from '../prioritise';
import type { FlagCode, FlagScope } from '../result';
import type { NotFundedKey } from '../../i18n/notFunded';

/** A flag before its message is rendered: params are already formatted for the user's language. */
export interface FlagDraft {
  readonly scope: FlagScope;
  readonly subject: string;
  readonly code: FlagCode;
  readonly cell: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** A sentence the message names as `{reason}` (NOT_FUNDED's why, contract §11), with its params. */
  readonly reason?: {
    readonly key: NotFundedKey;
    readonly params: Readonly<Record<string, string | number>>;
  };
}

/** Formats the numbers a message shows, in the user's language. */
export interface FlagFormat {
  /**
   * An amount in whole units of RoundTo, as currency text, with the decimals of every amount
   * shown `alongside` it in the same message.
   */
  readonly money: (units: bigint, alongside?: readonly bigint[]) => string;
  readonly decimal: (value: number, decimals: number) => string;
  readonly date: (date: { year: number; month: number; day: number }) => string;
  /** A key as the user's language writes it in a Key cell (never the internal name). */
  readonly key: (key: KeyExpression) => string;
}

/** Everything the flag rules look at: the inputs and every result of the run. */
export interface FlagInputs {
  readonly workbook: ParsedWorkbook;
  readonly lines: readonly AllocationLine[];
  readonly priorities: readonly PriorityScore[];
  readonly plan: FundingPlan;
  /** Each budget year's totals per municipality (the planning year's is what budgets face). */
  readonly years: readonly YearTotals[];
  readonly format: FlagFormat;
}
