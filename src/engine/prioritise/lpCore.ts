/**
 * The largest funding plans (issue 14 §2) from their LP relaxation, without a MILP over every
 * proposal.
 *
 * The relaxation (every variable between 0 and 1) gives two things. Its bound: no plan scores more
 * (taken from its duals by weak duality, lpBound.ts, so it holds whatever HiGHS's tolerances). And
 * an almost integral plan: on the bench's 1,000 × 5 it funds ~730 proposals wholly in one year and
 * splits under 10 (a basic solution has at most as many fractional values as tight budget rows,
 * and the rest). Rounded in the LP's order and improved by one-for-one exchanges (swaps.ts), it
 * was within 0.03–0.06 % of the bound on 15 bench seeds. When it is not within the gap asked but
 * close, HiGHS improves it on a core: the split proposals and those of least |reduced profit|, the
 * rest kept as they are, a MILP of ~50 proposals instead of 1,000 (a RENS-like sub-MIP). The plan
 * and the bound are the certificate: the gap claimed is (bound − score) / bound, never less than
 * the truth.
 */
import type { MilpSolver } from '../solver';
import {
  feasible,
  planMerit,
  yearSpending,
  type PlanInstance,
  type PlanYear,
  type Starts,
} from './instance';
import {
  constraintRows,
  fundedVar,
  fundedVars,
  lpText,
  startVar,
  startVars,
  type Term,
} from './lpModel';
import { greedyInOrder } from './greedy';
import { exchanged } from './swaps';
import { readStarts } from './solution';

/**
 * HiGHS may stop on a core this share of the gap allowed from the core's own bound: that bound is
 * at most the LP's, so a plan it stops with is within the gap allowed, unless the core holds none
 * that is (then its bound is lower, and HiGHS stops there rather than search on).
 */
const CORE_GAP_SHARE = 0.8;
/** A start year index: not funded. */
const UNFUNDED = -1;
/** A primal this close to 0 or 1 counts as that value. */
const INTEGRAL = 1e-6;

export interface Relaxation {
  /** A true upper bound on the best total score (millionths). */
  readonly bound: number;
  /** Per item: whether the LP funds it partly or over several years. */
  readonly split: readonly boolean[];
  /** Per item: its reduced profit at the LP's prices (its best year's), how far from the margin. */
  readonly profit: readonly number[];
  /** Per item: how much of it the LP funds (0–1). */
  readonly funded: readonly number[];
}

const scoreTerms = (instance: PlanInstance): Term[] =>
  instance.items.map((item, i) => [BigInt(item.value), fundedVar(i)]);

/**
 * The LP relaxation of `instance`'s plan, or null when HiGHS did not solve it to optimality (an
 * infeasible one: the mandatory proposals do not fit) or reported no finite bound.
 */
export function relaxation(
  instance: PlanInstance,
  solver: MilpSolver,
  timeLimit: number,
): Relaxation | null {
  const rows = constraintRows(instance, { aggregated: false });
  const lp = lpText('Maximize', scoreTerms(instance), rows, {
    unitBounded: [...startVars(instance), ...fundedVars(instance)],
  });
  // Presolve off: on 1,000 × 5 it removed little and cost more than the simplex it spared.
  const solution = solver.solve(lp, { presolve: 'off', time_limit: timeLimit });
  const bound = solution.DualBound;
  if (solution.Status !== 'Optimal' || bound === undefined || !Number.isFinite(bound)) return null;
  const column = (name: string): { primal: number; dual: number } => {
    const c = solution.Columns[name];
    return { primal: c?.Primal ?? Number.NaN, dual: c?.Dual ?? Number.NaN };
  };
  const split: boolean[] = [];
  const margins: number[] = [];
  const fundedShare: number[] = [];
  instance.items.forEach((item, i) => {
    const funded = column(fundedVar(i));
    let whole = funded.primal < INTEGRAL;
    // The reduced profit of starting in year k: y_i's reduced cost plus x_i_k's (the row
    // y_i = Σ x_i_k moves the item's price between them), the best year's.
    let profit = Number.NEGATIVE_INFINITY;
    for (let k = item.first; k < instance.years.length; k += 1) {
      const start = column(startVar(i, k));
      if (funded.primal > 1 - INTEGRAL && start.primal > 1 - INTEGRAL) whole = true;
      profit = Math.max(profit, funded.dual + start.dual);
    }
    split.push(!whole);
    margins.push(Number.isFinite(profit) ? profit : 0);
    fundedShare.push(Number.isFinite(funded.primal) ? funded.primal : 0);
  });
  return { bound, split, profit: margins, funded: fundedShare };
}

