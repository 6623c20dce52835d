/**
 * The engine's Web Worker: runs the pure engine off the pane's thread so the pane never freezes,
 * loading HiGHS only for a workbook that needs a funding plan.
 */
import { answerQuery } from '../engine/explain';
import { runEngine, type Allocated, type RunOptions } from '../engine/run';
import type { MilpSolver } from '../engine/solver';
import { loadHighsSolver } from './highsSolver';
import type { AllocationLine } from '../engine/allocate';
import type { ParsedWorkbook } from '../engine/model';
import { whatIf } from '../engine/views/whatIf';
import {
  isWarmUp,
  isWhatIf,
  needsSolver,
  type EngineReply,
  type EngineRequest,
  type WorkerRequest,
} from './services/protocol';

/** The worker global, typed narrowly: the project's lib is the DOM's, not WebWorker's. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: EngineReply): void;
}
const scope = self as unknown as WorkerScope;

/** The solver is loaded once per worker and kept for later runs. */
let solver: Promise<MilpSolver> | null = null;

/** HiGHS loading, started by a warm-up or a run; one that fails is forgotten, to be tried again. */
function loadSolver(wasmUrl: string): Promise<MilpSolver> {
  if (solver) return solver;
  const loading = loadHighsSolver(wasmUrl);
  solver = loading;
  loading.catch((error: unknown) => {
    console.error('Samkost: HiGHS did not load', error);
    if (solver === loading) solver = null;
  });
  return loading;
}

const reply = (message: EngineReply): void => scope.postMessage(message);

/** The last successful run's workbook and allocation, for what-if questions about it. */
let last: { workbook: ParsedWorkbook; lines: readonly AllocationLine[] } | null = null;

async function handle(request: EngineRequest): Promise<void> {
  last = null; // a run that fails leaves nothing to ask about
  let loaded: MilpSolver | null = null;
  if (needsSolver(request.tables)) {
    reply({ type: 'progress', stage: 'solver' });
    try {
      loaded = await loadSolver(request.wasmUrl);
    } catch {
      reply({ type: 'failure', reason: 'solver' }); // logged, and forgotten: the next run tries again
      return;
    }
  }
  try {
    // Filled by the run as it goes (an object: the compiler does not follow the callback).
    const seen: { allocated?: Allocated } = {};
    const options: RunOptions = {
      language: request.language,
      today: request.today,
      solver: loaded,
      onProgress: (stage) => reply({ type: 'progress', stage }),
      onAllocated: (a) => {
        seen.allocated = a;
      },
    };
    if (request.explain) {
      // An explanation reads the allocation only: no views to build.
      const result = runEngine(request.tables, options);
      const { allocated } = seen;
      const { explain, today } = request;
      const answer =
        result.ok && allocated ? answerQuery(allocated, explain, result.language, today) : null;
      reply({ type: 'explained', query: explain, answer });
    } else {
      const result = runEngine(request.tables, { ...options, paneViews: true });
      const { allocated } = seen;
      // What-if questions are asked of the last run the user saw.
      last =
        result.ok && allocated ? { workbook: allocated.workbook, lines: allocated.lines } : null;
      reply({ type: 'result', result });
    }
  } catch (error) {
    // A defect in the engine: the developer gets the trace in the console, the user a message.
    console.error('Samkost: the engine failed', error);
    reply({ type: 'failure', reason: 'engine' });
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  if (isWarmUp(request)) {
    void loadSolver(request.wasmUrl); // a failure is logged there, and the run tries again
    return;
  }
  if (!isWhatIf(request)) {
    void handle(request);
    return;
  }
  try {
    const result = last && whatIf(last.workbook, last.lines, request.choice);
    reply({ type: 'whatIf', result });
  } catch (error) {
    console.error('Samkost: the what-if failed', error);
    reply({ type: 'failure', reason: 'engine' });
  }
};
