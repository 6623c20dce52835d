import { COMPARISON_KEYS } from '../../src/engine/allocate';
import type { RunResult } from '../../src/engine/result';
import { workerEngine, type WorkerLike } from '../../src/taskpane/services/engineClient';
import type {
  EngineReply,
  EngineRequest,
  EngineStage,
  WorkerRequest,
} from '../../src/taskpane/services/protocol';
import { PROBLEMS, TABLES } from './fakes';

const REQUEST: EngineRequest = {
  tables: TABLES,
  language: 'en',
  today: { year: 2026, month: 1, day: 1 },
  wasmUrl: 'highs.wasm',
};

/** A worker that answers each request with the replies the test scripted. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: WorkerRequest[] = [];
  /** What the worker answers to the next request (a test may script the next one). */
  constructor(public replies: readonly (EngineReply | 'crash')[]) {}
  postMessage(message: WorkerRequest): void {
    this.received.push(message);
    for (const reply of this.replies) {
      if (reply === 'crash') {
        this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
      } else {
        this.onmessage?.({ data: reply } as MessageEvent<EngineReply>);
      }
    }
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('workerEngine', () => {
  it('starts no worker until the first run, then forwards progress and the result', async () => {
    const workers: FakeWorker[] = [];
    const engine = workerEngine(() => {
      const worker = new FakeWorker([
        { type: 'progress', stage: 'solver' },
        { type: 'progress', stage: 'parse' },
        { type: 'result', result: PROBLEMS },
      ]);
      workers.push(worker);
      return worker;
    });
    expect(workers).toHaveLength(0);
    const stages: EngineStage[] = [];
    const result: RunResult = await engine.run(REQUEST, (stage) => stages.push(stage));
    expect(result).toBe(PROBLEMS);
    expect(stages).toEqual(['solver', 'parse']);
    await engine.run(REQUEST, () => undefined);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received).toEqual([REQUEST, REQUEST]);
  });

  it('reports a solver that failed to load as its own message', async () => {
    const engine = workerEngine(() => new FakeWorker([{ type: 'failure', reason: 'solver' }]));
    await expect(engine.run(REQUEST, () => undefined)).rejects.toMatchObject({
      messageKey: 'error.solver',
    });
  });

  it('replaces a crashed worker on the next run', async () => {
    const workers: FakeWorker[] = [];
    const script: (EngineReply | 'crash')[][] = [['crash'], [{ type: 'result', result: PROBLEMS }]];
    const engine = workerEngine(() => {
      const worker = new FakeWorker(script[workers.length] ?? []);
      workers.push(worker);
      return worker;
    });
    await expect(engine.run(REQUEST, () => undefined)).rejects.toMatchObject({
      messageKey: 'error.worker',
    });
    expect(workers[0]?.terminated).toBe(true);
    await expect(engine.run(REQUEST, () => undefined)).resolves.toBe(PROBLEMS);
    expect(workers).toHaveLength(2);
  });
});

describe('workerEngine.warmUp', () => {
  it('starts the worker and HiGHS loading once, before the first run, which uses that worker', async () => {
    const workers: FakeWorker[] = [];
    const engine = workerEngine(() => {
      const worker = new FakeWorker([]);
      workers.push(worker);
      return worker;
    });
    engine.warmUp('highs.wasm');
    engine.warmUp('highs.wasm');
    const [worker] = workers;
    if (!worker) throw new Error('no worker started');
    expect(workers).toHaveLength(1);
    expect(worker.received).toEqual([{ type: 'warmUp', wasmUrl: 'highs.wasm' }]);
    worker.replies = [{ type: 'result', result: PROBLEMS }];
    await expect(engine.run(REQUEST, () => undefined)).resolves.toBe(PROBLEMS);
    expect(workers).toHaveLength(1);
  });

  it('drops a worker that crashed while warming up: the first run starts a new one', async () => {
    const workers: FakeWorker[] = [];
    const script: (EngineReply | 'crash')[][] = [['crash'], [{ type: 'result', result: PROBLEMS }]];
    const engine = workerEngine(() => {
      const worker = new FakeWorker(script[workers.length] ?? []);
      workers.push(worker);
      return worker;
    });
    engine.warmUp('highs.wasm');
    expect(workers[0]?.terminated).toBe(true);
    await expect(engine.run(REQUEST, () => undefined)).resolves.toBe(PROBLEMS);
    expect(workers).toHaveLength(2);
  });
});

describe('workerEngine.explain', () => {
  const ASKED = { municipality: 'Beta', line: 0, statement: false };
  const EARLIER = { municipality: 'Beta', line: null, statement: false };

  it('posts the query with the request and answers with the reply to that very query', async () => {
    const worker = new FakeWorker([
      // The reply to an earlier query still on its way: not this query's answer.
      { type: 'explained', query: EARLIER, answer: null },
      { type: 'explained', query: ASKED, answer: null },
    ]);
    let settled = 0;
    const engine = workerEngine(() => worker);
    const answer = engine.explain(REQUEST, ASKED).then((value) => {
      settled += 1;
      return value;
    });
    await expect(answer).resolves.toBeNull();
    expect(settled).toBe(1);
    expect(worker.received).toEqual([{ ...REQUEST, explain: ASKED }]);
  });

  it('ignores a run’s result and waits for its own answer', async () => {
    const engine = workerEngine(() => new FakeWorker([{ type: 'result', result: PROBLEMS }]));
    const outcome = await Promise.race([
      engine.explain(REQUEST, ASKED).then(() => 'answered'),
      new Promise((resolve) => setImmediate(() => resolve('waiting'))),
    ]);
    expect(outcome).toBe('waiting');
  });
});

describe('workerEngine.whatIf', () => {
  const choice = { key: { kind: 'equal' as const }, line: null };
  const answer = {
    key: COMPARISON_KEYS.equal,
    municipalities: [],
    kept: [],
    keyCells: null,
  };

  it('answers null without starting a worker when nothing has run', async () => {
    let started = 0;
    const engine = workerEngine(() => {
      started += 1;
      return new FakeWorker([]);
    });
    await expect(engine.whatIf(choice)).resolves.toBeNull();
    expect(started).toBe(0);
  });

  it('asks the worker that ran, which keeps the run’s workbook', async () => {
    const worker = new FakeWorker([{ type: 'result', result: PROBLEMS }]);
    const engine = workerEngine(() => worker);
    await engine.run(REQUEST, () => undefined);
    worker.replies = [{ type: 'whatIf', result: answer }];
    await expect(engine.whatIf(choice)).resolves.toBe(answer);
    expect(worker.received.at(-1)).toEqual({ type: 'whatIf', choice });
  });
});