/**
 * The proposals in the LP's order: mandatory ones first, then by how much of each the LP funds
 * (most first) and, among equals, by reduced profit.
 */
function lpOrder(instance: PlanInstance, relaxed: Relaxation): number[] {
  const order = instance.items.map((_, i) => i);
  const share = (i: number): number => relaxed.funded[i] ?? 0;
  const profit = (i: number): number => relaxed.profit[i] ?? 0;
  const mandatory = (i: number): number => (instance.items[i]?.mandatory ? 1 : 0);
  order.sort(
    (a, b) => mandatory(b) - mandatory(a) || share(b) - share(a) || profit(b) - profit(a) || a - b,
  );
  return order;
}

/**
 * The LP's plan rounded: each proposal in the LP's order funded at the earliest year its budgets
 * allow (greedy.ts), then one-for-one exchanges (swaps.ts). Feasible when the mandatory
 * proposals could be placed.
 */
export function roundedPlan(instance: PlanInstance, relaxed: Relaxation): Starts {
  const order = lpOrder(instance, relaxed);
  const rounded = greedyInOrder(instance, order);
  return feasible(instance, rounded) ? exchanged(instance, rounded, order) : rounded;
}

/**
 * The core of `size` proposals: the LP's split ones and those of least |reduced profit|, closed
 * under dependencies as `plan` funds them.
 */
function coreOf(
  instance: PlanInstance,
  relaxed: Relaxation,
  plan: Starts,
  size: number,
): Set<number> {
  const { items } = instance;
  const core = new Set<number>();
  items.forEach((_, i) => {
    if (relaxed.split[i] === true) core.add(i);
  });
  const byMargin = items.map((_, i) => i);
  const margin = (i: number): number => Math.abs(relaxed.profit[i] ?? 0);
  byMargin.sort((a, b) => margin(a) - margin(b) || a - b);
  for (const i of byMargin.slice(0, size)) core.add(i);
  // A core proposal needs its dependencies funded: an unfunded one joins the core. A kept
  // proposal needs a core dependency funded in time, which only a plan of both can promise: it
  // joins the core too.
  const keptFunded = (i: number): boolean => !core.has(i) && (plan[i] ?? UNFUNDED) >= 0;
  for (let grew = true; grew;) {
    grew = false;
    items.forEach((item, i) => {
      for (const d of item.deps) {
        const join = core.has(i) ? (keptFunded(d) || core.has(d) ? null : d) : null;
        const joinDependent = keptFunded(i) && core.has(d) ? i : null;
        for (const j of [join, joinDependent]) {
          if (j !== null && !core.has(j)) {
            core.add(j);
            grew = true;
          }
        }
      }
    });
  }
  return core;
}

/**
 * The core's own instance: its proposals on the budgets the kept ones leave, each starting no
 * earlier than its kept dependencies. Null when the kept proposals alone overrun a budget.
 */
function coreInstance(
  instance: PlanInstance,
  kept: Starts,
  core: readonly number[],
): PlanInstance | null {
  const { spent, running } = yearSpending(instance, kept);
  let annual = 0n;
  const years: PlanYear[] = [];
  for (const [k, year] of instance.years.entries()) {
    annual += running[k] ?? 0n;
    const investment = year.investment - (spent[k] ?? 0n);
    const operating = year.operating === null ? null : year.operating - annual;
    if (investment < 0n || (operating !== null && operating < 0n)) return null;
    years.push({ ...year, investment, operating });
  }
  const index = new Map(core.map((i, n) => [i, n]));
  const items = core.map((i) => {
    const item = instance.items[i];
    if (item === undefined) throw new Error(`no item ${i}`);
    let first = item.first;
    const deps: number[] = [];
    for (const d of item.deps) {
      const n = index.get(d);
      if (n === undefined) first = Math.max(first, kept[d] ?? 0);
      else deps.push(n);
    }
    return { ...item, first, deps };
  });
  return { years, items, unstartableMandatory: [] };
}

export interface CoreOptions {
  /** Proposals of least |reduced profit| in the core (with the split ones and dependencies). */
  readonly size: number;
  /** HiGHS's time limit on the core, in seconds. */
  readonly timeLimit: number;
  /** HiGHS may stop on the core this far (millionths of a point) from its own bound. */
  readonly absoluteGap: number;
  /** HiGHS stops as soon as the whole plan scores this much (millionths of a point). */
  readonly target: number;
}

/**
 * `plan` improved on a core of `options.size` proposals: the rest keep `plan`'s choices, and
 * HiGHS plans the core on the budgets they leave, starting from `plan`'s choices for it. Null
 * when HiGHS found no plan of the core. `plan` must be feasible; the plan returned is checked.
 */
