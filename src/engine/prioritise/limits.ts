/**
 * Caps on the funding plan's size. The plan is a MILP whose text, solve and fallbacks grow with
 * proposals × budget years (Operating rows and DependsOn rows with its square): unbounded, a
 * 2,000-proposal × 400-year workbook spent 27 s and 2.75 GB before "Invalid string length". Each
 * cap is far above a real plan (an economic plan spans 4 years; the bench's national plan is
 * 1,000 × 5: 4,706 start variables, 34,744 terms) and is checked before any model is built,
 * so a workbook past one ends at once with PLAN_TOO_LARGE saying which.
 */
import type { BudgetYear, Proposal } from '../model';
import { problem, type Problem } from '../problem';
import type { PlanInstance } from './instance';

/** Budget years a plan may span: a long-term plan is 10–20 years, history aside. */
export const MAX_BUDGET_YEARS = 50;
/**
 * Start variables (proposals × the years each may start in): 10 × the national plan. 2,000
 * proposals × 25 years (50,000) took 6 s and 254 MB to plan.
 */
export const MAX_START_VARIABLES = 50_000;
/**
 * Coefficients of the plan's model (see {@link modelTerms}): 14 × the national plan. A model of
 * 1,000,000 (1,000 proposals × 40 years with Operating) took 17 s and 344 MB to plan, one of
 * 500,000 took 11 s and 224 MB (HiGHS's time limits and its set-up past them), so the cap is there.
 */
export const MAX_MODEL_TERMS = 500_000;
/**
 * Proposals one proposal brings along through DependsOn (itself, what it depends on, and so on):
 * the greedy plan and the fallbacks walk these sets for every proposal.
 */
export const MAX_DEPENDENCY_CLOSURE = 100;

const tooLarge = (cell: string, limit: string, found: number, max: number): Problem =>
  problem('PLAN_TOO_LARGE', cell, { limit, found, max });

/** PLAN_TOO_LARGE at the Budget table when it has more years than a plan may span. */
export function budgetYearsProblem(budget: readonly BudgetYear[]): Problem | null {
  return budget.length > MAX_BUDGET_YEARS
    ? tooLarge('Budget', 'years', budget.length, MAX_BUDGET_YEARS)
    : null;
}

/**
 * An upper bound on the coefficients (nonzero terms) of the plan's rows, counted without building
 * them, as lpModel.ts writes them: per item of span s (the years it may start in) the funded row
 * (s + 1, and 1 when mandatory), Investment (s), Operating (s(s+1)/2), the aggregated rows (at
 * most one a year, and the Operating one), and per dependency d the rows "started by k ⇒ d started
 * by k" (s(s+1) + s·(first_i − first_d)).
 */
export function modelTerms(instance: PlanInstance): number {
  const years = instance.years.length;
  let terms = 0;
  for (const item of instance.items) {
    const span = years - item.first;
    terms += 2 * span + years + 3 + (span * (span + 1)) / 2;
    for (const d of item.deps) {
      const dependency = instance.items[d];
      const gap = dependency === undefined ? 0 : Math.max(0, item.first - dependency.first);
      terms += span * (span + 1) + span * gap;
    }
  }
  return terms;
}

/**
 * How many proposals `i` brings along (itself included), counted up to `limit + 1`: enough to
 * tell whether it passes the cap without walking a huge set.
 */
function closureSize(instance: PlanInstance, i: number, limit: number): number {
  const seen = new Set<number>([i]);
  const queue = [i];
  for (let n = 0; n < queue.length && seen.size <= limit; n += 1) {
    for (const d of instance.items[queue[n] ?? i]?.deps ?? []) {
      if (seen.has(d)) continue;
      seen.add(d);
      queue.push(d);
      if (seen.size > limit) break;
    }
  }
  return seen.size;
}

/**
 * The first cap `instance` passes (see the module note), as PLAN_TOO_LARGE: start variables and
 * model terms at the Proposals table, a DependsOn closure at that proposal's DependsOn cell.
 * Null when the plan may be built.
 */
export function planSizeProblem(
  instance: PlanInstance,
  proposals: readonly Proposal[],
): Problem | null {
  const years = instance.years.length;
  const variables = instance.items.reduce((n, item) => n + (years - item.first), 0);
  if (variables > MAX_START_VARIABLES) {
    return tooLarge('Proposals', 'variables', variables, MAX_START_VARIABLES);
  }
  const terms = modelTerms(instance);
  if (terms > MAX_MODEL_TERMS) return tooLarge('Proposals', 'size', terms, MAX_MODEL_TERMS);
  for (let i = 0; i < instance.items.length; i += 1) {
    if (closureSize(instance, i, MAX_DEPENDENCY_CLOSURE) <= MAX_DEPENDENCY_CLOSURE) continue;
    const id = instance.items[i]?.id;
    const proposal = proposals.find((p) => p.id === id);
    const cell = proposal?.cells['DependsOn'] ?? proposal?.cell ?? 'Proposals';
    const found = closureSize(instance, i, instance.items.length);
    return tooLarge(cell, 'dependencies', found, MAX_DEPENDENCY_CLOSURE);
  }
  return null;
}
