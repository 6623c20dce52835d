/**
 * When the mandatory proposals cannot all be funded (contract §5): which budget years are short,
 * and by how much. The shortfall is the smallest total extra money that would make room for every
 * mandatory proposal (and what it depends on), found as a MILP with a slack on every budget row.
 */
import type { Rational } from '../rational';
import { unitsToNumber } from '../rational';
import { problem, type Problem } from '../problem';
import type { MilpSolver } from '../solver';
import { shortfalls, type PlanInstance, type Starts } from './instance';
import {
  constraintRows,
  investmentSlack,
  lpText,
  operatingSlack,
  startVars,
  type Term,
} from './lpModel';
import { readStarts } from './solution';

/** Time allowed to find the smallest shortfall; past it the best one found is reported. */
const SHORTFALL_TIME_LIMIT = 10;

/** The mandatory items and, transitively, what they depend on. */
function mandatoryClosure(instance: PlanInstance): Set<number> {
  const closure = new Set<number>();
  const visit = (i: number): void => {
    if (closure.has(i)) return;
    closure.add(i);
    for (const d of instance.items[i]?.deps ?? []) visit(d);
  };
  instance.items.forEach((item, i) => {
    if (item.mandatory) visit(i);
  });
  return closure;
}

/** Each closure item at its first possible year: short, but a shortfall all the same. */
const earliestStarts = (instance: PlanInstance, closure: ReadonlySet<number>): Starts =>
  instance.items.map((item, i) => (closure.has(i) ? item.first : -1));

/**
 * BUDGET_SHORT problems for an instance whose mandatory proposals do not fit, one per budget
 * (Investment or Operating) and year that is short; empty if they do fit after all.
 */
export function budgetShortfalls(
  instance: PlanInstance,
  solver: MilpSolver,
  roundTo: Rational,
): Problem[] {
  const closure = mandatoryClosure(instance);
  const slacks: Term[] = instance.years.flatMap((y, k) => [
    [1n, investmentSlack(k)] as const,
    ...(y.operating === null ? [] : [[1n, operatingSlack(k)] as const]),
  ]);
  const lp = lpText('Minimize', slacks, constraintRows(instance, { only: closure, slack: true }), {
    binaries: startVars(instance, closure),
  });
  const solution = solver.solve(lp, { mip_rel_gap: 0, time_limit: SHORTFALL_TIME_LIMIT });
  const starts = readStarts(instance, solution, closure) ?? earliestStarts(instance, closure);
  return shortfalls(instance, starts).flatMap((short, k) => {
    const year = instance.years[k];
    if (year === undefined) return [];
    const report = (budget: 'Investment' | 'Operating', units: bigint): Problem[] =>
      units > 0n
        ? [
            problem('BUDGET_SHORT', year.source.cells[budget] ?? year.source.cell, {
              year: year.year,
              amount: unitsToNumber(units, roundTo),
              budget,
            }),
          ]
        : [];
    return [...report('Investment', short.investment), ...report('Operating', short.operating)];
  });
}
