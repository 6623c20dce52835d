/**
 * The engine's Web Worker: runs the pure engine off the pane's thread so the pane never freezes,
 * loading HiGHS only for a workbook that needs a funding plan.
 */
import { answerQuery } from '../engine/explain';
import { runEngine, type Allocated } from '../engine/run';
import type { MilpSolver } from '../engine/solver';
import { loadHighsSolver } from './highsSolver';
import { needsSolver, type EngineReply, type EngineRequest } from './services/protocol';

/** The worker global, typed narrowly: the project's lib is the DOM's, not WebWorker's. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineReply): void;
}
const scope = self as unknown as WorkerScope;

/** The solver is loaded once per worker and kept for later runs. */
let solver: Promise<MilpSolver> | null = null;

const reply = (message: EngineReply): void => scope.postMessage(message);

async function handle(request: EngineRequest): Promise<void> {
  let loaded: MilpSolver | null = null;
  if (needsSolver(request.tables)) {
    reply({ type: 'progress', stage: 'solver' });
    solver ??= loadHighsSolver(request.wasmUrl);
    try {
      loaded = await solver;
    } catch (error) {
      console.error('Samkost: HiGHS did not load', error);
      solver = null; // let the next run try again
      reply({ type: 'failure', reason: 'solver' });
      return;
    }
  }
  try {
    let allocated: Allocated | null = null;
    const result = runEngine(request.tables, {
      language: request.language,
      today: request.today,
      solver: loaded,
      onProgress: (stage) => reply({ type: 'progress', stage }),
      onAllocated: request.explain ? (a) => (allocated = a) : undefined,
    });
    if (request.explain) {
      const { explain, today } = request;
      const answer =
        result.ok && allocated ? answerQuery(allocated, explain, result.language, today) : null;
      reply({ type: 'explained', query: explain, answer });
    } else reply({ type: 'result', result });
  } catch (error) {
    // A defect in the engine: the developer gets the trace in the console, the user a message.
    console.error('Samkost: the engine failed', error);
    reply({ type: 'failure', reason: 'engine' });
  }
}

scope.onmessage = (event) => {
  void handle(event.data);
};
