/**
 * The exact score search (scoreSearch.ts, over funded sets, with packing.ts deciding whether a
 * set fits the years) proves a plan's total score by completing. These tests check its parts and
 * its proofs against the brute force written from the contract (reference.ts) and against HiGHS,
 * on random plans with dependencies, mandatory proposals, Operating limits and EarliestYear; and
 * that a plan called proven through this route is the optimum, score and start years.
 */
import fc from 'fast-check';
import { planFunding, type PlanOutcome } from '../../../src/engine/prioritise';
import { greedyStarts } from '../../../src/engine/prioritise/greedy';
import {
  feasible,
  planInstance,
  planMerit,
  SCORE_RESOLUTION,
  type PlanInstance,
  type Starts,
} from '../../../src/engine/prioritise/instance';
import { planLedger } from '../../../src/engine/prioritise/ledger';
import { packSet } from '../../../src/engine/prioritise/packing';
import { highestScore } from '../../../src/engine/prioritise/scoreSearch';
import type { MilpSolver } from '../../../src/engine/solver';
import { solver } from '../../support/highs';
import { workbook } from './builder';
import {
  bruteForce,
  random,
  randomInstance,
  valid,
  type Assignment,
  type RandomInstance,
} from './reference';

let highs: MilpSolver;
beforeAll(async () => {
  highs = await solver();
});

const instanceOf = ({ spec, scores }: RandomInstance): PlanInstance => {
  const wb = workbook(spec);
  if (wb.budget === null) throw new Error('the random instances have a Budget table');
  return planInstance(wb, wb.budget, scores);
};

/** A plan on the instance as proposal ID → start year, as the reference reads plans. */
const assignment = (instance: PlanInstance, starts: Starts): Assignment =>
  new Map(
    starts.flatMap((k, i) => {
      const id = instance.items[i]?.id;
      const year = instance.years[k]?.year;
      return k < 0 || id === undefined || year === undefined ? [] : [[id, year] as const];
    }),
  );

/** Whether some start years for exactly `set` obey the contract (every combination tried). */
function someFit(random: RandomInstance, instance: PlanInstance, set: readonly number[]): boolean {
  const years = instance.years.length;
  const starts = instance.items.map(() => -1);
  const tryFrom = (n: number): boolean => {
    if (n === set.length) return valid(random.spec, assignment(instance, starts), false);
    const i = set[n] ?? 0;
    for (let k = 0; k < years; k += 1) {
      starts[i] = k;
      if (tryFrom(n + 1)) return true;
    }
    starts[i] = -1;
    return false;
  };
  return tryFrom(0);
}

/** The plan's start years as indices into the instance's years (-1: not funded). */
const startsOf = (instance: PlanInstance, outcome: PlanOutcome): Starts =>
  instance.items.map((item) => {
    const year = outcome.ok ? outcome.plan.startYears.get(item.id) : undefined;
    return year === undefined ? -1 : instance.years.findIndex((y) => y.year === year);
  });

/** HiGHS, counting its solves. */
function counting(solver: MilpSolver): MilpSolver & { solves: number } {
  const counted = {
    solves: 0,
    solve: (lp: string, options?: Parameters<MilpSolver['solve']>[1]) => {
      counted.solves += 1;
      return solver.solve(lp, options);
    },
  };
  return counted;
}

/**
 * The plan with the branch and bound of search.ts cut short (it proves these small plans on its
 * own), so phase 1 goes through the score search.
 */
const THROUGH_SCORE_SEARCH = { searchWork: 1 };

describe('§5 funding plan, packing: a funded set fits the years exactly when a placement exists', () => {
  test('random sets of small random plans: the same verdict as trying every placement', () => {
    let fits = 0;
    let fitsNot = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (seed) => {
        const random = randomInstance(seed);
        const instance = instanceOf(random);
        const ledger = planLedger(instance);
        if (ledger === null) return;
        // A random set, closed under dependencies (what the score search hands in).
        const pick = random_(seed);
        const inSet = instance.items.map(() => pick() < 0.6);
        for (let changed = true; changed;) {
          changed = false;
          instance.items.forEach((item, i) => {
            if (inSet[i] && item.deps.some((d) => !inSet[d])) {
              inSet[i] = false;
              changed = true;
            }
          });
        }
        const set = instance.items.flatMap((_, i) => (inSet[i] ? [i] : []));
        const packed = packSet(instance, ledger, set, 1_000_000);
        expect(packed.complete).toBe(true);
        const exists = someFit(random, instance, set);
        expect(packed.starts !== null).toBe(exists);
        if (packed.starts === null) {
          fitsNot += 1;
          return;
        }
        fits += 1;
        // The placement funds exactly the set and obeys the contract.
        expect(packed.starts.flatMap((k, i) => (k >= 0 ? [i] : []))).toEqual(set);
        expect(valid(random.spec, assignment(instance, packed.starts), false)).toBe(true);
      }),
      { numRuns: 800, seed: 11 },
    );
    // Both verdicts must be common, or this proves less than it says.
    expect(fits).toBeGreaterThan(150);
    expect(fitsNot).toBeGreaterThan(150);
  });
});

