/**
 * The exact search (search.ts) proves a plan by completing: these tests check that a completed
 * search's plan is the optimum, against the brute force written from the contract (reference.ts)
 * and against HiGHS where brute force is too slow, and that the plan claims "proven" from the
 * search only when it completed.
 */
import fc from 'fast-check';
import { planFunding, SEARCH_WORK } from '../../../src/engine/prioritise';
import { earlierStarts } from '../../../src/engine/prioritise/earlier';
import { greedyStarts } from '../../../src/engine/prioritise/greedy';
import {
  feasible,
  planInstance,
  planMerit,
  SCORE_RESOLUTION,
} from '../../../src/engine/prioritise/instance';
import { searchPlan, type SearchResult } from '../../../src/engine/prioritise/search';
import { earliestStarts } from '../../../src/engine/prioritise/startYears';
import type { MilpSolver } from '../../../src/engine/solver';
import { solver } from '../../support/highs';
import { workbook } from './builder';
import { bruteForce, randomInstance, valid, type RandomInstance } from './reference';

let highs: MilpSolver;
beforeAll(async () => {
  highs = await solver();
});

const instanceOf = ({ spec, scores }: RandomInstance) => {
  const wb = workbook(spec);
  if (wb.budget === null) throw new Error('the random instances have a Budget table');
  return planInstance(wb, wb.budget, scores);
};

/** The search's plan as proposal ID → start year, as the reference reads plans. */
const assignment = (instance: ReturnType<typeof instanceOf>, result: SearchResult) =>
  new Map(
    (result.starts ?? []).flatMap((k, i) => {
      const id = instance.items[i]?.id;
      const year = instance.years[k]?.year;
      return k < 0 || id === undefined || year === undefined ? [] : [[id, year] as const];
    }),
  );

describe('§5 funding plan, exact search: a completed search is the optimum', () => {
  test('small random plans, from no plan and from the greedy one: brute force agrees', () => {
    let planned = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.boolean(), (seed, fromGreedy) => {
        const random = randomInstance(seed);
        const instance = instanceOf(random);
        const greedy = greedyStarts(instance);
        const start =
          fromGreedy && feasible(instance, greedy) ? earlierStarts(instance, greedy) : null;
        const result = searchPlan(instance, start, 1_000_000);
        const best = bruteForce(random.spec, random.scores);
        expect(result?.complete).toBe(true);
        if (best === null || instance.items.length === 0) {
          // No plan funds every mandatory proposal: the search finds none either.
          if (best === null) expect(result?.starts ?? null).toBeNull();
          return;
        }
        planned += 1;
        const starts = result?.starts ?? null;
        expect(starts).not.toBeNull();
        if (starts === null) return;
        expect(feasible(instance, starts)).toBe(true);
        expect(valid(random.spec, assignment(instance, result as SearchResult), true)).toBe(true);
        const merit = planMerit(instance, starts);
        expect(Math.abs(merit.value / SCORE_RESOLUTION - best.score)).toBeLessThan(1e-6);
        expect(merit.yearSum).toBe(best.yearSum);
      }),
      { numRuns: 600, seed: 5 },
    );
    expect(planned).toBeGreaterThan(300);
  });

  test('larger random plans (up to 12 proposals × 4 years): HiGHS proves the same optimum', () => {
    let compared = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const random = randomInstance(seed, { proposals: 12, years: 4 });
      const instance = instanceOf(random);
      const result = searchPlan(instance, null, 1_000_000);
      const byHighs = planFunding(workbook(random.spec), random.scores, highs, { searchWork: 0 });
      expect(result?.complete).toBe(true);
      if (!byHighs.ok || !byHighs.plan.provenOptimal || result?.starts == null) {
        // BUDGET_SHORT from HiGHS means no plan: the search found none either.
        if (!byHighs.ok) expect(result?.starts ?? null).toBeNull();
        continue;
      }
      const fromHighs = instance.items.map((item) => {
        const year = byHighs.plan.startYears.get(item.id);
        return year === undefined ? -1 : instance.years.findIndex((y) => y.year === year);
      });
      expect(planMerit(instance, result.starts)).toEqual(planMerit(instance, fromHighs));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(25);
  });

  test('out of work, the search says so; the plan is then proven by HiGHS, not by the search', () => {
    // The first seeded 12 × 4 plan whose search takes more than a few nodes.
    const seed = [...Array(40).keys()].find(
      (s) =>
        (searchPlan(instanceOf(randomInstance(s, { proposals: 12, years: 4 })), null, 1e6)?.nodes ??
          0) > 20,
    );
    const random = randomInstance(seed ?? 0, { proposals: 12, years: 4 });
    const instance = instanceOf(random);
    const full = searchPlan(instance, null, 1_000_000);
    expect(full?.complete).toBe(true);
    expect(full?.nodes).toBeGreaterThan(20);
    expect(searchPlan(instance, null, 1)?.complete).toBe(false);

    const wb = workbook(random.spec);
    const items = instance.items.length;
    const searched = planFunding(wb, random.scores, highs);
    // The score search (scoreSearch.ts, tested on its own) off: HiGHS proves the score.
    const cut = planFunding(wb, random.scores, highs, { searchWork: items, scoreWork: 0 });
    expect(searched.ok && searched.plan.method).toBe('search');
    expect(searched.ok && searched.plan.provenOptimal).toBe(true);
    expect(cut.ok && cut.plan.method).toBe('milp');
    expect(cut.ok && cut.plan.provenOptimal).toBe(true);
    // Either proof, the same optimum.
    const merit = (plan: typeof searched) =>
      plan.ok ? [...plan.plan.startYears.values()].reduce((n, y) => n + y, 0) : null;
    expect(merit(cut)).toBe(merit(searched));
    expect(SEARCH_WORK).toBeGreaterThan((full?.nodes ?? 0) * items);
  });
});

