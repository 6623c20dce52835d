/**
 * The bench's results: their shape (what .bench/results.json holds), the figures judged against
 * the issue's targets, and the printed report (plain text, then markdown for the README).
 */
import type { BundleFigures, RenderFigures } from './bundle';
import { choiceTargetFigures, type ChoiceFigures } from './choiceTargets';
import type { ClickFigures } from './clickToResults';
import type { CliFigures } from './cliBench';
import type { ExcelCost } from './excelCost';
import type { FloorFigures } from './floor';
import type { FormulaComparison } from './formulas';
import type { Size } from './generate';
import type { PlanComparison } from './planBench';
import { planTargetFigures, type PlanTargets } from './planTargets';
import type { ProcessFigures } from './processes';
import {
  bytes,
  figure,
  fmt,
  machineLine,
  markdownTable,
  ms,
  targetText,
  textTable,
  valueText,
  type Figure,
  type Machine,
  type Target,
} from './report';
import type { EngineRun, SolveRecord, StageTimes } from './stages';
import { REQUEST_BUDGET_BYTES } from '../../src/workbook/excel/payload';

/** A measurement, or why it could not be made. */
export type Maybe<T> = T | { readonly error: string };
const ok = <T extends object>(value: Maybe<T>): T | null => ('error' in value ? null : value);

export type PlanFigures = PlanComparison & { readonly solves: readonly SolveRecord[] };

export interface SizeResults {
  readonly size: Size;
  /** Input cells, headers included. */
  readonly cells: number;
  readonly stages: Maybe<StageTimes>;
  readonly engine: Maybe<EngineRun>;
  readonly plan: Maybe<PlanFigures>;
  readonly formulas: Maybe<FormulaComparison>;
  readonly excel: Maybe<ExcelCost>;
  readonly cli: Maybe<CliFigures>;
  /** `samkost run` and the engine, each in a process of its own: time and peak memory. */
  readonly processes: Maybe<ProcessFigures>;
  /** National only: the run's table and arithmetic with nothing around them (see floor.ts). */
  readonly floor: Maybe<FloorFigures> | null;
}

export interface ScalingPoint {
  readonly factor: number;
  readonly municipalities: number;
  /** Cost items and systems. */
  readonly items: number;
  readonly ms: number | null;
  readonly planAsideMs: number | null;
  readonly note?: string;
}

export interface Results {
  readonly mode: 'full' | 'ci';
  readonly date: string;
  readonly machine: Machine;
  readonly sizes: readonly SizeResults[];
  readonly smallPlan: Maybe<PlanFigures>;
  /** The plan over several seeds at each size, and the frontier against one plan solve. */
  readonly plans: Maybe<PlanTargets>;
  /** Shapley at n = 12 and the weights' sensitivity at 10 × 1,000 (contract v1.1). */
  readonly choices: Maybe<ChoiceFigures>;
  readonly scaling: readonly ScalingPoint[];
  readonly bundle: Maybe<BundleFigures>;
  readonly render: Maybe<RenderFigures>;
  /** Run → results in the preview, per sample (headless Chromium). */
  readonly click: Maybe<ClickFigures>;
  readonly totalMs: number;
}

const MIB = 1024 * 1024;
const time = (op: Target['op'], value: number): Target => ({ op, value, kind: 'time', ci: null });
const count = (value: number): Target => ({ op: '<=', value, kind: 'count', ci: value });
const ratio = (value: number, ci: number): Target => ({ op: '>=', value, kind: 'ratio', ci });

/** Each solve's HiGHS status, its time and the gap it was given. */
const gapText = (solves: readonly SolveRecord[]): string =>
  solves.map((s) => `${s.status} ${ms(s.ms)} ms`).join(', ');

/**
 * Why a run that carries more than one request's worth either way takes more syncs than a small
 * one: under the 4 MB cap every 4 MB needs a request of its own. Undefined when the payload fits.
 */
function beyondOneRequest(excel: ExcelCost | null): string | undefined {
  if (!excel) return undefined;
  const out = Math.ceil(excel.totalRequestBytes / REQUEST_BUDGET_BYTES);
  const back = Math.ceil(excel.totalResponseBytes / REQUEST_BUDGET_BYTES);
  if (out <= 1 && back <= 1) return undefined;
  const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
  return `${mb(excel.totalRequestBytes)} MB out, ${mb(excel.totalResponseBytes)} MB back: at least ${out} + ${back} requests under the 4 MB cap`;
}

