/** Reading a HiGHS answer back into start years, trusting nothing it did not prove. */
import type { MilpSolution } from '../solver';
import type { PlanInstance, Starts } from './instance';
import { startVar } from './lpModel';

/** Statuses that may carry a usable (not necessarily optimal) solution. */
const WITH_SOLUTION = new Set([
  'Optimal',
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
