/**
 * One engine run: parse → allocate → prioritise → plan → flag → output tables.
 * (Being assembled by the lead; the signature below is the contract other modules build on.)
 */
import type { Language } from '../i18n/language';
import type { CalendarDate } from './model';
import type { RunResult } from './result';
import type { MilpSolver } from './solver';
import type { WorkbookTables } from './table';

export type RunStage = 'parse' | 'allocate' | 'prioritise' | 'plan' | 'flags' | 'outputs';

export interface RunOptions {
  /** The user's language (Office display language, or the CLI's --lang / locale). */
  readonly language: Language;
  /** True when the user chose the language explicitly (CLI --lang): it then beats Settings.Language. */
  readonly languageExplicit?: boolean;
  /** Today, for the default PlanningYear and contract dates. */
  readonly today: CalendarDate;
  /** HiGHS, loaded by the caller; required only when the workbook has Proposals and a Budget. */
  readonly solver: MilpSolver | null;
  readonly onProgress?: (stage: RunStage) => void;
}

export declare function runEngine(tables: WorkbookTables, options: RunOptions): RunResult;