/** Every figure of the run against its target. */
export function judge(results: Results): Figure[] {
  const figures: Figure[] = [];
  const largest = results.sizes[results.sizes.length - 1];
  const engine = largest && ok(largest.engine);
  if (largest) {
    figures.push(
      figure(
        `engine.${largest.size.name}.planAside`,
        `Engine run (${largest.size.name}), funding plan aside`,
        engine?.planAside ?? null,
        'ms',
        time('<=', 250),
        largest.size.name === 'national' ? undefined : 'the target is for the national size',
      ),
    );
  }
  for (const s of results.sizes) {
    const f = ok(s.formulas);
    figures.push(
      figure(
        `allocation.${s.size.name}.vsFormulas`,
        `Allocation vs spreadsheet formulas (${s.size.name})`,
        f ? f.formulaMs / f.samkostMs : null,
        '×',
        ratio(20, 10),
      ),
    );
  }
  for (const s of results.sizes) {
    const cli = ok(s.cli);
    const processes = ok(s.processes);
    figures.push(
      figure(
        `cli.${s.size.name}.ms`,
        `CLI xlsx read + run + write (${s.size.name})`,
        cli?.totalMs ?? null,
        'ms',
        time('<=', 2000),
        s.size.name === 'national' ? undefined : 'the target is for the national size',
      ),
      figure(
        `cli.${s.size.name}.peak`,
        `\`samkost run\` peak memory (${s.size.name})`,
        processes?.cliPeakBytes ?? null,
        'bytes',
        count(1024 * MIB),
      ),
      figure(
        `engine.${s.size.name}.peak`,
        `Engine process peak memory (${s.size.name})`,
        processes?.enginePeakBytes ?? null,
        'bytes',
        count(1024 * MIB),
      ),
    );
  }
  const syncs = results.sizes.map((s) => ok(s.excel)?.syncs ?? null);
  results.sizes.forEach((s, i) => {
    figures.push(
      figure(
        `excel.${s.size.name}.syncs`,
        `Syncs per full run (${s.size.name})`,
        syncs[i] ?? null,
        'count',
        count(6),
        beyondOneRequest(ok(s.excel)),
      ),
    );
  });
  const measured = syncs.filter((n): n is number => n !== null);
  const most = results.sizes[syncs.indexOf(Math.max(...measured))];
  figures.push(
    figure(
      'excel.syncs.spread',
      'Syncs: most − fewest over the sizes',
      measured.length > 0 ? Math.max(...measured) - Math.min(...measured) : null,
      'count',
      count(0),
      most ? beyondOneRequest(ok(most.excel)) : undefined,
    ),
  );
  for (const s of results.sizes) {
    const e = ok(s.excel);
    figures.push(
      figure(
        `excel.${s.size.name}.largestPayload`,
        `Largest request/response (${s.size.name})`,
        e ? Math.max(e.largestRequestBytes, e.largestResponseBytes) : null,
        'bytes',
        count(4 * MIB),
      ),
    );
  }
  const bundle = ok(results.bundle);
  figures.push(
    figure(
      'bundle.firstLoad',
      'Task pane first-load JS (gzip)',
      bundle?.firstLoadGzipBytes ?? null,
      'bytes',
      count(200 * 1024),
      'error' in results.bundle ? results.bundle.error : undefined,
    ),
  );
  const small = ok(results.smallPlan);
  figures.push(
    figure(
      'plan.small.ms',
      'Plan 100 proposals × 4 years: time',
      small?.optimalMs ?? null,
      'ms',
      time('<=', 1000),
    ),
    figure(
      'plan.small.proven',
      'Plan 100 × 4: proven optimal (1 = yes)',
      small ? Number(small.provenOptimal) : null,
      'count',
      time('>=', 1),
    ),
  );
  for (const s of results.sizes) {
    const p = ok(s.plan);
    if (s.size.name === 'region') {
      figures.push(
        figure(
          'plan.region.ms',
          'Region plan (30 × 5), proven with earliest starts: time',
          p?.optimalMs ?? null,
          'ms',
          time('<=', 100),
        ),
        figure(
          'plan.region.proven',
          'Region plan: proven optimal (1 = yes)',
          p ? Number(p.provenOptimal) : null,
          'count',
          time('>=', 1),
        ),
      );
    }
    if (s.size.name === 'national') {
      figures.push(
        figure(
          'plan.national.ms',
          'National plan: time',
          p?.optimalMs ?? null,
          'ms',
          time('<=', 1000),
        ),
        figure(
          'plan.national.withinGap',
          'National plan within 0.1 % gap (1 = yes)',
          p ? Number(p.relativeGap <= 0.001) : null,
          'count',
          time('>=', 1),
          p ? `gap ${fmt(p.relativeGap * 100, 3)} %` : undefined,
        ),
      );
    }
    figures.push(
      figure(
        `plan.${s.size.name}.vsGreedy`,
        `Optimal − greedy score (${s.size.name})`,
        p ? Math.round((p.optimalScore - p.greedyScore) * 1e6) / 1e6 : null,
        'points',
        ratio(0, 0),
      ),
    );
  }
  if (small) {
    figures.push(
      figure(
        'plan.small.vsGreedy',
        'Optimal − greedy score (plan 100 × 4)',
        Math.round((small.optimalScore - small.greedyScore) * 1e6) / 1e6,
        'points',
        ratio(0, 0),
      ),
    );
  }
  const click = ok(results.click);
  for (const sample of click?.samples ?? []) {
    figures.push(
      figure(
        `click.${sample.sample}.ms`,
        `Run → results in the preview (${sample.sample}, median of ${sample.runs.length})`,
        sample.medianMs,
        'ms',
        time('<=', 300),
      ),
    );
  }
  if (!click) {
    figures.push(
      figure(
        'click.ms',
        'Run → results in the preview',
        null,
        'ms',
        time('<=', 300),
        errorOf(results.click),
      ),
    );
  }
  figures.push(...planTargetFigures(results.plans));
  figures.push(...choiceTargetFigures(results.choices));
  return figures;
}

