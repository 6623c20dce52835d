/**
 * One engine run: parse → prioritise → plan → allocate → flag → output tables. Pure: the caller
 * reads the workbook, hands in the solver, and writes what comes back.
 */
import type { Language } from '../i18n/language';
import { outputText } from '../i18n/outputs';
import { renderProblem } from '../i18n/problems';
import {
  allocateAll,
  compareSplits,
  computePcCharges,
  indexStandAlone,
  lineTotals,
  standAloneOf,
  type AllocationLine,
  type PcCharges,
} from './allocate';
import { exitAnalysis } from './coalitions/exit';
import { indexCoalitions } from './coalitions/game';
import { collectFlags, flagFormat } from './flags';
import type { CalendarDate, ParsedWorkbook } from './model';
import {
  allocationRowsByLine,
  allocationTable,
  contractJson,
  criteriaWeightsTable,
  errorJson,
  exitAmounts,
  exitAnalysisTable,
  frontierRows,
  frontierTable,
  normalisedWeights,
  pcChargesTable,
  prioritiesTable,
  priorityRows,
  riskFlagsTable,
  runSummary,
  splitComparisonTable,
  totalsTable,
  withCurrency,
} from './outputs';
import { sheetLimitProblems } from './outputs/sheetLimits';
import { parseWorkbook } from './parse';
import { planFunding, prioritise, type PriorityScore } from './prioritise';
import { withoutExcluded } from './choices/excluded';
import { efficientFrontier } from './choices/frontier';
import { rankStability } from './weights/rankStability';
import { criterionMeans } from './prioritise/scores';
import type { Problem } from './problem';
import type { PaneViews, RunResult } from './result';
import type { MilpSolver } from './solver';
import type { WorkbookTables } from './table';
import { councilView } from './views/councilView';
import { splitView } from './views/splitView';

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
  /**
   * Build the contract JSON (§8) of a successful run: the CLI's `--json`. Off by default: at
   * national size it is 1.3 million objects that the task pane never shows.
   */
  readonly contractJson?: boolean;
  /**
   * Build the pane's views (split view, council view): the pane's worker asks for them; the CLI,
   * which never shows them, does not pay for them.
   */
  readonly paneViews?: boolean;
  /**
   * Told the allocation of a run without problems, as it was split: what an explanation or a
   * statement reads, from this very run rather than a second implementation of it.
   */
  readonly onAllocated?: (allocated: Allocated) => void;
}

/** A run's parsed workbook, its allocation lines, PC charges and funded proposals' start years. */
export interface Allocated {
  readonly workbook: ParsedWorkbook;
  readonly lines: readonly AllocationLine[];
  readonly charges: PcCharges;
  readonly startYears: ReadonlyMap<string, number>;
}

/** Settings.Language wins over the user's environment, unless the user chose explicitly. */
const chooseLanguage = (options: RunOptions, fromSettings: Language | null): Language =>
  options.languageExplicit ? options.language : (fromSettings ?? options.language);

const failure = (problems: readonly Problem[], language: Language): RunResult => {
  const localised = problems.map((p) => renderProblem(p, language));
  return { ok: false, language, problems: localised, json: errorJson(localised) };
};

/** Every proposal funded in the planning year: the widest allocation, to find all key problems. */
const everyProposal = (workbook: ParsedWorkbook): ReadonlyMap<string, number> =>
  new Map(workbook.proposals.map((p) => [p.id, workbook.settings.planningYear]));

const scoreOf = (priorities: readonly PriorityScore[]): ReadonlyMap<string, number> =>
  new Map(priorities.map((p) => [p.id, p.score]));

