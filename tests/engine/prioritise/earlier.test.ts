/**
 * The large plans' start-year tie-break by local moves (earlier.ts) against its definition, run
 * the slow way: once idle proposals are left out, each funded proposal tries every earlier year
 * in turn, and a move stands when the whole plan is still feasible, until no move helps.
 */
import fc from 'fast-check';
import { earlierStarts, withoutIdle } from '../../../src/engine/prioritise/earlier';
import {
  feasible,
  planInstance,
  type PlanInstance,
  type Starts,
} from '../../../src/engine/prioritise/instance';
import { workbook, type BudgetSpec, type ProposalSpec } from './builder';

/** The moves by definition, checking the whole plan after every tentative move. */
function byDefinition(instance: PlanInstance, starts: Starts): number[] {
  const current = withoutIdle(instance, starts);
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

const YEARS = [2026, 2027, 2028, 2029, 2030];

const budgets = fc.integer({ min: 2, max: 5 }).chain((n) =>
  fc.tuple(
    ...YEARS.slice(0, n).map((year) =>
      fc.record({
        year: fc.constant(year),
        investment: fc.integer({ min: 0, max: 40 }),
        operating: fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }),
      }),
    ),
  ),
);

/** Proposals that depend only on earlier ones (no cycles), with a score each (some 0). */
const proposals = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.tuple(
    ...Array.from({ length: n }, (_, i) =>
      fc.record({
        oneOff: fc.integer({ min: 0, max: 30 }),
        annualCost: fc.integer({ min: 0, max: 10 }),
        earliestYear: fc.option(fc.constantFrom(...YEARS), { nil: null }),
        dependsOn: fc.subarray(
          Array.from({ length: i }, (_, j) => `P${j}`),
          { maxLength: Math.min(2, i) },
        ),
        score: fc.constantFrom(0, 10, 40, 75),
        // Late starts, most of them: room to move earlier.
        wish: fc.constantFrom(-1, 1, 2, 3, 3, 4, 4, 4),
      }),
    ),
  ),
);

/** A feasible plan: each proposal at the start it wishes for when that fits, else unfunded. */
function somePlan(instance: PlanInstance, wishes: readonly number[]): Starts {
  const starts = instance.items.map(() => -1);
  instance.items.forEach((_, i) => {
    starts[i] = wishes[i] ?? -1;
    if (!feasible(instance, starts)) starts[i] = -1;
  });
  return starts;
}

describe('earlierStarts', () => {
  it('moves proposals earlier exactly as the definition does, and stays feasible', () => {
    let moved = 0;
    fc.assert(
      fc.property(budgets, proposals, (budget: BudgetSpec[], specs) => {
        const wb = workbook({
          proposals: specs.map((p, i): ProposalSpec => ({
            id: `P${i}`,
            oneOff: p.oneOff,
            annualCost: p.annualCost,
            earliestYear: p.earliestYear,
            dependsOn: p.dependsOn,
          })),
          budget,
        });
        const scores = new Map(specs.map((p, i) => [`P${i}`, p.score]));
        const instance = planInstance(wb, wb.budget ?? [], scores);
        const starts = somePlan(
          instance,
          instance.items.map((item) => specs[Number(item.id.slice(1))]?.wish ?? -1),
        );
        const result = earlierStarts(instance, starts);
        expect(result).toEqual(byDefinition(instance, starts));
        expect(feasible(instance, result)).toBe(true);
        if (result.some((k, i) => k !== starts[i])) moved += 1;
      }),
      { numRuns: 1_000, seed: 20261123 },
    );
    // The generator makes plans with room to move: the comparison is not of untouched plans.
    expect(moved).toBeGreaterThan(200);
  });
});
