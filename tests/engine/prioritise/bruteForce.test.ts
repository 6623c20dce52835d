import { greedyPlan, planFunding } from '../../../src/engine/prioritise';
import type { MilpSolver } from '../../../src/engine/solver';
import { solver } from '../../support/highs';
import { workbook } from './builder';
import {
  bruteForce,
  leastShortfall,
  randomInstance,
  totalScore,
  valid,
  yearSum,
  type Assignment,
} from './reference';

let highs: MilpSolver;
beforeAll(async () => {
  highs = await solver();
});

const INSTANCES = 200;

describe('§5 funding plan: brute force on small random instances', () => {
  // Every proof production uses: the exact search (which proves these small plans), HiGHS's
  // score (from scratch or asked to beat a plan in hand) with the start-year search, and HiGHS
  // alone.
  test.each([
    ['the exact search', {}],
    ['HiGHS for the score, the start-year search for the years', { searchWork: 0 }],
    // A search stopped at once hands HiGHS the greedy plan: phase 1 then only looks for better.
    ['HiGHS asked to beat the greedy plan', { searchWork: 1 }],
    ['HiGHS alone', { searchWork: 0, yearsWork: 0 }],
  ])(
    `${INSTANCES} seeded instances, %s: same best score and start-year sum, a valid plan`,
    (_, options) => {
      let planned = 0;
      let short = 0;
      let greedyComplete = 0;
      for (let seed = 1; seed <= INSTANCES; seed += 1) {
        const { spec, scores } = randomInstance(seed);
        const wb = workbook(spec);
        const best = bruteForce(spec, scores);
        const outcome = planFunding(wb, scores, highs, options);
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
    },
  );
});
