/**
 * The start-year tie-break for large plans, by local moves instead of a second MILP: on thousands
 * of start variables that second solve costs seconds (HiGHS overruns its time limit while it sets
 * up) for a small gain. Every move keeps the total score and stays feasible, so the result is never
 * worse than what it started from; it is not proven to be the least start-year sum.
 */
import { yearSpending, type PlanInstance, type PlanItem, type Starts } from './instance';

/**
 * `starts` improved while a move helps: idle proposals are left out (see {@link withoutIdle}),
 * and each funded proposal moves to the earliest year where the plan stays feasible. `starts`
 * must be feasible.
 */
export function earlierStarts(instance: PlanInstance, starts: Starts): Starts {
  const current = withoutIdle(instance, starts);
  // Moving one proposal earlier can make room for another (Operating frees up), so repeat.
  const ledger = budgetLedger(instance, current);
  for (let changed = true; changed;) {
    changed = false;
    instance.items.forEach((item, i) => {
      const k = current[i] ?? -1;
      for (let earlier = item.first; earlier < k; earlier += 1) {
        const depsReady = item.deps.every((d) => {
          const dk = current[d] ?? -1;
          return dk >= 0 && dk <= earlier;
        });
        if (depsReady && ledger.fits(item, earlier, k)) {
          ledger.move(item, earlier, k);
          current[i] = earlier;
          changed = true;
          return;
        }
      }
    });
  }
  return current;
}

interface BudgetLedger {
  /** Whether `item` can start in `to` instead of the later `from` (the plan being feasible). */
  fits(item: PlanItem, to: number, from: number): boolean;
  /** Record that `item` now starts in `to` instead of `from`. */
  move(item: PlanItem, to: number, from: number): void;
}

/**
 * What a feasible plan spends each budget year, kept as proposals move earlier, so a move is
 * checked in the years it touches rather than by re-checking the whole plan. Exact (bigint).
 */
/**
 * `starts` without its idle proposals: optional, score 0, and nothing funded depends on them
 * (they only add to the start-year sum, as the exact tie-break would also decide).
 */
export function withoutIdle(instance: PlanInstance, starts: Starts): number[] {
  const current = [...starts];
  const { items } = instance;
  // How many funded proposals depend on each: a count kept as idle ones leave, so the whole
  // clean-up is linear (asking "is it needed?" of every proposal each time was cubic on chains).
  const dependents = items.map(() => 0);
  items.forEach((item, j) => {
    if ((current[j] ?? -1) < 0) return;
    for (const d of item.deps) dependents[d] = (dependents[d] ?? 0) + 1;
  });
  const idle = (i: number): boolean => {
    const item = items[i];
    return (
      item !== undefined &&
      (current[i] ?? -1) >= 0 &&
      !item.mandatory &&
      item.value === 0 &&
      (dependents[i] ?? 0) === 0
    );
  };
  const queue = items.flatMap((_, i) => (idle(i) ? [i] : []));
  for (let n = 0; n < queue.length; n += 1) {
    const i = queue[n] ?? 0;
    if (!idle(i)) continue;
    current[i] = -1;
    for (const d of items[i]?.deps ?? []) {
      dependents[d] = (dependents[d] ?? 0) - 1;
      if (idle(d)) queue.push(d);
    }
  }
  return current;
}

function budgetLedger(instance: PlanInstance, starts: Starts): BudgetLedger {
  const { years } = instance;
  const { spent, running } = yearSpending(instance, starts);
  // Operating used in each year: what every proposal started by then costs a year.
  let annual = 0n;
  const used = running.map((r) => (annual += r));
  return {
    fits(item: PlanItem, to: number, from: number): boolean {
      const year = years[to];
      if (!year || (spent[to] ?? 0n) + item.oneOff > year.investment) return false;
      for (let y = to; y < from; y += 1) {
        const limit = years[y]?.operating ?? null;
        if (limit !== null && (used[y] ?? 0n) + item.annual > limit) return false;
      }
      return true;
    },
    move(item: PlanItem, to: number, from: number): void {
      spent[to] = (spent[to] ?? 0n) + item.oneOff;
      spent[from] = (spent[from] ?? 0n) - item.oneOff;
      for (let y = to; y < from; y += 1) used[y] = (used[y] ?? 0n) + item.annual;
    },
  };
}
