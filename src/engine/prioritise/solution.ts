/** Reading a HiGHS answer back into start years, trusting nothing it did not prove. */
import type { MilpSolution } from '../solver';
import type { PlanInstance, Starts } from './instance';
import { startVar, type Term } from './lpModel';

/** Statuses that may carry a usable (not necessarily optimal) solution. */
const WITH_SOLUTION = new Set([
  'Optimal',
  // A core's solve (lpCore.ts) stops as soon as its plan reaches the score it aims at.
  'Target for objective reached',
  'Time limit reached',
  'Iteration limit reached',
  'Unknown',
]);

/**
 * The start years in `solution`, or null when it has none: every modelled binary must be present
 * and near 0 or 1, and each item may start at most once. Items outside `only` stay unfunded.
 */
export function readStarts(
  instance: PlanInstance,
  solution: MilpSolution,
  only?: ReadonlySet<number>,
): Starts | null {
  if (!WITH_SOLUTION.has(solution.Status)) return null;
  const starts: number[] = [];
  for (let i = 0; i < instance.items.length; i += 1) {
    const item = instance.items[i];
    starts.push(-1);
    if (item === undefined || (only !== undefined && !only.has(i))) continue;
    for (let k = item.first; k < instance.years.length; k += 1) {
      const primal = solution.Columns[startVar(i, k)]?.Primal;
      if (primal === undefined || !Number.isFinite(primal)) return null;
      if (Math.abs(primal - Math.round(primal)) > 1e-4) return null;
      if (primal > 0.5) {
        if (starts[i] !== -1) return null;
        starts[i] = k;
      }
    }
  }
  return starts;
}

/**
 * True when HiGHS's objective value is the objective of the plan taken from its answer, whose
 * objective is `taken`: the two may differ only by what rounding its columns to 0 or 1 moves
 * (`terms` are the objective's), plus float noise. A proof of optimality is about the objective
 * value HiGHS reports; it covers the plan Samkost reads only when they agree.
 */
export function objectiveMatches(
  terms: readonly Term[],
  solution: MilpSolution,
  taken: number,
): boolean {
  const reported = solution.ObjectiveValue;
  if (!Number.isFinite(reported)) return false;
  let rounding = 0;
  for (const [coefficient, variable] of terms) {
    const primal = solution.Columns[variable]?.Primal;
    if (primal === undefined || !Number.isFinite(primal)) return false;
    rounding += Math.abs(Number(coefficient)) * Math.abs(primal - Math.round(primal));
  }
  return Math.abs(taken - reported) <= rounding + 1e-9 * Math.max(1, Math.abs(reported));
}