export function corePlan(
  instance: PlanInstance,
  relaxed: Relaxation,
  solver: MilpSolver,
  plan: Starts,
  options: CoreOptions,
): Starts | null {
  const core = coreOf(instance, relaxed, plan, options.size);
  const kept = plan.map((k, i) => (core.has(i) ? UNFUNDED : k));
  const members = [...core].sort((a, b) => a - b);
  const sub = coreInstance(instance, kept, members);
  if (sub === null) return null;
  const keptValue = kept.reduce((n, k, i) => (k < 0 ? n : n + (instance.items[i]?.value ?? 0)), 0);
  const start = startColumns(members.map((i) => plan[i] ?? UNFUNDED));
  const lp = lpText('Maximize', scoreTerms(sub), constraintRows(sub, { aggregated: false }), {
    binaries: [...startVars(sub), ...fundedVars(sub)],
  });
  const solution = solver.solve(lp, {
    mip_abs_gap: options.absoluteGap,
    mip_rel_gap: 0,
    objective_target: options.target - keptValue,
    time_limit: options.timeLimit,
    start,
  });
  const planned = readStarts(sub, solution);
  if (planned === null) return null;
  const starts = [...kept];
  members.forEach((i, n) => {
    starts[i] = planned[n] ?? UNFUNDED;
  });
  return feasible(instance, starts) ? starts : null;
}

/** `starts` as the model's columns (lpModel.ts), for a solver's start: the funded ones at 1. */
export function startColumns(starts: Starts): Record<string, number> {
  const columns: Record<string, number> = {};
  starts.forEach((k, i) => {
    if (k < 0) return;
    columns[fundedVar(i)] = 1;
    columns[startVar(i, k)] = 1;
  });
  return columns;
}

/** How far a plan scoring `value` may be below the best, given a true upper `bound` on it. */
export const certifiedGap = (bound: number, value: number): number =>
  bound <= 0 ? 0 : Math.min(1, Math.max(0, (bound - value) / bound));

export interface Core {
  /** Proposals of least |reduced profit| in the core. */
  readonly size: number;
  /** HiGHS's time limit on it, in seconds. */
  readonly timeLimit: number;
  /** Tried only when the plan in hand is at most this far (relative) below the bound. */
  readonly reach: number;
}

/**
 * The cores tried in turn. On the bench's 1,000 × 5 (5 seeds) the rounded plan is within 0.1 %
 * already (0.03–0.06 %); before the exchanges it was 0.05–0.11 %, and a core of 50 took it
 * below 0.1 % in 0.2–0.6 s of HiGHS (a loaded machine), or not within its limit. Past 0.2 %
 * (the county's 200 × 5: 0.25–0.5 %) a core did not get there in 1.6 s, and the time is better
 * spent in the MILP over every proposal, which starts from the plan in hand.
 */
const CORES: readonly Core[] = [{ size: 50, timeLimit: 0.5, reach: 0.002 }];
/** HiGHS's time limit on the LP relaxation (seconds): ~0.1 s on 1,000 × 5. */
const RELAXATION_TIME_LIMIT = 2;

/**
 * The best plan found of `instance` (aiming within `gap`, relative, of the best) with the bound
 * that measures it; its plan null when the rounding could not place the mandatory proposals; null
 * when the relaxation gives no bound (e.g. the mandatory proposals do not fit). Its plan is
 * feasible (checked).
 */
export function lpCorePlan(
  instance: PlanInstance,
  solver: MilpSolver,
  gap: number,
  cores: readonly Core[] = CORES,
): { readonly bound: number; readonly starts: Starts | null } | null {
  const relaxed = relaxation(instance, solver, RELAXATION_TIME_LIMIT);
  if (relaxed === null) return null;
  const { bound } = relaxed;
  // The score that meets `gap`: HiGHS stops on the core as soon as a plan reaches it.
  const target = Math.ceil((1 - gap) * bound);
  let best = roundedPlan(instance, relaxed);
  if (!feasible(instance, best)) return { bound, starts: null };
  let bestValue = planMerit(instance, best).value;
  for (const { size, timeLimit, reach } of cores) {
    if (bestValue >= target) break;
    if (certifiedGap(bound, bestValue) > reach) continue;
    const starts = corePlan(instance, relaxed, solver, best, {
      size,
      timeLimit,
      absoluteGap: gap * bound * CORE_GAP_SHARE,
      target,
    });
    const value = starts === null ? Number.NEGATIVE_INFINITY : planMerit(instance, starts).value;
    if (starts !== null && value > bestValue) {
      best = starts;
      bestValue = value;
    }
  }
  return { bound, starts: best };
}
