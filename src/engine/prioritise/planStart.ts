/**
 * A plan as a start for HiGHS's phase-1 model (lpModel.ts): every start variable and funded
 * variable set, 1 where the plan starts a proposal, 0 elsewhere. A feasible start gives HiGHS an
 * incumbent from its first node, so it prunes as if it had found the plan itself; unlike a
 * cut-off row it leaves the model (and its LP relaxation) as it is.
 */
import type { MilpStart } from '../solver';
import type { PlanInstance, Starts } from './instance';
import { fundedVar, startVar } from './lpModel';

export function planStart(instance: PlanInstance, starts: Starts): MilpStart {
  const start: Record<string, number> = {};
  instance.items.forEach((item, i) => {
    const k = starts[i] ?? -1;
    for (let year = item.first; year < instance.years.length; year += 1) {
      start[startVar(i, year)] = year === k ? 1 : 0;
    }
    start[fundedVar(i)] = k >= 0 ? 1 : 0;
  });
  return start;
}
