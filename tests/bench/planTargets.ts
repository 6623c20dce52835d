/**
 * The funding plan's targets over several seeds (issue 14.2: region proven with earliest starts
 * ≤ 100 ms, 100 × 4 proven ≤ 1 s on every seed, national within 0.1 % ≤ 1 s and never worse
 * than greedy) and the frontier against one plan solve (issue 13.6: ≤ 7×), measured in the
 * bench's run. `npx tsx tests/bench/planTargets.ts [region|100x4|county|national …] [--seeds=a,b]`
 * prints one line per plan with each HiGHS solve's status and time; `--anatomy` instead what
 * proving each plan takes (see {@link anatomy}; on national, what its gap takes:
 * {@link nationalAnatomy}).
 */
import { loadHighsSolver } from '../../src/cli/highsSolver';
import { greedyPlan, planFunding, prioritise } from '../../src/engine/prioritise';
import { planInstance, planMerit, type Starts } from '../../src/engine/prioritise/instance';
import {
  constraintRows,
  fundedVar,
  fundedVars,
  linear,
  lpText,
  startVars,
  type Term,
} from '../../src/engine/prioritise/lpModel';
import type { MilpSolution, MilpSolver } from '../../src/engine/solver';
import { frontierFigures } from './choicesBench';
import { generateWorkbook, SIZES, type Size } from './generate';
import { figure, type Figure } from './report';
import { workbookTables } from './sheets';
import { parsed } from './stages';
import { time } from './timing';

/** The plan the issue names: up to 100 proposals × 4 years, proven optimal within a second. */
export const PLAN_100X4: Size = {
  name: 'plan 100×4',
  municipalities: 7,
  costs: 10,
  systems: 5,
  proposals: 100,
  criteria: 6,
  scorers: 5,
  years: 4,
};

/** The generator's own seed first, then four more: "every seed" is these five. */
export const PLAN_SEEDS: readonly number[] = [20260101, 1, 2, 3, 4];

export interface SeedRun {
  readonly seed: number;
  readonly ms: number;
  readonly proven: boolean;
  readonly relativeGap: number;
  readonly method: string;
  /** Σ of the funded proposals' scores, the plan's and the greedy plan's. */
  readonly score: number;
  readonly greedyScore: number;
  /** Each HiGHS solve: its objective sense, status, time, nodes and simplex iterations. */
  readonly solves: readonly string[];
}

export interface SeedFigures {
  readonly size: string;
  readonly runs: readonly SeedRun[];
}

/** A solver that notes each solve's sense, status, time and work in `trace`. */
function tracing(solver: MilpSolver, trace: string[]): MilpSolver {
  return {
    solve(lp, options) {
      const started = performance.now();
      const solution = solver.solve(lp, options);
      const work = solution.Work;
      const steps = work ? `, ${work.nodes} nodes, ${work.iterations} iterations` : '';
      trace.push(
        `${lp.slice(0, 3)} ${solution.Status} ${(performance.now() - started).toFixed(0)} ms${steps}`,
      );
      return solution;
    },
  };
}

/** The plan of `size` for each seed, timed once (HiGHS warm). */
export function seedRuns(size: Size, seeds: readonly number[], solver: MilpSolver): SeedFigures {
  const runs = seeds.map((seed): SeedRun => {
    const wb = parsed(workbookTables(generateWorkbook(size, seed)));
    const scores = new Map(prioritise(wb).map((p) => [p.id, p.score]));
    const trace: string[] = [];
    const timed = time(() => planFunding(wb, scores, tracing(solver, trace)), 1);
    if (!timed.result.ok) throw new Error(`the synthetic plan (seed ${seed}) is infeasible`);
    const plan = timed.result.plan;
    const total = (ids: Iterable<string>): number =>
      [...ids].reduce((n, id) => n + (scores.get(id) ?? 0), 0);
    return {
      seed,
      ms: timed.median,
      proven: plan.provenOptimal,
      relativeGap: plan.relativeGap,
      method: plan.method,
      score: total(plan.startYears.keys()),
      greedyScore: total(greedyPlan(wb, scores).startYears.keys()),
      solves: trace,
    };
  });
  return { size: size.name, runs };
}

