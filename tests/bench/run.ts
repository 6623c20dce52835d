/**
 * `npm run bench`: is Samkost fast at national scale, and how does it compare with what users
 * would do instead? Seeded synthetic workbooks at three sizes (region, county, nation); the median
 * of repeated runs for each stage, the whole engine run and the CLI's xlsx round trip; how time
 * grows with items × municipalities; spreadsheet formulas against the exact allocation; the
 * optimal funding plan against greedy; the cost of a run in Excel (syncs, payload); the task
 * pane's first-load JavaScript and first render. Every figure is printed with its target.
 *
 * `--ci` (`npm run bench:ci`): small sizes only, under a minute, and a non-zero exit when a count
 * budget (syncs, payload, bundle) is broken or a ratio falls below half its target. Times are
 * reported, never asserted. `--no-bundle` skips the webpack build and the browser.
 */
import { mkdirSync, writeFileSync } from 'fs';
import path from 'path';
import { loadHighsSolver } from '../../src/cli/highsSolver';
import type { MilpSolver } from '../../src/engine/solver';
import {
  build,
  firstLoad,
  firstRender,
  removeBuild,
  type BundleFigures,
  type RenderFigures,
} from './bundle';
import { choiceFigures } from './choiceTargets';
import { clickToResults, type ClickFigures } from './clickToResults';
import { cliRoundTrip } from './cliBench';
import { excelCost } from './excelCost';
import { floorProbes } from './floor';
import { compareWithFormulas } from './formulas';
import { generateWorkbook, scaledNational, SIZES, type Size } from './generate';
import { comparePlans } from './planBench';
import { PLAN_100X4, planTargets } from './planTargets';
import { processFigures } from './processes';
import { machine } from './report';
import { render, type Results, type ScalingPoint, type SizeResults } from './results';
import { workbookTables, cellCount } from './sheets';
import {
  allocated,
  engineRuns,
  parsed,
  recordingSolver,
  rememberingSolver,
  stageTimes,
  type EngineRun,
} from './stages';

const ROOT = path.resolve(__dirname, '../..');
const OUTPUT = path.join(ROOT, '.bench', 'results.json');

interface Options {
  readonly ci: boolean;
  readonly bundle: boolean;
}

const options = (argv: readonly string[]): Options => ({
  ci: argv.includes('--ci'),
  bundle: !argv.includes('--no-bundle'),
});

const WARM_UP_LP = 'Maximize\n obj: x + y\nSubject To\n c: x + y <= 1\nBinary\n x y\nEnd\n';

const log = (text: string): void => {
  process.stderr.write(`${text}\n`);
};