export function runEngine(
  tables: WorkbookTables,
  options: RunOptions & { readonly paneViews: true },
): RunResult<PaneViews>;
export function runEngine(tables: WorkbookTables, options: RunOptions): RunResult;
export function runEngine(tables: WorkbookTables, options: RunOptions): RunResult {
  const progress = options.onProgress ?? (() => undefined);
  progress('parse');
  const parsed = parseWorkbook(tables, options.today);
  if (!parsed.ok) return failure(parsed.problems, chooseLanguage(options, parsed.language));
  const workbook = parsed.workbook;
  const language = chooseLanguage(options, workbook.settings.language);

  progress('prioritise');
  const means = criterionMeans(workbook);
  const priorities = prioritise(workbook, means);
  const ranges = rankStability(workbook, priorities, means);
  progress('plan');
  // Excluded proposals (v1.1 §11) are scored and ranked, but the plan never sees them.
  const plannable = withoutExcluded(workbook);
  const scores = scoreOf(priorities);
  const planned = planFunding(plannable, scores, options.solver);
  if (!planned.ok) {
    // Report the allocation's problems too, so the user sees everything at once.
    const { problems } = allocateAll(workbook, everyProposal(workbook));
    return failure([...planned.problems, ...problems], language);
  }
  const plan = planned.plan;
  const frontier = frontierRows(
    efficientFrontier(plannable, scores, options.solver, plan) ?? [],
    workbook.settings.roundTo,
  );

  progress('allocate');
  const { lines, problems } = allocateAll(workbook, plan.startYears);
  if (problems.length > 0) return failure(problems, language);
  const charges = computePcCharges(workbook, lines);
  options.onAllocated?.({ workbook, lines, charges, startYears: plan.startYears });
  // Every total of the shares (per municipality, per budget year), in one pass over them.
  const { municipalities: totals, years } = lineTotals(workbook, lines, plan.startYears);
  const splits = compareSplits(
    workbook,
    lines,
    totals.map((t) => t.total),
  );
  // Only items with coalition costs have an exit analysis (contract v1.1 §12): without any, no
  // pass over the lines and no index of the stand-alone costs.
  const coalitionCosts = workbook.coalitionCosts ?? [];
  const standAlone = coalitionCosts.length > 0 ? indexStandAlone(workbook.standAlone) : null;
  const exits = standAlone
    ? exitAnalysis(workbook, lines, indexCoalitions(coalitionCosts), (item) =>
        standAloneOf(standAlone, item),
      )
    : [];
  const exitEntries = exits.map((row) => ({
    municipality: row.municipality,
    ...exitAmounts(row, workbook),
  }));

  progress('flags');
  const format = flagFormat(language, workbook.settings.roundTo);
  const flags = collectFlags({ workbook, lines, priorities, plan, years, format }, language);

  progress('outputs');
  const text = outputText(language);
  const rows = priorityRows(priorities, plan, ranges);
  const allocation = allocationTable(workbook, lines, text, totals);
  // A missing input turns off what depends on it (contract §1): no Proposals, no Priorities;
  // nothing charged by PCs, no PcCharges. Adapters still remove such tables left by earlier runs.
  const built = [
    allocation,
    splitComparisonTable(splits, workbook, text),
    ...(charges.items.length > 0
      ? [pcChargesTable(charges, workbook, text, allocationRowsByLine(lines, allocation))]
      : []),
    ...(workbook.present.has('Proposals') ? [prioritiesTable(rows, text)] : []),
    riskFlagsTable(flags, text),
    totalsTable(totals, workbook, text),
    // Only items with coalition costs have an exit analysis (contract v1.1 §12).
    ...(exits.length > 0 ? [exitAnalysisTable(exits, workbook, text)] : []),
    // Contract v1.1 §10 and §11: the weights as used, wherever there are criteria; the frontier
    // wherever there is a Budget to scale.
    ...(workbook.criteria.length > 0 ? [criteriaWeightsTable(workbook, text)] : []),
    ...(frontier.length > 0 ? [frontierTable(frontier, text)] : []),
  ];
  const outputs = built.map((table) => withCurrency(table, workbook.settings.currency));
  const tooLarge = sheetLimitProblems(outputs);
  if (tooLarge.length > 0) return failure(tooLarge, language);
  return {
    ok: true,
    language,
    outputs,
    flags,
    json: options.contractJson
      ? contractJson(lines, charges, rows, flags, exitEntries, workbook.settings.roundTo, {
          criteriaWeights: normalisedWeights(workbook),
          consistencyRatio: workbook.pairwise?.cr ?? null,
          frontier,
        })
      : null,
    summary: runSummary(workbook, { totals, years }, rows, plan, flags, exitEntries, frontier),
    views: options.paneViews
      ? {
          splitView: splitView(splits, workbook, lines),
          councilView: councilView(workbook, priorities, rows, plan, flags),
        }
      : null,
  };
}
