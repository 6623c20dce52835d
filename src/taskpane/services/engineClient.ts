/**
 * The pane's side of the engine worker: one request at a time, progress reported as it comes,
 * the worker started by the service's warm-up once the pane has opened, or by the first run.
 */
import type { ExplainAnswer, ExplainQuery } from '../../engine/explain';
import type { PaneViews, RunResult } from '../../engine/result';
import { PaneError } from './errors';
import type { WhatIfChoice, WhatIfResult } from '../../engine/views/whatIf';
import type { EngineReply, EngineRequest, EngineStage, WorkerRequest } from './protocol';

export interface EngineClient {
  run(request: EngineRequest, onStage: (stage: EngineStage) => void): Promise<RunResult<PaneViews>>;
  /** The run's answer about one municipality (null: the run has problems, or no such name). */
  explain(request: EngineRequest, query: ExplainQuery): Promise<ExplainAnswer | null>;
  /** Every municipality's total with another key, from the last successful run (null: none). */
  whatIf(choice: WhatIfChoice): Promise<WhatIfResult | null>;
  /** Start the worker and HiGHS loading now, so that the first Run does not wait for them. */
  warmUp(wasmUrl: string): void;
}

const sameQuery = (a: ExplainQuery, b: ExplainQuery): boolean =>
  a.municipality === b.municipality && a.line === b.line && a.statement === b.statement;

/** The part of a Worker the client uses; tests hand in a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/**
 * An engine client over a worker made by `createWorker` when first needed. A worker that crashes
 * is replaced on the next run.
 */
export function workerEngine(createWorker: () => WorkerLike): EngineClient {
  let worker: WorkerLike | null = null;
  /** Post `request` and settle on the first reply `settle` answers (non-undefined). */
  const ask = <T>(
    current: WorkerLike,
    request: WorkerRequest,
    settle: (message: EngineReply) => T | undefined,
  ): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      current.onmessage = (event) => {
        const message = event.data;
        if (message.type === 'failure') {
          reject(new PaneError(message.reason === 'solver' ? 'error.solver' : 'error.engine'));
          return;
        }
        const answer = settle(message);
        if (answer !== undefined) resolve(answer);
      };
      current.onerror = (event) => {
        event.preventDefault();
        current.terminate();
        worker = null;
        reject(new PaneError('error.worker'));
      };
      current.postMessage(request);
    });
  return {
    run(request, onStage) {
      return ask(worker ?? (worker = createWorker()), request, (message) => {
        if (message.type === 'progress') onStage(message.stage);
        return message.type === 'result' ? message.result : undefined;
      });
    },
    whatIf(choice) {
      // No worker yet: no run to ask about.
      if (!worker) return Promise.resolve(null);
      return ask(worker, { type: 'whatIf', choice }, (message) =>
        message.type === 'whatIf' ? message.result : undefined,
      );
    },
    warmUp(wasmUrl) {
      // Nothing is replied; a worker that fails to start is dropped (by ask), so a run starts
      // another. A worker started already is loading what it needs.
      if (!worker)
        ask((worker = createWorker()), { type: 'warmUp', wasmUrl }, () => undefined).catch(
          () => undefined,
        );
    },
    explain(request, query) {
      return ask(worker ?? (worker = createWorker()), { ...request, explain: query }, (message) =>
        message.type === 'explained' && sameQuery(message.query, query)
          ? message.answer
          : undefined,
      );
    },
  };
}
