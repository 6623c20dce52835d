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
/** The set's schedule solve (its "earlier" row), with the maxima by year ("most" rows) or not. */
const isScheduleSolve = (lp: string): boolean =>
  lp.includes(' set0: ') && lp.includes(' earlier: ');
/** The set's solve for a schedule at the least sum its maxima allow ("reach" rows). */
const isReachSolve = (lp: string): boolean => lp.includes(' reach0: ');

describe('§5 funding plan: phase 2 through the funded set, against brute force', () => {
  test('1,000 small random plans: the best score, the least start-year sum, proven', () => {
    const seen = {
      alone: 0,
      notAlone: 0,
      planned: 0,
      schedules: 0,
      withMaxima: 0,
      reach: 0,
      reached: 0,
    };
    const counting: MilpSolver = {
      solve: (lp, options) => {
        const answer = highs.solve(lp, options);
        if (isSoleSetProof(lp)) {
          if (answer.Status === 'Infeasible') seen.alone += 1;
          else seen.notAlone += 1;
        }
        if (isReachSolve(lp)) {
          seen.reach += 1;
          if (answer.Status === 'Optimal') seen.reached += 1;
        }
        if (isScheduleSolve(lp)) {
          seen.schedules += 1;
          if (lp.includes(' most')) seen.withMaxima += 1;
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
    // Sets are proven by the most of them that can start by each year (nearly all at once,
    // 'best' at the least sum those allow) rather than by a schedule solve.
    expect(seen.alone - seen.reach - seen.schedules).toBeGreaterThan(500);
  });
});