/**
 * Why a plan's proof is hard (`--anatomy`): with the plan's best score S* in hand, what HiGHS
 * needs to prove that no plan scores more (the phase-1 proof alone), and that no other set of
 * proposals reaches S* with no more proposals (what any exact start-year method must also prove,
 * since each proposal adds ~2,000 to the sum of start years and its delays only tens). Printed
 * with the funded count and the delay (Σ start year − first budget year) of the plan.
 */
function anatomy(size: Size, seed: number, solver: MilpSolver): string {
  const wb = parsed(workbookTables(generateWorkbook(size, seed)));
  const scores = new Map(prioritise(wb).map((p) => [p.id, p.score]));
  const outcome = planFunding(wb, scores, solver);
  if (!outcome.ok || wb.budget === null) return `seed ${seed}: no plan`;
  const instance = planInstance(wb, wb.budget, scores);
  const { years } = instance;
  const starts: Starts = instance.items.map((item) => {
    const year = outcome.plan.startYears.get(item.id);
    return years.findIndex((y) => y.year === year);
  });
  const { value, yearSum } = planMerit(instance, starts);
  const funded = starts.filter((k) => k >= 0).length;
  const rows = constraintRows(instance, { aggregated: true });
  const score: Term[] = instance.items.map((item, i) => [BigInt(item.value), fundedVar(i)]);
  const binaries = [...startVars(instance), ...fundedVars(instance)];
  const work = (name: string, extra: readonly string[]): string => {
    const started = performance.now();
    const lp = lpText('Maximize', score, [...rows, ...extra], { binaries });
    const solution = solver.solve(lp, { mip_rel_gap: 0, time_limit: 20 });
    const steps = solution.Work
      ? `${solution.Work.nodes} nodes, ${solution.Work.iterations} it.`
      : '';
    return `${name}: ${solution.Status} ${(performance.now() - started).toFixed(0)} ms ${steps}`;
  };
  // Another set: at least one proposal in or out differs from the plan's.
  const other: Term[] = starts.map((k, i) => [k >= 0 ? -1n : 1n, fundedVar(i)]);
  const count: Term[] = instance.items.map((_, i) => [1n, fundedVar(i)]);
  const delay = yearSum - funded * (years[0]?.year ?? 0);
  const proven = outcome.plan.relativeGap === 0 ? 'proven' : 'unproven';
  return [
    `seed ${seed}: ${funded} funded, delay ${delay}, score ${proven}`,
    work('score > S*', [` better: ${linear(score)} >= ${value + 1}`]),
    work('another set, ≥ S*, ≤ as many', [
      ` keep: ${linear(score)} >= ${value}`,
      ` count: ${linear(count)} <= ${funded}`,
      ` other: ${linear(other)} >= ${1 - funded}`,
    ]),
  ].join('; ');
}

/**
 * What the national plan's 0.1 % costs (`--anatomy` on national): the LP relaxation alone (its
 * bound and simplex iterations), the plan's own HiGHS solves (the relaxation of lpCore.ts, then
 * any core or MILP: nodes, iterations, bound), and how far the plan is below the LP's bound. On the five seeds HiGHS's cuts moved its bound by
 * under 0.001 % from the LP's, so the 0.1 % is won by finding a plan, not by the bound: the LP's
 * ~1,400 iterations are a fifth of HiGHS's time, the rest goes to cuts and its primal heuristics.
 */
