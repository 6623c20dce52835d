/**
 * The messages between the task pane and its engine worker. Everything crossing is plain data
 * (structured clone), so the worker can run the pure engine and send back its result as is.
 */
import type { Language } from '../../i18n/language';
import type { ExplainAnswer, ExplainQuery } from '../../engine/explain';
import type { CalendarDate } from '../../engine/model';
import type { PaneViews, RunResult } from '../../engine/result';
import type { RunStage } from '../../engine/run';
import type { WorkbookTables } from '../../engine/table';
import type { WhatIfChoice, WhatIfResult } from '../../engine/views/whatIf';

export interface EngineRequest {
  readonly tables: WorkbookTables;
  readonly language: Language;
  readonly today: CalendarDate;
  /** Where the worker finds highs.wasm; the page knows its own base URL, the worker may not. */
  readonly wasmUrl: string;
  /** Run to explain a municipality's shares (and build its statement), not to write outputs. */
  readonly explain?: ExplainQuery;
}

/** A what-if on the last successful run's workbook, which the worker keeps (nothing is read again). */
export interface WhatIfRequest {
  readonly type: 'whatIf';
  readonly choice: WhatIfChoice;
}

/**
 * Start loading HiGHS now, while the user has not pressed Run yet: a run that needs it then finds
 * it loaded (or loading), and one that does not never waits for it. Nothing is replied.
 */
export interface WarmUpRequest {
  readonly type: 'warmUp';
  readonly wasmUrl: string;
}

export type WorkerRequest = EngineRequest | WhatIfRequest | WarmUpRequest;

export const isWhatIf = (request: WorkerRequest): request is WhatIfRequest =>
  'type' in request && request.type === 'whatIf';

export const isWarmUp = (request: WorkerRequest): request is WarmUpRequest =>
  'type' in request && request.type === 'warmUp';

/** What the worker reports: the solver stage comes before the engine's own stages. */
export type EngineStage = 'solver' | RunStage;

export type EngineReply =
  | { readonly type: 'progress'; readonly stage: EngineStage }
  | { readonly type: 'result'; readonly result: RunResult<PaneViews> }
  /**
   * The answer to an `explain` request, with its query (a reply to an earlier request still on
   * its way must not answer a later one): null when the run has problems or no such municipality.
   */
  | {
      readonly type: 'explained';
      readonly query: ExplainQuery;
      readonly answer: ExplainAnswer | null;
    }
  /** Null when there is no run to ask about, or the choice names no key of the workbook. */
  | { readonly type: 'whatIf'; readonly result: WhatIfResult | null }
  | { readonly type: 'failure'; readonly reason: EngineFailure };

/** Why a run failed inside the worker: the solver could not load, or the engine threw. */
export type EngineFailure = 'solver' | 'engine';

/** True when the workbook needs the funding plan, the only part that needs HiGHS. */
export const needsSolver = (tables: WorkbookTables): boolean =>
  tables.Proposals !== undefined && tables.Budget !== undefined;