const errorOf = (value: Maybe<object>): string => ('error' in value ? `(${value.error})` : '');

function stageTable(results: Results): { headers: string[]; rows: string[][] } {
  const headers = ['Median ms', ...results.sizes.map((s) => s.size.name)];
  const row = (label: string, pick: (s: SizeResults) => number | null | undefined): string[] => [
    label,
    ...results.sizes.map((s) => ms(pick(s))),
  ];
  const st = (s: SizeResults): StageTimes | null => ok(s.stages);
  const en = (s: SizeResults): EngineRun | null => ok(s.engine);
  return {
    headers,
    rows: [
      [
        'Size (municipalities / items / proposals)',
        ...results.sizes.map(
          (s) =>
            `${s.size.municipalities} / ${s.size.costs + s.size.systems} / ${s.size.proposals}`,
        ),
      ],
      ['Input cells', ...results.sizes.map((s) => fmt(s.cells))],
      row('Parse and validate', (s) => st(s)?.parse),
      row('Allocation (allocateAll)', (s) => st(s)?.allocate),
      row('  PC charges + split comparison', (s) => st(s)?.chargesAndComparison),
      row('Prioritisation', (s) => st(s)?.prioritise),
      row('  sensitivity (2^criteria weight corners)', (s) => st(s)?.sensitivity),
      row('Funding plan (HiGHS, 1 run)', (s) => ok(s.plan)?.optimalMs),
      row('Flags + output tables', (s) => st(s)?.outputs),
      row('Whole engine run', (s) => en(s)?.total),
      row('Whole engine run, plan aside', (s) => en(s)?.planAside),
      row('Excel: read + run + write (fake Excel)', (s) => ok(s.excel)?.ms),
      row('CLI: xlsx read + run + write', (s) => ok(s.cli)?.totalMs),
      row('  of which xlsx read', (s) => ok(s.cli)?.readMs),
      row('  of which xlsx write + save', (s) => ok(s.cli)?.writeMs),
      row('`samkost run` process, end to end', (s) => ok(s.processes)?.cliMs),
      ['  its peak memory', ...results.sizes.map((s) => bytes(ok(s.processes)?.cliPeakBytes))],
      row('Engine run in a process of its own', (s) => ok(s.processes)?.engineMs),
      [
        "  that process's peak memory",
        ...results.sizes.map((s) => bytes(ok(s.processes)?.enginePeakBytes)),
      ],
    ],
  };
}