function nationalAnatomy(size: Size, seed: number, solver: MilpSolver): string {
  const wb = parsed(workbookTables(generateWorkbook(size, seed)));
  const scores = new Map(prioritise(wb).map((p) => [p.id, p.score]));
  if (wb.budget === null) return `seed ${seed}: no plan`;
  const instance = planInstance(wb, wb.budget, scores);
  const solves: MilpSolution[] = [];
  const started = performance.now();
  const outcome = planFunding(wb, scores, {
    solve(lp, options) {
      const solution = solver.solve(lp, options);
      solves.push(solution);
      return solution;
    },
  });
  const planMs = performance.now() - started;
  if (!outcome.ok || solves.length === 0) return `seed ${seed}: no plan`;
  const value = [...outcome.plan.startYears.keys()].reduce(
    (n, id) => n + (instance.items.find((item) => item.id === id)?.value ?? 0),
    0,
  );
  // The same rows as the plan's model: national is past the aggregated rows' size.
  const rows = constraintRows(instance, { aggregated: false });
  const score: Term[] = instance.items.map((item, i) => [BigInt(item.value), fundedVar(i)]);
  const unitBounded = [...startVars(instance), ...fundedVars(instance)];
  const lpStarted = performance.now();
  const relaxed = solver.solve(lpText('Maximize', score, rows, { unitBounded }), {
    presolve: 'off',
  });
  const lpMs = performance.now() - lpStarted;
  const bound = relaxed.ObjectiveValue;
  const below = (x: number | undefined): string =>
    x === undefined ? '?' : `${(((bound - x) / bound) * 100).toFixed(4)} %`;
  return [
    `seed ${seed}: LP ${relaxed.Status} ${lpMs.toFixed(0)} ms ${relaxed.Work?.iterations ?? '?'} it.`,
    `plan ${planMs.toFixed(0)} ms, its solves ${solves
      .map((s) => `${s.Status} ${s.Work?.nodes ?? '?'} nodes ${s.Work?.iterations ?? '?'} it.`)
      .join(', ')}`,
    `their bounds below the LP's by ${solves.map((s) => below(s.DualBound)).join(', ')}`,
    `plan below the LP's bound by ${below(value)}`,
  ].join('; ');
}

export type FrontierFigures = ReturnType<typeof frontierFigures>;

type Maybe<T> = T | { readonly error: string };

export interface PlanTargets {
  readonly seeds: readonly Maybe<SeedFigures>[];
  readonly frontier: Maybe<FrontierFigures>;
}

/** `fn`, or why it failed (`what` names it): one failure never stops the bench. */
const attempt = <T>(fn: () => T, what: string): Maybe<T> => {
  try {
    return fn();
  } catch (error) {
    return { error: `${what}: ${error instanceof Error ? error.message : String(error)}` };
  }
};

/**
 * One real plan solved and thrown away: V8 compiles the parts of HiGHS's WebAssembly a MIP uses
 * when they first run, and that first MIP took 4–5× as long as the same solve repeated (the
 * same nodes and iterations; a trivial LP does not reach that code). It is forced through HiGHS:
 * the exact searches prove a region plan without it. The seeds are measured warm;
 * a user's first plan after HiGHS loads pays that compilation once.
 */
function warmUp(solver: MilpSolver): void {
  const wb = parsed(workbookTables(generateWorkbook(SIZES.region, WARM_UP_SEED)));
  const scores = new Map(prioritise(wb).map((p) => [p.id, p.score]));
  // HiGHS alone (the exact searches prove a region plan without it) and its LP relaxation, the
  // route of the largest plans.
  planFunding(wb, scores, solver, { searchWork: 0, scoreWork: 0, yearsWork: 0 });
  planFunding(wb, scores, solver, { lpCore: true });
}

/** A seed not among {@link PLAN_SEEDS}. */
const WARM_UP_SEED = 99;

/** Every plan target of the issue, measured now with `solver` (HiGHS warm, nothing remembered). */
export function planTargets(solver: MilpSolver): PlanTargets {
  const sizes = [SIZES.region, PLAN_100X4, SIZES.national];
  warmUp(solver);
  return {
    seeds: sizes.map((size) =>
      attempt(() => seedRuns(size, PLAN_SEEDS, solver), `plan ${size.name} over seeds`),
    ),
    frontier: attempt(() => frontierFigures(SIZES.region, solver), 'frontier'),
  };
}

const timeTarget = (op: '<=' | '>=', value: number) =>
  ({ op, value, kind: 'time', ci: null }) as const;

/** Each seed's time, and what it missed: proof (small plans) or the gap (national). */
const seedsNote = (f: SeedFigures): string =>
  f.runs
    .map((r) => {
      const what =
        f.size === 'national'
          ? `, ${(r.relativeGap * 100).toFixed(3)} %`
          : r.proven
            ? ''
            : ' unproven';
      return `${r.seed}: ${r.ms.toFixed(0)} ms${what}`;
    })
    .join(', ');

