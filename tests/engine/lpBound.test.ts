/**
 * The weak-duality bound (lpBound.ts) is what the large plan's gap is measured against: it must be
 * an upper bound on the LP's optimum for ANY multipliers (so HiGHS's inaccuracy can only weaken
 * it), and tight for HiGHS's own.
 */
import fc from 'fast-check';
import { lagrangianBound, type ColumnwiseLp } from '../../src/engine/lpBound';
import type { MilpSolver } from '../../src/engine/solver';
import { solver } from '../support/highs';

let highs: MilpSolver;
beforeAll(async () => {
  highs = await solver();
});

interface Row {
  readonly coefficients: readonly number[];
  readonly op: '<=' | '>=' | '=';
  readonly rhs: number;
}

interface Lp {
  readonly cost: readonly number[];
  readonly rows: readonly Row[];
}

/** The LP as CPLEX LP text: maximise cost·x over rows, 0 ≤ x ≤ 1. */
function lpText(lp: Lp): string {
  const term = (c: number, j: number): string => `${c < 0 ? '-' : '+'} ${Math.abs(c)} x${j}`;
  const linear = (cs: readonly number[]): string => cs.map(term).join(' ');
  const columns = lp.cost.map((_, j) => ` x${j} <= 1`);
  return [
    'Maximize',
    ` obj: ${linear(lp.cost)}`,
    'Subject To',
    ...lp.rows.map((r, n) => ` r${n}: ${linear(r.coefficients)} ${r.op} ${r.rhs}`),
    'Bounds',
    ...columns,
    'End',
    '',
  ].join('\n');
}

/** The same LP by columns, as lagrangianBound reads it. */
function columnwise(lp: Lp): ColumnwiseLp {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  lp.cost.forEach((_, j) => {
    lp.rows.forEach((r, n) => {
      const a = r.coefficients[j] ?? 0;
      if (a !== 0) {
        indices.push(n);
        values.push(a);
      }
    });
    starts.push(indices.length);
  });
  return {
    colCost: lp.cost,
    colLower: lp.cost.map(() => 0),
    colUpper: lp.cost.map(() => 1),
    rowLower: lp.rows.map((r) => (r.op === '<=' ? -Infinity : r.rhs)),
    rowUpper: lp.rows.map((r) => (r.op === '>=' ? Infinity : r.rhs)),
    matrix: { starts, indices, values },
  };
}

const lpArb = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.record({
    cost: fc.array(fc.integer({ min: -50, max: 100 }), { minLength: n, maxLength: n }),
    rows: fc.array(
      fc.record({
        coefficients: fc.array(fc.integer({ min: -5, max: 40 }), { minLength: n, maxLength: n }),
        op: fc.constantFrom('<=' as const, '>=' as const, '='),
        rhs: fc.integer({ min: 0, max: 60 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  }),
);

describe('the LP bound from row multipliers (weak duality)', () => {
  test('any multipliers, of either sign: never below the LP optimum HiGHS finds', () => {
    let feasibleLps = 0;
    fc.assert(
      fc.property(
        lpArb,
        fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (lp, multipliers) => {
          const solved = highs.solve(lpText(lp));
          if (solved.Status !== 'Optimal') return;
          feasibleLps += 1;
          const bound = lagrangianBound(columnwise(lp), multipliers.slice(0, lp.rows.length));
          expect(bound).toBeGreaterThanOrEqual(solved.ObjectiveValue - 1e-6);
        },
      ),
      { numRuns: 300, seed: 14 },
    );
    expect(feasibleLps).toBeGreaterThan(100);
  });

  test("with HiGHS's own duals it is the LP optimum (within 10⁻⁶), as the adapter reports it", () => {
    let compared = 0;
    fc.assert(
      fc.property(lpArb, (lp) => {
        const solved = highs.solve(lpText(lp));
        if (solved.Status !== 'Optimal') return;
        compared += 1;
        // The adapter's DualBound is this bound from HiGHS's row duals.
        const bound = solved.DualBound ?? Number.NaN;
        expect(bound).toBeGreaterThanOrEqual(solved.ObjectiveValue - 1e-6);
        expect(bound).toBeLessThanOrEqual(
          solved.ObjectiveValue + 1e-6 * (1 + Math.abs(solved.ObjectiveValue)),
        );
      }),
      { numRuns: 300, seed: 15 },
    );
    expect(compared).toBeGreaterThan(100);
  });

  test('a column its reduced cost pushes to an infinite bound: no finite bound', () => {
    const lp: ColumnwiseLp = {
      colCost: [1],
      colLower: [0],
      colUpper: [Infinity],
      rowLower: [-Infinity],
      rowUpper: [10],
      matrix: { starts: [0, 1], indices: [0], values: [1] },
    };
    // Multiplier 1 prices the column out (bound 10); 0 leaves it unbounded.
    expect(lagrangianBound(lp, [1])).toBeCloseTo(10, 6);
    expect(lagrangianBound(lp, [0])).toBe(Infinity);
  });
});
