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

/**
 * A small instance by brute force: every feasible plan with its merit, the best total score, the
 * plans that reach it, their least start-year sum and the latest of them (null when nothing fits).
 */
function bestPlans(instance: PlanInstance) {
  const plans = allPlans(instance).map((starts) => ({ starts, ...planMerit(instance, starts) }));
  if (plans.length === 0) return null;
  const top = Math.max(...plans.map((p) => p.value));
  const scoring = plans.filter((p) => p.value === top);
  const least = Math.min(...scoring.map((p) => p.yearSum));
  const latest = scoring.reduce((a, b) => (b.yearSum > a.yearSum ? b : a));
  return { plans, top, scoring, least, latest };
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
        const best = bestPlans(instance);
        if (best === null) return;
        // The latest plan with the best score: the route must move it, not just confirm it.
        const { top, least, latest } = best;
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

/** A probe of a bound by year (soleSet.ts's "probe" row). */
const isProbe = (lp: string): boolean => lp.includes(' probe: ');
/** Each "most" row of an LP: its year index (from its z_i_k terms) and its bound. */
const mostBounds = (lp: string): { k: number; n: number }[] =>
  [...lp.matchAll(/ most\d+:[^<]*?z\d+_(\d+)[^<]*<= (-?\d+)/g)].map((m) => ({
    k: Number(m[1]),
    n: Number(m[2]),
  }));
/** The "earlier" row's bound on the start-year sum, when the LP has one. */
const earlierBound = (lp: string): number | null => {
  const m = / earlier:[^<]*<= (-?\d+)/.exec(lp);
  return m === null ? null : Number(m[1]);
};

/**
 * A plan whose years are tight: every proposal of a few sizes, 3–4 budget years of room for a
 * few, Operating limits on some, so that the most of a set started by one year and by the next
 * often exclude each other (the bounds' harder paths).
 */
function tightInstance(seed: number): { spec: WorkbookSpec; scores: Map<string, number> } {
  let state = seed;
  const r = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = (n: number): number => Math.floor(r() * n);
  const years = 4;
  const budget = Array.from({ length: years }, (_, k) => ({
    year: 2026 + k,
    investment: 20 + pick(3) * 10,
    operating: 10 + k * (5 + pick(3) * 5),
  }));
  const proposals = Array.from({ length: 6 + pick(2) }, (_, i) => ({
    id: `P${i}`,
    oneOff: (1 + pick(4)) * 10,
    annualCost: r() < 0.5 ? (1 + pick(3)) * 5 : 0,
    dependsOn: i > 0 && r() < 0.15 ? [`P${pick(i)}`] : [],
    earliestYear: r() < 0.2 ? 2026 + pick(years) : null,
  }));
  const scores = new Map(proposals.map((p) => [p.id, 1 + pick(5) * 10]));
  return { spec: { proposals, budget }, scores };
}

describe('§5 funding plan: the set bounded by year from the LP, probes and steps, against brute force', () => {
  test('200 tight random plans: every bound used holds, every proven schedule is the earliest', () => {
    const seen = { sets: 0, proven: 0, lowered: 0, stepped: 0, ascents: 0 };
    // What the set's solves of one call carried: the "most" rows' bounds and, for a schedule
    // asked at a least sum (not just below `from`'s), that sum.
    let carried = { most: [] as { k: number; n: number }[], sums: [] as number[], below: 0 };
    let path = { lowered: false, reachNone: false };
    // On every third plan HiGHS "runs out of time" on the reach solves: that proves nothing.
    let cutShort = false;
    const counting: MilpSolver = {
      solve: (lp, options) => {
        if (cutShort && isReachSolve(lp)) {
          return { Status: 'Time limit reached', ObjectiveValue: Number.NaN, Columns: {} };
        }
        const answer = highs.solve(lp, options);
        carried.most.push(...mostBounds(lp));
        const sum = earlierBound(lp);
        if (isScheduleSolve(lp) && sum !== null && sum !== carried.below) carried.sums.push(sum);
        if (isProbe(lp) && answer.Status === 'Infeasible') path.lowered = true;
        if (isReachSolve(lp) && answer.Status === 'Infeasible') path.reachNone = true;
        return answer;
      },
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (seed) => {
        const { spec: plain, scores } = tightInstance(seed);
        // Every other plan with its years spread out (gaps of 2–4 years).
        const spec = seed % 2 === 0 ? spread(plain) : plain;
        cutShort = seed % 3 === 0;
        const wb = workbook(spec);
        if (wb.budget === null) return;
        const instance = planInstance(wb, wb.budget, scores);
        const best = bestPlans(instance);
        if (best === null) return;
        // From the latest plan, and from one just short of the least sum (where a bound one too
        // high would be taken for a proof).
        const { plans, top, scoring, least, latest } = best;
        const above = scoring.filter((p) => p.yearSum > least);
        const near =
          above.length === 0 ? null : above.reduce((a, b) => (b.yearSum < a.yearSum ? b : a));
        for (const from of near === null ? [latest] : [latest, near]) {
          carried = { most: [], sums: [], below: from.yearSum - 1 };
          path = { lowered: false, reachNone: false };
          const sole = soleSetStarts(instance, counting, from.starts, 4);
          if (sole === null) continue;
          seen.sets += 1;
          // The set's schedules: the most of them started by each year bounds every "most"
          // row, and the least sum every sum a schedule is asked at as the least proven.
          const funded = (starts: Starts): string => starts.map((k) => k >= 0).join();
          const schedules = plans.filter((p) => funded(p.starts) === funded(from.starts));
          for (const { k, n } of carried.most) {
            const most = Math.max(
              ...schedules.map((p) => p.starts.filter((s) => s >= 0 && s <= k).length),
            );
            expect(n).toBeGreaterThanOrEqual(most);
          }
          for (const sum of carried.sums) expect(sum).toBeLessThanOrEqual(least);
          if (carried.sums.length > 0) seen.ascents += 1;
          const merit = planMerit(instance, sole.starts);
          expect(feasible(instance, sole.starts)).toBe(true);
          expect(merit.value).toBe(top);
          expect(merit.yearSum).toBeLessThanOrEqual(from.yearSum);
          if (!sole.proven) continue;
          seen.proven += 1;
          expect(merit.yearSum).toBe(least);
          if (path.lowered) seen.lowered += 1;
          if (path.reachNone) seen.stepped += 1;
        }
      }),
      // Two plans found by running 3,000: there a step by the largest gap between years (seed
      // 7,005,566) asks for a least sum above the true one, and an ascent by two years
      // (1,661,427) proves a schedule that is not the earliest; 200 random plans meet neither.
      { numRuns: 200, seed: 2028, examples: [[7_005_566], [1_661_427]] },
    );
    // Each path must be taken, or this tests less (measured: 274 sets, 76 with a bound
    // lowered by a probe, 3 stepped after a reach proven infeasible, 68 asked at a least sum).
    expect(seen.proven).toBeGreaterThan(seen.sets * 0.9);
    expect(seen.lowered).toBeGreaterThan(30);
    expect(seen.stepped).toBeGreaterThan(0);
    expect(seen.ascents).toBeGreaterThan(30);
  });
});