/** Run `fn`, or record why it could not run: one missing piece never stops the bench. */
async function attempt<T>(what: string, fn: () => Promise<T> | T): Promise<T | { error: string }> {
  try {
    return await fn();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  ${what}: ${message.split('\n')[0]}`);
    return { error: message.split('\n')[0] ?? message };
  }
}

async function measureSize(size: Size, remembering: MilpSolver, ci: boolean): Promise<SizeResults> {
  // The national size takes seconds per run: three runs (no warm-up) keep the bench to minutes.
  const large = size.municipalities > 100;
  const runs = large ? 3 : ci ? 3 : 7;
  log(`${size.name}: generating`);
  const sheets = generateWorkbook(size);
  const tables = workbookTables(sheets);
  // The plan first, with the shared remembering solver: it is timed here, for real, and every
  // later run of this workbook (stages, engine, Excel, CLI) gets the remembered answer.
  log(`${size.name}: plan`);
  const plan = await attempt('plan', () => {
    const recording = recordingSolver(remembering);
    const comparison = comparePlans(parsed(tables), recording.solver, 1);
    return { ...comparison, solves: recording.solves() };
  });
  log(`${size.name}: stages`);
  const stages = await attempt('stages', () => stageTimes(tables, remembering, runs));
  log(`${size.name}: engine`);
  const engine = await attempt('engine', () => engineRuns(tables, remembering, runs, !large));
  log(`${size.name}: formulas`);
  const formulas = await attempt('formulas', () => compareWithFormulas(parsed(tables), runs));
  log(`${size.name}: excel`);
  const excel = await attempt('excel', () => excelCost(sheets, remembering));
  // The floor probes only where the 250 ms target applies: the national size.
  const floor = large
    ? await attempt('floor', () => {
        log(`${size.name}: floor`);
        const { wb, lines } = allocated(tables, remembering);
        return floorProbes(wb, lines, runs);
      })
    : null;
  log(`${size.name}: cli`);
  const cli = await attempt('cli', () => cliRoundTrip(sheets, remembering, large ? 1 : ci ? 2 : 3));
  log(`${size.name}: processes (time and peak memory)`);
  const processes = await attempt('processes', () => processFigures(size, sheets));
  return {
    size,
    cells: cellCount(sheets),
    stages,
    engine,
    plan,
    formulas,
    excel,
    cli,
    processes,
    floor,
  };
}

/**
 * Whole-run time at 1×, 2× and 4× the national municipalities and items (1× is the national
 * engine run already measured). A factor whose projected time (cost grows with items ×
 * municipalities) would pass `budgetMs` is skipped, and says so.
 */
async function scaling(
  national: EngineRun | null,
  remembering: MilpSolver,
  budgetMs: number,
): Promise<ScalingPoint[]> {
  const points: ScalingPoint[] = [];
  let previous: { work: number; ms: number } | null = null;
  for (const factor of [1, 2, 4]) {
    const size = scaledNational(factor);
    const items = size.costs + size.systems;
    const work = items * size.municipalities;
    const point = { factor, municipalities: size.municipalities, items };
    const projected = previous ? (previous.ms * work) / previous.work : 0;
    if (projected > budgetMs) {
      const note = `skipped: projected ${Math.round(projected / 1000)} s`;
      points.push({ ...point, ms: null, planAsideMs: null, note });
      continue;
    }
    log(`scaling ×${factor}`);
    const run =
      factor === 1 && national
        ? national
        : await attempt(`scaling ×${factor}`, () =>
            engineRuns(workbookTables(generateWorkbook(size)), remembering, 1, false),
          );
    if ('error' in run) {
      points.push({ ...point, ms: null, planAsideMs: null, note: run.error });
      continue;
    }
    points.push({ ...point, ms: run.total, planAsideMs: run.planAside });
    previous = { work, ms: run.planAside };
  }
  return points;
}

async function bundleFigures(ci: boolean): Promise<{
  bundle: BundleFigures | { error: string };
  render: RenderFigures | { error: string };
  click: ClickFigures | { error: string };
}> {
  log('bundle: webpack production build');
  const built = await build();
  if ('skipped' in built) {
    const error = { error: built.skipped };
    return { bundle: error, render: error, click: error };
  }
  try {
    const bundle = firstLoad(built.directory, built.buildMs);
    log('bundle: first render in Chromium');
    const rendered = await attempt('render', () => firstRender(built.directory, ci ? 2 : 5));
    const renderResult = 'skipped' in rendered ? { error: rendered.skipped } : rendered;
    log('bundle: Run → results in Chromium');
    const clicked = await attempt('click', () => clickToResults(built.directory, ci ? 2 : 5));
    const click = 'skipped' in clicked ? { error: clicked.skipped } : clicked;
    return { bundle, render: renderResult, click };
  } finally {
    removeBuild(built.directory);
  }
}

async function main(): Promise<void> {
  const { ci, bundle } = options(process.argv.slice(2));
  const started = performance.now();
  const highs = await loadHighsSolver();
  // Compile and warm HiGHS's WebAssembly once, so the first plan measured does not pay for it.
  highs.solve(WARM_UP_LP);
  const remembering = rememberingSolver(highs);
  const sizes: Size[] = ci
    ? [SIZES.region, SIZES.county]
    : [SIZES.region, SIZES.county, SIZES.national];

  const perSize: SizeResults[] = [];
  for (const size of sizes) perSize.push(await measureSize(size, remembering, ci));
  // HiGHS gets up to a minute to prove a 100 × 4 plan optimal: too long for CI.
  const smallPlan = ci
    ? { error: 'skipped in CI (the full bench measures it)' }
    : await attempt('small plan', () => {
        log('plan 100×4');
        const recording = recordingSolver(highs);
        const wb = parsed(workbookTables(generateWorkbook(PLAN_100X4)));
        return { ...comparePlans(wb, recording.solver, 1), solves: recording.solves() };
      });
  const plans = ci ? { error: 'skipped in CI (the full bench measures it)' } : planTargets(highs);
  log('Shapley and sensitivity');
  const choices = await attempt('Shapley and sensitivity', choiceFigures);
  const national = perSize.find((s) => s.size.name === 'national');
  const nationalRun = national && !('error' in national.engine) ? national.engine : null;
  const scaled = ci ? [] : await scaling(nationalRun, remembering, 180_000);
  const pane = bundle
    ? await bundleFigures(ci)
    : {
        bundle: { error: 'skipped (--no-bundle)' },
        render: { error: 'skipped (--no-bundle)' },
        click: { error: 'skipped (--no-bundle)' },
      };

  const results: Results = {
    mode: ci ? 'ci' : 'full',
    date: new Date().toISOString(),
    machine: machine(),
    sizes: perSize,
    smallPlan,
    plans,
    choices,
    scaling: scaled,
    bundle: pane.bundle,
    render: pane.render,
    click: pane.click,
    totalMs: 0,
  };
  const finished: Results = { ...results, totalMs: performance.now() - started };
  const { text, figures } = render(finished);
  console.log(text);
  mkdirSync(path.dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, `${JSON.stringify({ ...finished, figures }, jsonBigInt, 2)}\n`);
  console.log(`\nResults: ${path.relative(ROOT, OUTPUT)}`);
  if (ci) {
    const broken = figures.filter((f) => f.ciBroken);
    if (broken.length > 0) {
      console.error(`\nCI budget broken: ${broken.map((f) => f.label).join('; ')}`);
      process.exitCode = 1;
    }
  }
}

const jsonBigInt = (_key: string, value: unknown): unknown =>
  typeof value === 'bigint' ? Number(value) : value;

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
