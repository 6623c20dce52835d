/**
 * The pane's side of the engine worker: one request at a time, progress reported as it comes,
 * the worker started on the first run (so opening the pane loads no engine code).
 */
import type { ExplainAnswer, ExplainQuery } from '../../engine/explain';
import type { RunResult } from '../../engine/result';
import { PaneError } from './errors';
import type { EngineReply, EngineRequest, EngineStage } from './protocol';

export interface EngineClient {
  run(request: EngineRequest, onStage: (stage: EngineStage) => void): Promise<RunResult>;
  /** The run's answer about one municipality (null: the run has problems, or no such name). */
  explain(request: EngineRequest, query: ExplainQuery): Promise<ExplainAnswer | null>;
}

const sameQuery = (a: ExplainQuery, b: ExplainQuery): boolean =>
  a.municipality === b.municipality && a.line === b.line && a.statement === b.statement;

/** The part of a Worker the client uses; tests hand in a fake. */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
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
  /** Post `request` and settle with what `answer` takes from the replies. */
  function ask<T>(
    request: EngineRequest,
    onStage: (stage: EngineStage) => void,
    answer: (message: EngineReply) => T | undefined,
  ): Promise<T> {
    const current = (worker ??= createWorker());
    return new Promise<T>((resolve, reject) => {
      current.onmessage = (event) => {
        const message = event.data;
        if (message.type === 'progress') onStage(message.stage);
        else if (message.type === 'failure') {
          reject(new PaneError(message.reason === 'solver' ? 'error.solver' : 'error.engine'));
        } else {
          const value = answer(message);
          if (value !== undefined) resolve(value);
        }
      };
      current.onerror = (event) => {
        event.preventDefault();
        current.terminate();
        worker = null;
        reject(new PaneError('error.worker'));
      };
      current.postMessage(request);
    });
  }
  return {
    run: (request, onStage) =>
      ask(request, onStage, (m) => (m.type === 'result' ? m.result : undefined)),
    explain: (request, query) =>
      ask(
        { ...request, explain: query },
        () => undefined,
        (m) => (m.type === 'explained' && sameQuery(m.query, query) ? m.answer : undefined),
      ),
  };
}
