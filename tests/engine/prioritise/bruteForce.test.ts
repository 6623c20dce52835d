import { greedyPlan, planFunding } from '../../../src/engine/prioritise';
import type { MilpSolver } from '../../../src/engine/solver';
import { solver } from '../../support/highs';
import { workbook, type BudgetSpec, type ProposalSpec, type WorkbookSpec } from './builder';
import {
  bruteForce,
  leastShortfall,
  random,
  totalScore,
  valid,
  yearSum,
  type Assignment,
} from './reference';

let highs: MilpSolver;
beforeAll(async () => {
  highs = await solver();
});

interface Instance {
  readonly spec: WorkbookSpec;
  readonly scores: ReadonlyMap<string, number>;
}

/** ≤ 6 proposals × ≤ 3 years with dependencies, EarliestYear, Operating and mandatory ones. */
function instance(seed: number): Instance {
  const r = random(seed);
  const pick = (n: number): number => Math.floor(r() * n);
  const yearCount = 1 + pick(3);
  const withOperating = r() < 0.5;
  const budget: BudgetSpec[] = Array.from({ length: yearCount }, (_, k) => ({
    year: 2026 + k,
    investment: pick(5) * 25,
    operating: withOperating && r() < 0.8 ? pick(4) * 15 : null,
  }));
  const count = 1 + pick(6);
  const proposals: ProposalSpec[] = [];
  const scores = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    const id = `P${i}`;
    const dependsOn = proposals.filter(() => r() < 0.2).map((p) => p.id);
    proposals.push({
      id,
      oneOff: pick(5) * 15,
      annualCost: r() < 0.5 ? pick(4) * 10 : 0,
      dependsOn,
      mandatory: r() < 0.15,
      earliestYear: r() < 0.3 ? 2026 + pick(4) : null,
    });
    // Scores with decimals, as prioritise() produces them (thirds of a point and so on).
    scores.set(id, pick(4) === 0 ? 0 : Math.round((pick(300) / 3) * 1e6) / 1e6);
  }
  return { spec: { proposals, budget }, scores };
}

const INSTANCES = 200;

describe('§5 funding plan: brute force on small random instances', () => {
  test(`${INSTANCES} seeded instances: same best score and start-year sum, a valid plan`, () => {
    let planned = 0;
    let short = 0;
    let greedyComplete = 0;
    for (let seed = 1; seed <= INSTANCES; seed += 1) {
      const { spec, scores } = instance(seed);
      const wb = workbook(spec);
      const best = bruteForce(spec, scores);
      const outcome = planFunding(wb, scores, highs);
      const context = `seed ${seed}: ${JSON.stringify(spec)}`;
      if (best === null) {
        // The mandatory proposals do not fit: BUDGET_SHORT, adding up to the least overrun.
        expect({ context, ok: outcome.ok }).toEqual({ context, ok: false });
        if (outcome.ok) continue;
        const reported = outcome.problems.reduce((n, p) => n + Number(p.params.amount), 0);
        expect(outcome.problems.every((p) => p.code === 'BUDGET_SHORT')).toBe(true);
        expect({ context, reported }).toEqual({ context, reported: leastShortfall(spec) });
        short += 1;
        continue;
      }
      expect({ context, ok: outcome.ok }).toEqual({ context, ok: true });
      if (!outcome.ok) continue;
      const plan: Assignment = outcome.plan.startYears;
      expect({ context, valid: valid(spec, plan, true) }).toEqual({ context, valid: true });
      expect(Math.abs(totalScore(plan, scores) - best.score)).toBeLessThan(1e-9);
      expect({ context, years: yearSum(plan) }).toEqual({ context, years: best.yearSum });
      expect(outcome.plan.provenOptimal).toBe(true);

      // The greedy plan respects every order and budget rule; when it also funds every mandatory
      // proposal (it may fail to), it never beats the optimum.
      const greedy = greedyPlan(wb, scores).startYears;
      expect({ context, greedyValid: valid(spec, greedy, false) }).toEqual({
        context,
        greedyValid: true,
      });
      if (valid(spec, greedy, true)) {
        expect(totalScore(greedy, scores)).toBeLessThanOrEqual(best.score + 1e-9);
        greedyComplete += 1;
      }
      planned += 1;
    }
    // The generator must exercise both outcomes, or the test proves less than it claims.
    expect(planned).toBeGreaterThan(100);
    expect(short).toBeGreaterThan(5);
    expect(greedyComplete).toBeGreaterThan(100);
  });
});
