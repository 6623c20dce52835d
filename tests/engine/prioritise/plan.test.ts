import {
  greedyPlan,
  planFunding,
  PROVEN_MAX_VARIABLES,
  type FundingPlan,
} from '../../../src/engine/prioritise';
import type { MilpSolution, MilpSolver } from '../../../src/engine/solver';
import { solver } from '../../support/highs';
import { workbook, type BudgetSpec, type WorkbookSpec } from './builder';

let highs: MilpSolver;
beforeAll(async () => {
  highs = await solver();
});

const twoYears: BudgetSpec[] = [
  { year: 2026, investment: 100 },
  { year: 2027, investment: 100 },
];

/** The exact search off: the plan is HiGHS's (these tests are about that route). */
const HIGHS_ONLY = { searchWork: 0, yearsWork: 0 };

function plan(
  spec: WorkbookSpec,
  scores: Record<string, number>,
  options: { searchWork?: number; yearsWork?: number } = {},
): FundingPlan {
  const outcome = planFunding(workbook(spec), new Map(Object.entries(scores)), highs, options);
  if (!outcome.ok) throw new Error(`unexpected problems: ${JSON.stringify(outcome.problems)}`);
  return outcome.plan;
}

const starts = (p: FundingPlan): Record<string, number> => Object.fromEntries(p.startYears);

