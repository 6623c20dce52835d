/**
 * The start-year tie-break for large plans, by local moves instead of a second MILP: on thousands
 * of start variables that second solve costs seconds (HiGHS overruns its time limit while it sets
 * up) for a small gain. Every move keeps the total score and stays feasible, so the result is never
 * worse than what it started from; it is not proven to be the least start-year sum.
 */
import { feasible, type PlanInstance, type Starts } from './instance';

/**
 * `starts` improved while a move helps: an optional proposal with score 0 that nothing funded
 * depends on is left out (it only adds to the start-year sum, as the exact tie-break would also
 * decide), and each funded proposal moves to the earliest year where the plan stays feasible.
 * `starts` must be feasible.
 */
export function earlierStarts(instance: PlanInstance, starts: Starts): Starts {
  const current = [...starts];
  const neededBy = (i: number): boolean =>
    instance.items.some((item, j) => (current[j] ?? -1) >= 0 && item.deps.includes(i));
  for (let dropped = true; dropped;) {
    dropped = false;
    instance.items.forEach((item, i) => {
      if ((current[i] ?? -1) >= 0 && !item.mandatory && item.value === 0 && !neededBy(i)) {
        current[i] = -1;
        dropped = true;
      }
    });
  }
  // Moving one proposal earlier can make room for another (Operating frees up), so repeat.
  for (let changed = true; changed;) {
    changed = false;
    instance.items.forEach((item, i) => {
      const k = current[i] ?? -1;
      for (let earlier = item.first; earlier < k; earlier += 1) {
        current[i] = earlier;
        if (feasible(instance, current)) {
          changed = true;
          return;
        }
      }
      current[i] = k;
    });
  }
  return current;
}
