/**
 * Plans with the same total score and the same sum of start years are equally optimal under §5;
 * which one HiGHS returns depends on its search path, which a change of formulation or of HiGHS
 * version moves. To keep the answer stable, swap the start years of two funded proposals when the
 * one with the lower score (on equal scores, the one listed later) starts earlier and the swapped
 * plan is still feasible: neither the total score nor the year sum changes, and where it does not
 * matter the better proposal starts first.
 */
import { feasible, type PlanInstance, type Starts } from './instance';

/**
 * `starts` with the swaps above while one applies. Quadratic in the funded proposals, each check
 * linear: meant for the small plans that are proven. `starts` must be feasible.
 */
export function tieOrderStarts(instance: PlanInstance, starts: Starts): Starts {
  const current = [...starts];
  const value = (i: number): number => instance.items[i]?.value ?? 0;
  // Better first: each swap moves an earlier year to a proposal before it here, so it ends.
  const funded = current
    .flatMap((k, i) => (k >= 0 ? [i] : []))
    .sort((a, b) => value(b) - value(a) || a - b);
  for (let changed = true; changed;) {
    changed = false;
    for (const [n, i] of funded.entries()) {
      for (const j of funded.slice(n + 1)) {
        const [ki, kj] = [current[i] ?? -1, current[j] ?? -1];
        if (kj >= ki) continue;
        [current[i], current[j]] = [kj, ki];
        if (feasible(instance, current)) changed = true;
        else [current[i], current[j]] = [ki, kj];
      }
    }
  }
  return current;
}