/** The plan's figures over seeds, and the frontier's ratio, against their targets. */
export function planTargetFigures(targets: Maybe<PlanTargets>): Figure[] {
  if ('error' in targets) return [];
  const figures: Figure[] = [];
  const seeds = targets.seeds.flatMap((f) => ('error' in f ? [] : [f]));
  targets.seeds.forEach((f, n) => {
    if ('error' in f) {
      const id = `planSeeds.failed${n}`;
      figures.push(figure(id, 'Plan over seeds', null, 'ms', timeTarget('<=', 1000), f.error));
    }
  });
  const { frontier } = targets;
  const slowest = (f: SeedFigures): number => Math.max(...f.runs.map((r) => r.ms));
  for (const f of seeds) {
    const n = f.runs.length;
    const proven = f.runs.filter((r) => r.proven).length;
    const id = `planSeeds.${f.size.replace('×', 'x').replace(/\W+/g, '')}`;
    if (f.size === 'national') {
      const within = f.runs.filter((r) => r.relativeGap <= 0.001).length;
      const belowGreedy = f.runs.filter((r) => r.score < r.greedyScore - 1e-9).length;
      figures.push(
        figure(
          `${id}.ms`,
          `National plan, slowest of ${n} seeds`,
          slowest(f),
          'ms',
          timeTarget('<=', 1000),
          seedsNote(f),
        ),
        figure(
          `${id}.withinGap`,
          `National plan: seeds within 0.1 % (of ${n})`,
          within,
          'count',
          timeTarget('>=', n),
        ),
        figure(
          `${id}.belowGreedy`,
          `National plan: seeds below greedy (of ${n})`,
          belowGreedy,
          'count',
          timeTarget('<=', 0),
        ),
      );
      continue;
    }
    const limit = f.size === 'region' ? 100 : 1000;
    figures.push(
      figure(
        `${id}.ms`,
        `Plan ${f.size}, slowest of ${n} seeds`,
        slowest(f),
        'ms',
        timeTarget('<=', limit),
        seedsNote(f),
      ),
      figure(
        `${id}.proven`,
        `Plan ${f.size}: seeds proven optimal (of ${n})`,
        proven,
        'count',
        timeTarget('>=', n),
      ),
    );
  }
  const measured = 'error' in frontier ? null : frontier;
  const error = 'error' in frontier ? frontier.error : undefined;
  figures.push(
    figure(
      'frontier.region.ratio',
      'Frontier (region) ÷ one plan solve',
      measured?.ratio ?? null,
      '×',
      timeTarget('<=', 7),
      measured
        ? `plan ${measured.planMs.toFixed(0)} ms, frontier ${measured.frontierMs.toFixed(0)} ms`
        : error,
    ),
  );
  return figures;
}

if (require.main === module) {
  void (async () => {
    const args = process.argv.slice(2);
    const seedArg = args.find((a) => a.startsWith('--seeds='));
    const seeds = seedArg ? seedArg.slice('--seeds='.length).split(',').map(Number) : PLAN_SEEDS;
    const names = args.filter((a) => !a.startsWith('--'));
    // The county plan (200 × 5, past PROVEN_MAX_VARIABLES like national) only when named.
    const sizes = [SIZES.region, PLAN_100X4, SIZES.county, SIZES.national].filter((s) =>
      names.length === 0
        ? s !== SIZES.county
        : names.includes(s.name.replace('plan ', '').replace('×', 'x')),
    );
    const solver = await loadHighsSolver();
    warmUp(solver);
    for (const size of sizes) {
      if (args.includes('--anatomy')) {
        const explain = size === SIZES.national ? nationalAnatomy : anatomy;
        for (const seed of seeds) console.log(`${size.name} ${explain(size, seed, solver)}`);
        continue;
      }
      for (const r of seedRuns(size, seeds, solver).runs) {
        console.log(
          `${size.name} seed ${r.seed}: ${r.ms.toFixed(0)} ms, proven ${r.proven}, gap ${(r.relativeGap * 100).toFixed(3)} %, ${r.method}, score ${r.score.toFixed(4)} vs greedy ${r.greedyScore.toFixed(4)} [${r.solves.join('; ')}]`,
        );
      }
    }
    if (names.includes('frontier')) {
      const f = frontierFigures(SIZES.region, solver);
      console.log(
        `frontier region: plan ${f.planMs.toFixed(0)} ms, frontier ${f.frontierMs.toFixed(0)} ms = ${f.ratio.toFixed(2)}×`,
      );
    }
  })();
}
