/**
 * The start-year tie-break (phase 2 of the plan) as a MILP on cumulative variables: binary
 * z_i_k = 1 when proposal i has started by budget year k (z_i_k ≤ z_i_k+1; funded = z_i_last).
 *
 * Why not the start variables of lpModel.ts: the tie-break packs the funded proposals into the
 * years, earliest first, and its proof needs bounds on how many fit by each year. Here every
 * "started by year k" budget (cumulative Operating, the investment of years up to k) is a plain
 * knapsack row, which HiGHS's cuts can tighten; on x it is a sum over starts. Measured on the
 * bench plans, 50–100 proposals × 4 years: proven in 1.4–3.8 s where the x model stopped
 * unproven at its time limit (and 100 × 4 was still unproven after 10 s). For the total score
 * (phase 1) the x model with funded variables was faster, so both are kept.
 */
import type { MilpSolution } from '../solver';
import type { PlanInstance, Starts } from './instance';
import { linear, reduced, type Term } from './lpModel';

export const startedVar = (i: number, k: number): string => `z${i}_${k}`;

/** Every cumulative variable: z_i_k for the years item i may start in. */
export function startedVars(instance: PlanInstance): string[] {
  return instance.items.flatMap((item, i) => {
    const vars: string[] = [];
    for (let k = item.first; k < instance.years.length; k += 1) vars.push(startedVar(i, k));
    return vars;
  });
}

/** The constraints of §5 on z, with valid prefix and EarliestYear rows (see the module note). */
export function cumulativeRows(instance: PlanInstance): string[] {
  const { items, years } = instance;
  const last = years.length - 1;
  const rows: string[] = [];
  const row = (name: string, terms: readonly Term[], op: '<=' | '=', bound: bigint): void => {
    if (terms.length === 0) return;
    const r = op === '<=' ? reduced(terms, bound) : { terms, bound };
    rows.push(` ${name}: ${linear(r.terms)} ${op} ${r.bound}`);
  };
  items.forEach((item, i) => {
    for (let k = item.first; k < last; k += 1) {
      row(
        `up${i}_${k}`,
        [
          [1n, startedVar(i, k)],
          [-1n, startedVar(i, k + 1)],
        ],
        '<=',
        0n,
      );
    }
    // Started by year k ⇒ every dependency started by year k (a dependency may start no later).
    for (const d of item.deps) {
      for (let k = item.first; k <= last; k += 1) {
        row(
          `dep${i}_${d}_${k}`,
          [
            [1n, startedVar(i, k)],
            [-1n, startedVar(d, k)],
          ],
          '<=',
          0n,
        );
      }
    }
    if (item.mandatory) row(`must${i}`, [[1n, startedVar(i, last)]], '=', 1n);
  });
  let spentBefore = 0n;
  years.forEach((year, k) => {
    const investment: Term[] = [];
    const prefix: Term[] = [];
    const operating: Term[] = [];
    items.forEach((item, i) => {
      if (k < item.first) return;
      if (item.oneOff > 0n) {
        // Starts in k = started by k minus started by k − 1.
        investment.push([item.oneOff, startedVar(i, k)]);
        if (k > item.first) investment.push([-item.oneOff, startedVar(i, k - 1)]);
        prefix.push([item.oneOff, startedVar(i, k)]);
      }
      if (item.annual > 0n) operating.push([item.annual, startedVar(i, k)]);
    });
    spentBefore += year.investment;
    row(`inv${k}`, investment, '<=', year.investment);
    if (k > 0) row(`byinv${k}`, prefix, '<=', spentBefore);
    if (year.operating !== null) row(`op${k}`, operating, '<=', year.operating);
    // What cannot start before k must fit the budgets from k on.
    const later: Term[] = items.flatMap((item, i) =>
      k > 0 && item.first >= k && item.oneOff > 0n
        ? [[item.oneOff, startedVar(i, last)] as const]
        : [],
    );
    const fromK = years.slice(k).reduce((n, y) => n + y.investment, 0n);
    row(`later${k}`, later, '<=', fromK);
  });
  return rows;
}

/** Σ start years of the funded proposals, on z: year_k · (z_i_k − z_i_k−1) summed by parts. */
export function yearSumTerms(instance: PlanInstance): Term[] {
  const { items, years } = instance;
  return items.flatMap((item, i) => {
    const terms: Term[] = [];
    for (let k = item.first; k < years.length; k += 1) {
      const year = BigInt(years[k]?.year ?? 0);
      const next = years[k + 1];
      terms.push([next === undefined ? year : year - BigInt(next.year), startedVar(i, k)]);
    }
    return terms;
  });
}

/** Σ score of the funded proposals (those with a score of at least `minimum`), on z. */
export function fundedValueTerms(instance: PlanInstance, minimum: bigint): Term[] {
  const last = instance.years.length - 1;
  return instance.items.flatMap((item, i) =>
    BigInt(item.value) < minimum ? [] : [[BigInt(item.value), startedVar(i, last)] as const],
  );
}

/** The start-year index per item from a solution on z, or null when it holds no integral plan. */
export function readCumulativeStarts(
  instance: PlanInstance,
  solution: MilpSolution,
): Starts | null {
  const starts: number[] = [];
  for (const [i, item] of instance.items.entries()) {
    let start = -1;
    for (let k = item.first; k < instance.years.length; k += 1) {
      const primal = solution.Columns[startedVar(i, k)]?.Primal;
      if (primal === undefined || !Number.isFinite(primal)) return null;
      if (Math.abs(primal - Math.round(primal)) > 1e-4) return null;
      if (primal > 0.5 && start < 0) start = k;
      if (primal < 0.5 && start >= 0) return null; // not monotone
    }
    starts.push(start);
  }
  return starts;
}
