/**
 * Timing each stage of a run by calling its function directly (parse and validate, allocation,
 * prioritisation and its sensitivity, funding plan, output tables), and the whole engine run with
 * its own stage breakdown (through `onProgress`).
 */
import {
  allocateAll,
  compareSplits,
  computePcCharges,
  lineTotals,
} from '../../src/engine/allocate';
import { collectFlags, flagFormat } from '../../src/engine/flags';
import type { CalendarDate, ParsedWorkbook } from '../../src/engine/model';
import {
  allocationTable,
  pcChargesTable,
  prioritiesTable,
  priorityRows,
  riskFlagsTable,
  splitComparisonTable,
  totalsTable,
} from '../../src/engine/outputs';
import { parseWorkbook } from '../../src/engine/parse';
import { planFunding, prioritise, type FundingPlan } from '../../src/engine/prioritise';
import { criterionMeans } from '../../src/engine/prioritise/scores';
import { runEngine, type RunStage } from '../../src/engine/run';
import { rankStability } from '../../src/engine/weights/rankStability';
import type { MilpOptions, MilpSolver } from '../../src/engine/solver';
import type { WorkbookTables } from '../../src/engine/table';
import { outputText } from '../../src/i18n/outputs';
import { time } from './timing';

export const TODAY: CalendarDate = { year: 2026, month: 3, day: 1 };

export interface StageTimes {
  readonly parse: number;
  /** allocateAll of the planned proposals, costs and licences. */
  readonly allocate: number;
  /** computePcCharges, lineTotals and compareSplits on those lines (the rest of the allocation stage). */
  readonly chargesAndComparison: number;
  readonly prioritise: number;
  /** The ranks' stability under the weights (contract v1.1 §10): 2^criteria weight corners. */
  readonly sensitivity: number;
  /** Risk flags and every output table. */
  readonly outputs: number;
  /** Allocation lines and output cells, for the record. */
  readonly lines: number;
  readonly outputCells: number;
}

/** The parsed workbook, or an Error listing the first problems (the generator's bug, not the user's). */
export function parsed(tables: WorkbookTables): ParsedWorkbook {
  const result = parseWorkbook(tables, TODAY);
  if (!result.ok) {
    const first = result.problems.slice(0, 5).map((p) => `${p.code} ${p.cell}`);
    throw new Error(`the synthetic workbook does not parse: ${first.join('; ')}`);
  }
  return result.workbook;
}

/** The workbook parsed, its plan made (by `solver`) and every amount split, untimed. */
export function allocated(
  tables: WorkbookTables,
  solver: MilpSolver,
): { wb: ParsedWorkbook; lines: ReturnType<typeof allocateAll>['lines'] } {
  const wb = parsed(tables);
  const scores = new Map(prioritise(wb).map((p) => [p.id, p.score]));
  const planned = planFunding(wb, scores, solver);
  if (!planned.ok) throw new Error('the synthetic plan is infeasible');
  return { wb, lines: allocateAll(wb, planned.plan.startYears).lines };
}

/** Flags and every output table, composed as runEngine composes them, `runs` times. */
function timedOutputs(
  wb: ParsedWorkbook,
  plan: FundingPlan,
  priorities: ReturnType<typeof prioritise>,
  lines: ReturnType<typeof allocateAll>['lines'],
  charges: ReturnType<typeof computePcCharges>,
  { municipalities: totals, years }: ReturnType<typeof lineTotals>,
  splits: ReturnType<typeof compareSplits>,
  language: 'en',
  runs = 1,
) {
  const format = flagFormat(language, wb.settings.roundTo);
  const text = outputText(language);
  return time(() => {
    const flags = collectFlags({ workbook: wb, lines, priorities, plan, years, format }, language);
    const rows = priorityRows(priorities, plan);
    return [
      allocationTable(wb, lines, text, totals),
      splitComparisonTable(splits, wb, text),
      ...(charges.items.length > 0 ? [pcChargesTable(charges, wb, text)] : []),
      prioritiesTable(rows, text),
      riskFlagsTable(flags, text),
      totalsTable(totals, wb, text),
    ];
  }, runs);
}

/**
 * Each stage on its own, `runs` times (median). The funding plan is computed once, for the
 * allocation: the plan bench times it (pass a {@link rememberingSolver} that has already solved it).
 */