/** The printed report and the judged figures. */
export function render(results: Results): { text: string; figures: Figure[] } {
  const figures = judge(results);
  const out: string[] = [];
  const section = (title: string): void => {
    out.push('', title, '='.repeat(title.length));
  };
  out.push(`Samkost bench (${results.mode}) — ${results.date}`, machineLine(results.machine));

  section('Stages (median of repeated runs)');
  const stages = stageTable(results);
  out.push(textTable(stages.headers, stages.rows));
  for (const s of results.sizes) {
    const problems = [s.stages, s.engine, s.plan, s.formulas, s.excel, s.cli, s.processes]
      .map(errorOf)
      .filter((e) => e !== '');
    if (problems.length > 0) out.push(`${s.size.name}: ${problems.join(' ')}`);
  }
  out.push('', 'Whole engine run by stage (runEngine onProgress, median ms):');
  const stageNames = ['parse', 'prioritise', 'plan', 'allocate', 'flags', 'outputs'] as const;
  out.push(
    textTable(
      ['Stage', ...results.sizes.map((s) => s.size.name)],
      stageNames.map((n) => [n, ...results.sizes.map((s) => ms(ok(s.engine)?.stages[n]))]),
    ),
  );

  for (const s of results.sizes) {
    if (s.floor === null) continue;
    section(
      `Floor: the ${s.size.name} run's table and arithmetic alone (see tests/bench/floor.ts)`,
    );
    const floor = ok(s.floor);
    const run = ok(s.engine);
    out.push(
      floor
        ? textTable(
            ['Probe', 'Median ms'],
            [
              [
                `Allocation table as plain arrays (${fmt(floor.rows)} × ${fmt(floor.columns)})`,
                ms(floor.tableMs),
              ],
              [
                `Floor divisions with remainder (${fmt(floor.shares)} shares)`,
                ms(floor.divisionsMs),
              ],
              ['Whole engine run, plan aside', ms(run?.planAside)],
            ],
          )
        : errorOf(s.floor),
    );
  }

  if (results.scaling.length > 0) {
    section('Scaling: whole run at 1×, 2×, 4× the national municipalities and items');
    out.push(
      textTable(
        [
          'Factor',
          'Municipalities',
          'Items',
          'Items × municipalities',
          'Run ms',
          'Plan aside ms',
          'ns per item × municipality',
        ],
        results.scaling.map((p) => [
          `${p.factor}×`,
          fmt(p.municipalities),
          fmt(p.items),
          fmt(p.items * p.municipalities),
          p.ms === null ? (p.note ?? '–') : ms(p.ms),
          ms(p.planAsideMs),
          p.planAsideMs === null ? '–' : fmt((p.planAsideMs * 1e6) / (p.items * p.municipalities)),
        ]),
      ),
    );
  }

  section('Spreadsheet formulas (HyperFormula) vs Samkost allocation, same items and weights');
  out.push(
    textTable(
      [
        'Size',
        'Formulas',
        'Formulas: build + evaluate ms',
        'Formulas: recalc ms',
        'Samkost ms',
        'Ratio',
        'Ratio vs recalc',
        'Items not adding up',
        'Worst øre off',
        'Samkost items off',
      ],
      results.sizes.map((s) => {
        const f = ok(s.formulas);
        return f
          ? [
              s.size.name,
              fmt(f.formulas),
              ms(f.formulaMs),
              ms(f.recalcMs),
              ms(f.samkostMs),
              `${fmt(f.formulaMs / f.samkostMs, 1)}×`,
              `${fmt(f.recalcMs / f.samkostMs, 1)}×`,
              `${fmt(f.formulaItemsOff)} of ${fmt(f.items)}`,
              fmt(f.worstOffOre),
              fmt(f.samkostItemsOff),
            ]
          : [s.size.name, errorOf(s.formulas)];
      }),
    ),
  );

  section('Funding plan: optimal (HiGHS) vs greedy');
  const planRows: [string, Maybe<PlanFigures>][] = [
    ...results.sizes.map((s): [string, Maybe<PlanFigures>] => [s.size.name, s.plan]),
    ['plan 100×4', results.smallPlan],
  ];
  out.push(
    textTable(
      [
        'Size',
        'Proposals × years',
        'Optimal ms',
        'Greedy ms',
        'Optimal score',
        'Greedy score',
        'Gain',
        'Funded (opt / greedy)',
        'Proven / gap',
        'HiGHS solves',
      ],
      planRows.map(([name, value]) => {
        const p = ok(value);
        return p
          ? [
              name,
              `${p.proposals} × ${p.years}`,
              ms(p.optimalMs),
              ms(p.greedyMs),
              fmt(p.optimalScore, 1),
              fmt(p.greedyScore, 1),
              p.greedyScore > 0
                ? `${fmt(((p.optimalScore - p.greedyScore) / p.greedyScore) * 100, 2)} %`
                : '–',
              `${p.optimalFunded} / ${p.greedyFunded}`,
              p.provenOptimal ? 'proven' : `${fmt(p.relativeGap * 100, 3)} % (${p.method})`,
              gapText(p.solves),
            ]
          : [name, errorOf(value)];
      }),
    ),
  );

  section('Excel cost of a full run (read + write through the Office.js adapter, fake Excel)');
  out.push(
    textTable(
      [
        'Size',
        'Syncs (read + write)',
        'Largest request',
        'Largest response',
        'All requests',
        'All responses',
      ],
      results.sizes.map((s) => {
        const e = ok(s.excel);
        return e
          ? [
              s.size.name,
              `${e.syncs} (${e.readSyncs} + ${e.writeSyncs})`,
              bytes(e.largestRequestBytes),
              bytes(e.largestResponseBytes),
              bytes(e.totalRequestBytes),
              bytes(e.totalResponseBytes),
            ]
          : [s.size.name, errorOf(s.excel)];
      }),
    ),
  );

  section('Task pane');
  const bundle = ok(results.bundle);
  if (bundle) {
    out.push(
      textTable(
        ['First-load script', 'Bytes', 'Gzip'],
        [
          ...bundle.files.map((f) => [f.name, bytes(f.bytes), bytes(f.gzip)]),
          [
            'Total',
            bytes(bundle.files.reduce((n, f) => n + f.bytes, 0)),
            bytes(bundle.firstLoadGzipBytes),
          ],
        ],
      ),
    );
    out.push(`(webpack production build: ${ms(bundle.buildMs)} ms)`);
  } else out.push(`First-load JS: ${errorOf(results.bundle)}`);
  const rendered = ok(results.render);
  out.push(
    rendered
      ? `First render of the pane (preview page, headless Chromium, median of ${rendered.runs.length}): ${ms(rendered.firstRenderMs)} ms`
      : `First render: ${errorOf(results.render)}`,
  );
  const clicked = ok(results.click);
  out.push(
    clicked
      ? `Run → results in the preview (headless Chromium, fresh context each): ${clicked.samples.map((c) => `${c.sample} ${ms(c.medianMs)} ms (median of ${c.runs.length})`).join(', ')}`
      : `Run → results: ${errorOf(results.click)}`,
  );

  section('Targets');
  out.push(
    textTable(
      ['Figure', 'Measured', 'Target', 'Result'],
      figures.map((f) => [
        f.label,
        valueText(f),
        targetText(f),
        f.verdict + (f.note ? `  ${f.note}` : ''),
      ]),
    ),
  );
  out.push(`\nBench time: ${fmt(results.totalMs / 1000, 1)} s`);

  section('Markdown (README, Performance)');
  out.push(`Measured on ${machineLine(results.machine)}, ${results.date.slice(0, 10)}.`, '');
  out.push(
    markdownTable(
      stages.headers,
      stages.rows.map((r) => r.map((c) => c.trim())),
    ),
    '',
  );
  out.push(
    markdownTable(
      ['Figure', 'Measured', 'Target', 'Result'],
      figures.map((f) => [f.label, valueText(f), targetText(f), f.verdict]),
    ),
  );
  if (rendered)
    out.push(
      '',
      `First render of the pane in headless Chromium: ${ms(rendered.firstRenderMs)} ms.`,
    );
  return { text: out.join('\n'), figures };
}