/** `starts` with each funded proposal moved as late as the plan allows: same score, later years. */
function latest(instance: ReturnType<typeof instanceOf>, starts: readonly number[]): number[] {
  const current = [...starts];
  for (let moved = true; moved;) {
    moved = false;
    current.forEach((k, i) => {
      for (let later = instance.years.length - 1; k >= 0 && later > k; later -= 1) {
        const trial = [...current];
        trial[i] = later;
        if (feasible(instance, trial)) {
          current[i] = later;
          moved = true;
          return;
        }
      }
    });
  }
  return current;
}

describe('§5 funding plan, start-year search (phase 2): a completed search has the least years', () => {
  test('small random plans, from the optimum moved as late as it goes: brute force agrees', () => {
    let improved = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (seed) => {
        const random = randomInstance(seed);
        const instance = instanceOf(random);
        const best = bruteForce(random.spec, random.scores);
        const optimum = searchPlan(instance, null, 1_000_000)?.starts ?? null;
        if (best === null || optimum === null) return;
        const late = latest(instance, optimum);
        const { value } = planMerit(instance, late);
        const result = earliestStarts(instance, value, late, 1_000_000);
        expect(result?.complete).toBe(true);
        if (result === null) return;
        expect(feasible(instance, result.starts)).toBe(true);
        const merit = planMerit(instance, result.starts);
        expect(merit.value).toBe(value);
        expect(merit.yearSum).toBe(best.yearSum);
        if (planMerit(instance, late).yearSum > best.yearSum) improved += 1;
      }),
      { numRuns: 600, seed: 7 },
    );
    // The late plans must often be beatable, or this proves less than it says.
    expect(improved).toBeGreaterThan(100);
  });

  test('larger random plans (up to 12 × 4): the same least years as HiGHS proves in phase 2', () => {
    let compared = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const random = randomInstance(seed, { proposals: 12, years: 4 });
      const wb = workbook(random.spec);
      const searched = planFunding(wb, random.scores, highs, { searchWork: 0 });
      const byHighs = planFunding(wb, random.scores, highs, { searchWork: 0, yearsWork: 0 });
      expect(searched.ok).toBe(byHighs.ok);
      if (!searched.ok || !byHighs.ok || !byHighs.plan.provenOptimal) continue;
      expect(searched.plan.provenOptimal).toBe(true);
      const sum = (p: typeof searched) =>
        p.ok ? [...p.plan.startYears.values()].reduce((n, y) => n + y, 0) : null;
      expect(sum(searched)).toBe(sum(byHighs));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(25);
  });

  test('out of nodes, the start-year search proves nothing; HiGHS then does', () => {
    const random = randomInstance(11, { proposals: 12, years: 4 });
    const instance = instanceOf(random);
    const optimum = searchPlan(instance, null, 1_000_000)?.starts ?? [];
    const late = latest(instance, optimum);
    const { value } = planMerit(instance, late);
    expect(earliestStarts(instance, value, late, 1)?.complete).toBe(false);
    const wb = workbook(random.spec);
    const cut = planFunding(wb, random.scores, highs, {
      searchWork: 0,
      yearsWork: instance.items.length,
    });
    expect(cut.ok && cut.plan.provenOptimal).toBe(true);
  });

  test('a chain of dependencies worth nothing, decided after what needs it: still placed', () => {
    // A (worth 50) needs B, B needs C; B and C are worth nothing and cost something, so the set
    // search decides them last, C before B. Once A is in, the score is reached: C is wanted only
    // because A needs it through B (a search counting direct dependants only left C out, then
    // could neither fund B nor leave it out, and called the late plan the earliest).
    const spec = {
      proposals: [
        { id: 'C', oneOff: 10 },
        { id: 'B', oneOff: 10, dependsOn: ['C'] },
        { id: 'A', oneOff: 10, dependsOn: ['B'] },
      ],
      budget: [
        { year: 2026, investment: 30 },
        { year: 2027, investment: 30 },
      ],
    };
    const scores = new Map([
      ['A', 50],
      ['B', 0],
      ['C', 0],
    ]);
    const instance = instanceOf({ spec, scores });
    const late = [1, 1, 1];
    expect(feasible(instance, late)).toBe(true);
    const { value } = planMerit(instance, late);
    const result = earliestStarts(instance, value, late, 1_000_000);
    expect(result?.complete).toBe(true);
    expect(result && planMerit(instance, result.starts)).toEqual({ value, yearSum: 3 * 2026 });
  });
});