export function stageTimes(tables: WorkbookTables, solver: MilpSolver, runs: number): StageTimes {
  const parse = time(() => parsed(tables), runs);
  const wb = parse.result;
  // As runEngine does: the criterion means are made once, in prioritisation, and the sensitivity
  // takes them.
  const prioritised = time(() => {
    const means = criterionMeans(wb);
    return { means, priorities: prioritise(wb, means) };
  }, runs);
  const { means, priorities } = prioritised.result;
  const sensitivity = time(() => rankStability(wb, priorities, means), runs);
  const planned = planFunding(wb, new Map(priorities.map((p) => [p.id, p.score])), solver);
  if (!planned.ok) throw new Error('the synthetic plan is infeasible');
  const funding = planned.plan;
  const allocate = time(() => allocateAll(wb, funding.startYears), runs);
  const { lines } = allocate.result;
  const rest = time(() => {
    const totals = lineTotals(wb, lines, funding.startYears);
    const chosen = totals.municipalities.map((t) => t.total);
    return {
      charges: computePcCharges(wb, lines),
      totals,
      splits: compareSplits(wb, lines, chosen),
    };
  }, runs);
  const { charges, totals, splits } = rest.result;
  const out = timedOutputs(wb, funding, priorities, lines, charges, totals, splits, 'en', runs);
  return {
    parse: parse.median,
    allocate: allocate.median,
    chargesAndComparison: rest.median,
    prioritise: prioritised.median,
    sensitivity: sensitivity.median,
    outputs: out.median,
    lines: lines.length,
    outputCells: out.result.reduce((n, t) => n + t.rows.length * t.headers.length, 0),
  };
}

/** A solver that answers a model it has solved before from memory: repeated runs skip HiGHS. */
export function rememberingSolver(solver: MilpSolver): MilpSolver {
  const answers = new Map<string, ReturnType<MilpSolver['solve']>>();
  return {
    solve(lp, options) {
      const key = `${JSON.stringify(options ?? {})}\n${lp}`;
      const known = answers.get(key);
      if (known) return known;
      const answer = solver.solve(lp, options);
      answers.set(key, answer);
      return answer;
    },
  };
}

/** One call of the solver: HiGHS's status, the options it was given and its time. */
export interface SolveRecord {
  readonly status: string;
  readonly options: MilpOptions;
  readonly ms: number;
}

/** A solver that records each solve: whether HiGHS proved optimality or stopped at a limit. */
export function recordingSolver(solver: MilpSolver): {
  solver: MilpSolver;
  solves(): readonly SolveRecord[];
} {
  const records: SolveRecord[] = [];
  return {
    solver: {
      solve(lp, options) {
        const start = performance.now();
        const answer = solver.solve(lp, options);
        records.push({
          status: answer.Status,
          options: options ?? {},
          ms: performance.now() - start,
        });
        return answer;
      },
    },
    solves: () => records,
  };
}

export interface EngineRun {
  /** Median of the whole runEngine call. */
  readonly total: number;
  /** Median of the whole run less its plan stage (the target's "funding plan aside"). */
  readonly planAside: number;
  /** Median time in each stage, as runEngine reports its progress. */
  readonly stages: Readonly<Record<RunStage, number>>;
  readonly ok: boolean;
}

/**
 * The whole engine run `runs` times, after one unmeasured warm-up when `warmUp`. Pass a
 * {@link rememberingSolver} that has already solved this workbook's plan: the plan bench times it.
 */
export function engineRuns(
  tables: WorkbookTables,
  solver: MilpSolver,
  runs: number,
  warmUp: boolean,
): EngineRun {
  const samples: { total: number; stages: Record<RunStage, number> }[] = [];
  let ok = true;
  const first = warmUp ? -1 : 0;
  for (let i = first; i < Math.max(1, runs); i += 1) {
    const stages: Record<RunStage, number> = {
      parse: 0,
      prioritise: 0,
      plan: 0,
      allocate: 0,
      flags: 0,
      outputs: 0,
    };
    let current = null as RunStage | null;
    let mark = performance.now();
    const start = mark;
    const result = runEngine(tables, {
      language: 'en',
      today: TODAY,
      solver,
      onProgress: (stage) => {
        const now = performance.now();
        if (current) stages[current] += now - mark;
        current = stage;
        mark = now;
      },
    });
    const end = performance.now();
    if (current) stages[current] += end - mark;
    ok &&= result.ok;
    if (i >= 0) samples.push({ total: end - start, stages });
  }
  const med = (pick: (s: (typeof samples)[number]) => number): number => {
    const sorted = samples.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  const stageNames: RunStage[] = ['parse', 'prioritise', 'plan', 'allocate', 'flags', 'outputs'];
  return {
    total: med((s) => s.total),
    planAside: med((s) => s.total - s.stages.plan),
    stages: Object.fromEntries(stageNames.map((n) => [n, med((s) => s.stages[n])])) as Record<
      RunStage,
      number
    >,
    ok,
  };
}
