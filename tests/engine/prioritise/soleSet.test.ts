/**
 * Phase 2 through the funded set (soleSet.ts): its proof, "no other set reaches the score with
 * so few proposals" and "no schedule of that set starts earlier", checked against brute force.
 */
import fc from 'fast-check';
import { planFunding } from '../../../src/engine/prioritise';
import type { MilpSolver } from '../../../src/engine/solver';
import { solver } from '../../support/highs';
import { workbook } from './builder';
import { bruteForce, randomInstance, totalScore, valid, yearSum } from './reference';

let highs: MilpSolver;
beforeAll(async () => {
  highs = await solver();
});

/** The set's first proof (lpModel.ts's "other" row) and what HiGHS answered. */
const isSoleSetProof = (lp: string): boolean => lp.includes(' other: ');

describe('§5 funding plan: phase 2 through the funded set, against brute force', () => {
  test('1,000 small random plans: the best score, the least start-year sum, proven', () => {
    const seen = { alone: 0, notAlone: 0, planned: 0 };
    const counting: MilpSolver = {
      solve: (lp, options) => {
        const answer = highs.solve(lp, options);
        if (isSoleSetProof(lp)) {
          if (answer.Status === 'Infeasible') seen.alone += 1;
          else seen.notAlone += 1;
        }
        return answer;
      },
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (seed) => {
        const { spec, scores: fine } = randomInstance(seed, { proposals: 7, years: 3 });
        // Every other plan with every score 10 (or 0): ties make other sets with the best score.
        const coarse = seed % 2 === 0;
        const scores = new Map(
          [...fine].map(([id, score]) => [id, coarse && score > 0 ? 10 : score]),
        );
        const best = bruteForce(spec, scores);
        const options = { searchWork: 0, yearsWork: 0, soleSet: true };
        const outcome = planFunding(workbook(spec), scores, counting, options);
        expect(outcome.ok).toBe(best !== null);
        if (!outcome.ok || best === null) return;
        seen.planned += 1;
        const chosen = outcome.plan.startYears;
        expect(valid(spec, chosen, true)).toBe(true);
        expect(Math.abs(totalScore(chosen, scores) - best.score)).toBeLessThan(1e-9);
        expect(yearSum(chosen)).toBe(best.yearSum);
        expect(outcome.plan.provenOptimal).toBe(true);
      }),
      { numRuns: 1_000, seed: 2026 },
    );
    // The route must prove many plans itself, and fall back on some: else this tests less.
    expect(seen.planned).toBeGreaterThan(500);
    expect(seen.alone).toBeGreaterThan(200);
    expect(seen.notAlone).toBeGreaterThan(5);
  });
});