describe('§5 funding plan', () => {
  test('maximises the total score, where best-ratio-first greedy does not', () => {
    // Greedy takes A (70 for 60) and then nothing fits; B + C score 100.
    const spec: WorkbookSpec = {
      proposals: [
        { id: 'A', oneOff: 60 },
        { id: 'B', oneOff: 50 },
        { id: 'C', oneOff: 50 },
      ],
      budget: [{ year: 2026, investment: 100 }],
    };
    const scores = { A: 70, B: 50, C: 50 };
    // Proven by the exact search, and by HiGHS when the search is off.
    const best = plan(spec, scores);
    expect(starts(best)).toEqual({ B: 2026, C: 2026 });
    expect(best.method).toBe('search');
    expect(best.provenOptimal).toBe(true);
    expect(best.relativeGap).toBe(0);
    const byHighs = plan(spec, scores, HIGHS_ONLY);
    expect(starts(byHighs)).toEqual({ B: 2026, C: 2026 });
    expect(byHighs.method).toBe('milp');
    expect(byHighs.provenOptimal).toBe(true);
    const greedy = greedyPlan(workbook(spec), new Map(Object.entries(scores)));
    expect(starts(greedy)).toEqual({ A: 2026 });
    expect(greedy.method).toBe('greedy');
  });

  test('among equally scored plans, the earliest starts; a zero-score optional proposal is left out', () => {
    const p = plan(
      {
        proposals: [
          { id: 'A', oneOff: 80 },
          { id: 'B', oneOff: 80 },
          { id: 'D', oneOff: 10 },
          { id: 'Z', oneOff: 10 },
        ],
        budget: twoYears,
      },
      { A: 40, B: 30, D: 5, Z: 0 },
    );
    // A and B fit only in different years; D fits either year and so starts in 2026.
    expect(Object.keys(starts(p)).sort()).toEqual(['A', 'B', 'D']);
    expect(new Set([p.startYears.get('A'), p.startYears.get('B')])).toEqual(new Set([2026, 2027]));
    expect(p.startYears.get('D')).toBe(2026);
  });

  test('a proposal starts no earlier than its EarliestYear nor its dependency, which is funded', () => {
    const p = plan(
      {
        proposals: [
          { id: 'B', oneOff: 10, dependsOn: ['C'] },
          { id: 'C', oneOff: 10, earliestYear: 2027 },
        ],
        budget: twoYears,
      },
      { B: 50, C: 0 },
    );
    expect(starts(p)).toEqual({ B: 2027, C: 2027 });
  });

  test('annual costs stay within Operating from their start year on', () => {
    const p = plan(
      {
        proposals: [
          { id: 'A', annualCost: 30 },
          { id: 'B', annualCost: 30 },
        ],
        budget: [
          { year: 2026, investment: 0, operating: 40 },
          { year: 2027, investment: 0, operating: 60 },
        ],
      },
      { A: 50, B: 40 },
    );
    expect(starts(p)).toEqual({ A: 2026, B: 2027 });
  });

  test('a mandatory proposal is funded even when a better one has to give way', () => {
    const p = plan(
      {
        proposals: [
          { id: 'A', oneOff: 100 },
          { id: 'M', oneOff: 100, mandatory: true },
        ],
        budget: [{ year: 2026, investment: 100 }],
      },
      { A: 90, M: 0 },
    );
    expect(starts(p)).toEqual({ M: 2026 });
  });

  test('BUDGET_SHORT names the short year, budget and amount in currency', () => {
    const outcome = planFunding(
      workbook({
        proposals: [
          { id: 'M', oneOff: 150.25, mandatory: true, earliestYear: 2027 },
          { id: 'N', annualCost: 70, mandatory: true },
        ],
        budget: [
          { year: 2026, investment: 500, operating: 80 },
          { year: 2027, investment: 100, operating: 50 },
        ],
      }),
      new Map(),
      highs,
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      {
        code: 'BUDGET_SHORT',
        cell: 'Budget!B3',
        params: { year: 2027, amount: 50.25, budget: 'Investment' },
      },
      {
        code: 'BUDGET_SHORT',
        cell: 'Budget!C3',
        params: { year: 2027, amount: 20, budget: 'Operating' },
      },
    ]);
  });

  test('a mandatory proposal that cannot start within the budget years is listed, not forced', () => {
    const p = plan(
      {
        proposals: [
          { id: 'Late', oneOff: 10, mandatory: true, earliestYear: 2030 },
          { id: 'After', oneOff: 10, mandatory: true, dependsOn: ['Late'] },
          { id: 'A', oneOff: 10 },
        ],
        budget: twoYears,
      },
      { Late: 90, After: 90, A: 10 },
    );
    expect(p.unstartableMandatory).toEqual(['Late', 'After']);
    expect(starts(p)).toEqual({ A: 2026 });
  });

  test('without a Budget table every proposal is funded in the planning year, no solver needed', () => {
    const wb = workbook({
      settings: { planningYear: 2028 },
      proposals: [{ id: 'A', oneOff: 1e9 }, { id: 'B' }],
    });
    const outcome = planFunding(wb, new Map(), null);
    expect(outcome.ok && starts(outcome.plan)).toEqual({ A: 2028, B: 2028 });
    expect(outcome.ok && outcome.plan.method).toBe('all');
  });

  test('no proposals: an empty plan', () => {
    const outcome = planFunding(workbook({ budget: twoYears }), new Map(), null);
    expect(outcome.ok && outcome.plan.startYears.size).toBe(0);
  });

  test('a Budget table with proposals and no solver is a programming error', () => {
    const wb = workbook({ proposals: [{ id: 'A' }], budget: twoYears });
    expect(() => planFunding(wb, new Map([['A', 1]]), null)).toThrow('HiGHS solver required');
  });

  test('IDs with spaces and LP syntax do not reach the LP text', () => {
    const p = plan(
      {
        proposals: [
          { id: 'x: 1 >= 2', oneOff: 60 },
          { id: 'Binary End', oneOff: 60 },
        ],
        budget: twoYears,
      },
      { 'x: 1 >= 2': 10, 'Binary End': 20 },
    );
    expect(starts(p)).toEqual({ 'Binary End': 2026, 'x: 1 >= 2': 2027 });
  });

  test('a large plan still starts early and leaves score-0 options out', () => {
    // 150 × 4 = 600 start variables: the large path, whose tie-break is a local search.
    expect(150 * 4).toBeGreaterThan(PROVEN_MAX_VARIABLES);
    const ids = Array.from({ length: 150 }, (_, i) => `P${i}`);
    const p = plan(
      {
        proposals: ids.map((id) => ({ id, oneOff: 10 })),
        budget: [
          { year: 2026, investment: 1000 },
          { year: 2027, investment: 1000 },
          { year: 2028, investment: 1000 },
          { year: 2029, investment: 1000 },
        ],
      },
      Object.fromEntries(ids.map((id, i) => [id, i % 10 === 0 ? 0 : 1 + (i % 7)])),
    );
    expect(p.provenOptimal).toBe(false);
    // 135 scored proposals; 100 fit in 2026, the rest in 2027; the score-0 ones are left out.
    expect(p.startYears.size).toBe(135);
    const years = [...p.startYears.values()];
    expect(years.filter((y) => y === 2026)).toHaveLength(100);
    expect(years.filter((y) => y === 2027)).toHaveLength(35);
  });
});