/** `starts` funding only the mandatory proposals and what they depend on. */
function mandatoryOnly(instance: PlanInstance, starts: Starts): Starts {
  const keep = instance.items.map((item) => item.mandatory);
  const stack = instance.items.flatMap((item, i) => (item.mandatory ? [i] : []));
  for (let i = stack.pop(); i !== undefined; i = stack.pop()) {
    for (const d of instance.items[i]?.deps ?? []) {
      if (!keep[d]) stack.push(d);
      keep[d] = true;
    }
  }
  return starts.map((k, i) => (keep[i] ? k : -1));
}

/** A second stream from the seed, for the tests' own choices. */
const random_ = (seed: number) => random(seed * 7919 + 1);

describe('§5 funding plan, score search: a completed search has the highest score', () => {
  test('small random plans, from the greedy plan or less: brute force has the same best score', () => {
    let improved = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.boolean(), (seed, weak) => {
        const random = randomInstance(seed, { proposals: 7, years: 3 });
        const instance = instanceOf(random);
        const greedy = greedyStarts(instance);
        const best = bruteForce(random.spec, random.scores);
        if (best === null || !feasible(instance, greedy)) return;
        // Or only what the mandatory proposals need of it: still a valid plan, easy to beat.
        const incumbent = weak ? mandatoryOnly(instance, greedy) : greedy;
        const result = highestScore(instance, incumbent, 1_000_000);
        expect(result?.complete).toBe(true);
        if (result == null) return;
        expect(feasible(instance, result.starts)).toBe(true);
        const { value } = planMerit(instance, result.starts);
        expect(Math.abs(value / SCORE_RESOLUTION - best.score)).toBeLessThan(1e-6);
        if (value > planMerit(instance, incumbent).value) improved += 1;
      }),
      { numRuns: 600, seed: 13 },
    );
    // The plan to beat must often be beatable, or this proves less than it says.
    expect(improved).toBeGreaterThan(150);
  });

  test('out of nodes, the score search says so', () => {
    // The first seeded 12 × 4 plan whose score search takes more than a few nodes.
    const from = (seed: number) => {
      const instance = instanceOf(randomInstance(seed, { proposals: 12, years: 4 }));
      return { instance, start: mandatoryOnly(instance, greedyStarts(instance)) };
    };
    const seed = [...Array(40).keys()].find((s) => {
      const { instance, start } = from(s);
      return feasible(instance, start) && (highestScore(instance, start, 1e6)?.nodes ?? 0) > 20;
    });
    const { instance, start } = from(seed ?? 0);
    expect(highestScore(instance, start, 1_000_000)?.complete).toBe(true);
    expect(highestScore(instance, start, 10)?.complete).toBe(false);
  });
});

describe('§5 funding plan through the score search: "proven" only for the optimum', () => {
  test('small random plans: every plan called proven is the brute-force optimum', () => {
    let viaSearch = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (seed) => {
        const random = randomInstance(seed, { proposals: 7, years: 3 });
        const best = bruteForce(random.spec, random.scores);
        const counted = counting(highs);
        const outcome = planFunding(
          workbook(random.spec),
          random.scores,
          counted,
          THROUGH_SCORE_SEARCH,
        );
        if (!outcome.ok || !outcome.plan.provenOptimal) return;
        const instance = instanceOf(random);
        const starts = startsOf(instance, outcome);
        expect(best).not.toBeNull();
        expect(valid(random.spec, assignment(instance, starts), true)).toBe(true);
        const merit = planMerit(instance, starts);
        expect(Math.abs(merit.value / SCORE_RESOLUTION - (best?.score ?? NaN))).toBeLessThan(1e-6);
        expect(merit.yearSum).toBe(best?.yearSum);
        if (counted.solves === 0 && outcome.plan.method === 'search') viaSearch += 1;
      }),
      { numRuns: 600, seed: 17 },
    );
    // Most plans must be proven by the searches alone, or this tests HiGHS instead.
    expect(viaSearch).toBeGreaterThan(300);
  });

  test('larger random plans (up to 14 × 5): the optimum HiGHS proves, without HiGHS', () => {
    let compared = 0;
    for (let seed = 1; seed <= 30; seed += 1) {
      const random = randomInstance(seed, { proposals: 14, years: 5 });
      const wb = workbook(random.spec);
      const counted = counting(highs);
      const searched = planFunding(wb, random.scores, counted, THROUGH_SCORE_SEARCH);
      const byHighs = planFunding(wb, random.scores, highs, { searchWork: 0, yearsWork: 0 });
      expect(searched.ok).toBe(byHighs.ok);
      if (!searched.ok || !byHighs.ok || !byHighs.plan.provenOptimal) continue;
      expect(searched.plan.provenOptimal).toBe(true);
      const instance = instanceOf(random);
      expect(planMerit(instance, startsOf(instance, searched))).toEqual(
        planMerit(instance, startsOf(instance, byHighs)),
      );
      if (counted.solves === 0) compared += 1;
    }
    expect(compared).toBeGreaterThan(20);
  });
});
