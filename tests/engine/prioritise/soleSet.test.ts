/**
 * Phase 2 through the funded set (soleSet.ts): its proof, "no other set reaches the score with
 * so few proposals" and "no schedule of that set starts earlier", checked against brute force.
 */
import fc from 'fast-check';
import { planFunding } from '../../../src/engine/prioritise';
import {
  feasible,
  planInstance,
  planMerit,
  type PlanInstance,
  type Starts,
} from '../../../src/engine/prioritise/instance';
import { soleSetStarts } from '../../../src/engine/prioritise/soleSet';
import type { MilpSolver } from '../../../src/engine/solver';
import { solver } from '../../support/highs';
import { workbook, type WorkbookSpec } from './builder';
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
    const seen = { alone: 0, notAlone: 0, planned: 0, other: 0 };
    const counting: MilpSolver = {
      solve: (lp, options) => {
        const answer = highs.solve(lp, options);
        if (isSoleSetProof(lp)) {
          if (answer.Status === 'Infeasible') seen.alone += 1;
          else seen.notAlone += 1;
        }
        if (isReachSolve(lp) || isScheduleSolve(lp)) seen.other += 1;
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
    expect(seen.alone - seen.other).toBeGreaterThan(500);
  });
});

/** Every feasible plan of a small instance (each item out, or in one of its years). */
function allPlans(instance: PlanInstance): Starts[] {
  let plans: number[][] = [[]];
  for (const item of instance.items) {
    const choices = [-1];
    for (let k = item.first; k < instance.years.length; k += 1) choices.push(k);
    plans = plans.flatMap((plan) => choices.map((k) => [...plan, k]));
  }
  return plans.filter((plan) => feasible(instance, plan));
}

/** The spec with its budget years (and EarliestYears) spread out: 2026, 2028, 2031. */
function spread(spec: WorkbookSpec): WorkbookSpec {
  const at = (y: number): number => 2026 + ((y - 2026) * (y - 2025)) / 2 + (y - 2026);
  return {
    ...spec,
    budget: spec.budget?.map((b) => ({ ...b, year: at(b.year) })) ?? null,
    proposals: spec.proposals?.map((p) =>
      p.earliestYear === undefined || p.earliestYear === null
        ? p
        : { ...p, earliestYear: at(p.earliestYear) },
    ),
  };
}

describe('§5 funding plan: the funded set scheduled from its latest plan, against brute force', () => {
  test('500 small random plans: a proven schedule has the least start-year sum', () => {
    const seen = { sets: 0, proven: 0, moved: 0, reach: 0 };
    const counting: MilpSolver = {
      solve: (lp, options) => {
        if (isReachSolve(lp)) seen.reach += 1;
        return highs.solve(lp, options);
      },
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (seed) => {
        const { spec: plain, scores } = randomInstance(seed, { proposals: 7, years: 3 });
        const spec = seed % 2 === 0 ? spread(plain) : plain;
        const wb = workbook(spec);
        if (wb.budget === null) return;
        const instance = planInstance(wb, wb.budget, scores);
        const plans = allPlans(instance).map((starts) => ({
          starts,
          ...planMerit(instance, starts),
        }));
        if (plans.length === 0) return;
        const top = Math.max(...plans.map((p) => p.value));
        const scoring = plans.filter((p) => p.value === top);
        const least = Math.min(...scoring.map((p) => p.yearSum));
        // The latest plan with the best score: the route must move it, not just confirm it.
        const latest = scoring.reduce((a, b) => (b.yearSum > a.yearSum ? b : a));
        const sole = soleSetStarts(instance, counting, latest.starts, 4);
        if (sole === null) return;
        seen.sets += 1;
        const merit = planMerit(instance, sole.starts);
        expect(feasible(instance, sole.starts)).toBe(true);
        expect(merit.value).toBe(top);
        expect(merit.yearSum).toBeLessThanOrEqual(latest.yearSum);
        if (merit.yearSum < latest.yearSum) seen.moved += 1;
        if (sole.proven) {
          seen.proven += 1;
          expect(merit.yearSum).toBe(least);
        }
      }),
      { numRuns: 500, seed: 2027 },
    );
    expect(seen.sets).toBeGreaterThan(150);
    expect(seen.moved).toBeGreaterThan(30);
    expect(seen.proven).toBeGreaterThan(seen.sets * 0.9);
    // Moved plans are reached at the least sum the maxima allow (no schedule solve needed).
    expect(seen.reach).toBeGreaterThan(30);
  });
});