describe('§5 funding plan: scores compared exactly, at 10⁻⁶ points', () => {
  // Z alone or X + Y: one 2026 budget of 100, each of X and Y costs 50, Z costs 100.
  const spec: WorkbookSpec = {
    proposals: [
      { id: 'X', oneOff: 50 },
      { id: 'Y', oneOff: 50 },
      { id: 'Z', oneOff: 100 },
    ],
    budget: [{ year: 2026, investment: 100 }],
  };

  test('float noise is a tie: 0.1 + 0.2 (= 0.30000000000000004) equals 0.3, and fewer starts win', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    // Equal totals: the start-year sum decides, 2026 (Z) against 2 · 2026 (X and Y).
    expect(starts(plan(spec, { X: 0.1, Y: 0.2, Z: 0.3 }))).toEqual({ Z: 2026 });
  });

  test('a real difference of 10⁻⁵ points is not a tie', () => {
    expect(starts(plan(spec, { X: 0.1, Y: 0.20001, Z: 0.3 }))).toEqual({ X: 2026, Y: 2026 });
    expect(starts(plan(spec, { X: 0.1, Y: 0.2, Z: 0.30001 }))).toEqual({ Z: 2026 });
  });
});

describe('§5 funding plan: HiGHS answers are checked, greedy is the floor', () => {
  const spec: WorkbookSpec = {
    proposals: [
      { id: 'A', oneOff: 60 },
      { id: 'B', oneOff: 60 },
    ],
    budget: [{ year: 2026, investment: 100 }],
  };
  const scores = new Map([
    ['A', 30],
    ['B', 20],
  ]);
  const fake = (answer: (lp: string) => MilpSolution): MilpSolver => ({ solve: answer });

  test('a solution that breaks a budget is rejected; the greedy plan is returned', () => {
    // "Optimal" with both funded in 2026: 120 > 100.
    const liar = fake(() => ({
      Status: 'Optimal',
      ObjectiveValue: 50,
      Columns: { x0_0: { Primal: 1 }, x1_0: { Primal: 1 } },
    }));
    const outcome = planFunding(workbook(spec), scores, liar, HIGHS_ONLY);
    expect(outcome.ok && starts(outcome.plan)).toEqual({ A: 2026 });
    expect(outcome.ok && outcome.plan.method).toBe('greedy');
    expect(outcome.ok && outcome.plan.provenOptimal).toBe(false);
  });

  test('no solution within the time limit: the greedy plan, not proven', () => {
    const slow = fake(() => ({ Status: 'Time limit reached', ObjectiveValue: NaN, Columns: {} }));
    const outcome = planFunding(workbook(spec), scores, slow, HIGHS_ONLY);
    expect(outcome.ok && starts(outcome.plan)).toEqual({ A: 2026 });
    expect(outcome.ok && outcome.plan.method).toBe('greedy');
    expect(outcome.ok && outcome.plan.provenOptimal).toBe(false);
  });

  test('a worse feasible answer loses to the greedy plan', () => {
    const weak = fake(() => ({
      Status: 'Time limit reached',
      ObjectiveValue: 20,
      Columns: { x0_0: { Primal: 0 }, x1_0: { Primal: 1 } },
    }));
    const outcome = planFunding(workbook(spec), scores, weak, HIGHS_ONLY);
    expect(outcome.ok && starts(outcome.plan)).toEqual({ A: 2026 });
    expect(outcome.ok && outcome.plan.method).toBe('greedy');
  });
});
