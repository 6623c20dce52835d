/**
 * Choices beside the plan (contract v1.1 §11): Excluded proposals are never funded, and the
 * efficient frontier, checked by brute force on small random plans.
 */
import { withoutExcluded } from '../../../src/engine/choices/excluded';
import { efficientFrontier, FRONTIER_PERCENTS } from '../../../src/engine/choices/frontier';
import { greedyPlan, planFunding } from '../../../src/engine/prioritise';
import type { MilpSolver } from '../../../src/engine/solver';
import { solver } from '../../support/highs';
import { workbook, type WorkbookSpec } from '../prioritise/builder';
import { bruteForce, random, randomInstance } from '../prioritise/reference';

let highs: MilpSolver;
beforeAll(async () => {
  highs = await solver();
});

const INSTANCES = 120;

/** The spec with every year's Investment and Operating × percent, rounded down to øre. */
const scaledSpec = (spec: WorkbookSpec, percent: number): WorkbookSpec => ({
  ...spec,
  budget: (spec.budget ?? []).map((b) => ({
    ...b,
    investment: Math.floor(b.investment * percent) / 100,
    operating:
      b.operating === undefined || b.operating === null
        ? b.operating
        : Math.floor(b.operating * percent) / 100,
  })),
});

describe('Contract v1.1 §11: the efficient frontier', () => {
  test(`${INSTANCES} seeded instances: every point is the brute-force best score, proven, never falling`, () => {
    let checked = 0;
    let blank = 0;
    for (let seed = 1; seed <= INSTANCES; seed += 1) {
      const { spec, scores } = randomInstance(seed);
      const wb = workbook(spec);
      const full = planFunding(wb, scores, highs);
      if (!full.ok) continue; // the run itself stops at BUDGET_SHORT
      const frontier = efficientFrontier(wb, scores, highs, full.plan);
      const context = `seed ${seed}: ${JSON.stringify(spec)}`;
      expect(frontier?.map((p) => p.factor)).toEqual(FRONTIER_PERCENTS.map((p) => p / 100));
      let previous = Number.NEGATIVE_INFINITY;
      frontier?.forEach((point, k) => {
        const best = bruteForce(scaledSpec(spec, FRONTIER_PERCENTS[k] ?? 0), scores);
        expect({ context, k, blank: point.plan === null }).toEqual({
          context,
          k,
          blank: best === null,
        });
        if (point.plan === null || best === null) {
          blank += 1;
          return;
        }
        expect(Math.abs(point.plan.score - best.score)).toBeLessThan(1e-6);
        expect(point.plan.proven).toBe(true);
        expect(point.plan.score).toBeGreaterThanOrEqual(previous);
        previous = point.plan.score;
        checked += 1;
      });
    }
    // Both outcomes must be exercised, or the test proves less than it claims.
    expect(checked).toBeGreaterThan(300);
    expect(blank).toBeGreaterThan(10);
  });

  it('scales each year to whole øre, rounding down, and sums Investment over the years', () => {
    const wb = workbook({
      proposals: [{ id: 'A', oneOff: 10 }],
      budget: [
        { year: 2026, investment: 0.03 },
        { year: 2027, investment: 101.01 },
      ],
    });
    const full = planFunding(wb, new Map([['A', 50]]), highs);
    if (!full.ok) throw new Error('plan');
    const frontier = efficientFrontier(wb, new Map([['A', 50]]), highs, full.plan);
    // 25 %: 0.0075 → 0.00 and 25.2525 → 25.25; 125 %: 0.0375 → 0.03 and 126.2625 → 126.26;
    // 200 %: 0.06 and 202.02 exactly.
    expect(frontier?.map((p) => p.investment)).toEqual([
      2525n,
      5051n,
      7577n,
      10104n,
      12629n,
      15155n,
      20208n,
    ]);
  });

  it('never shows a point as proven when the solver stopped without a proof', () => {
    // A solver that always runs out of time with nothing found: every point is the greedy plan.
    const timedOut: MilpSolver = {
      solve: () => ({ Status: 'Time limit reached', ObjectiveValue: Number.NaN, Columns: {} }),
    };
    let points = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const { spec, scores } = randomInstance(seed);
      const wb = workbook(spec);
      const full = planFunding(wb, scores, timedOut);
      if (!full.ok) continue;
      const frontier = efficientFrontier(wb, scores, timedOut, full.plan) ?? [];
      let previous = Number.NEGATIVE_INFINITY;
      frontier.forEach((point, k) => {
        if (point.plan === null) return;
        // "Proven" must be true: then no plan at that budget scores more.
        const best = bruteForce(scaledSpec(spec, FRONTIER_PERCENTS[k] ?? 0), scores);
        const optimal = best !== null && Math.abs(best.score - point.plan.score) < 1e-6;
        if (point.plan.proven) expect(optimal).toBe(true);
        else points += 1;
        expect(point.plan.score).toBeGreaterThanOrEqual(previous);
        previous = point.plan.score;
      });
    }
    expect(points).toBeGreaterThan(20);
  });

  it('takes a plan past the exact searches’ size from the LP route: no whole MILP, never below greedy', () => {
    // 130 proposals × 5 years: 650 start variables, past the 500 the exact searches prove.
    const r = random(7);
    const proposals = Array.from({ length: 130 }, (_, i) => ({
      id: `P${i}`,
      oneOff: 10 + Math.floor(r() * 90),
      annualCost: Math.floor(r() * 20),
    }));
    const scores = new Map(proposals.map((p) => [p.id, 1 + Math.floor(r() * 99)]));
    const budget = [2026, 2027, 2028, 2029, 2030].map((year) => ({
      year,
      investment: 1500,
      operating: 800,
    }));
    const spec: WorkbookSpec = { proposals, budget };
    const wb = workbook(spec);
    const full = planFunding(wb, scores, highs);
    if (!full.ok) throw new Error('plan');
    const models: string[] = [];
    const recording: MilpSolver = {
      solve: (lp, options) => {
        models.push(lp);
        return highs.solve(lp, options);
      },
    };
    const frontier = efficientFrontier(wb, scores, recording, full.plan) ?? [];
    // The whole plan's MILP has a binary per proposal and year and one per proposal; the LP
    // route solves the relaxation (no binaries) and, where its plan is far from the bound, a core.
    const binaries = (lp: string): number =>
      (lp.split('\nBinary\n')[1]?.split('\nEnd')[0] ?? '').split(/\s+/).filter(Boolean).length;
    const whole = proposals.length * (budget.length + 1);
    expect(models.length).toBeGreaterThan(0);
    expect(models.map(binaries).filter((n) => n >= whole)).toEqual([]);
    let previous = Number.NEGATIVE_INFINITY;
    frontier.forEach((point, k) => {
      const greedy = greedyPlan(workbook(scaledSpec(spec, FRONTIER_PERCENTS[k] ?? 0)), scores);
      const greedyScore = [...greedy.startYears.keys()].reduce(
        (n, id) => n + (scores.get(id) ?? 0),
        0,
      );
      expect(point.plan).not.toBeNull();
      expect(point.plan?.score ?? 0).toBeGreaterThanOrEqual(greedyScore - 1e-6);
      expect(point.plan?.score ?? 0).toBeGreaterThanOrEqual(previous);
      // The run's own plan (100 %) is the MILP's, within its gap; the LP route's points are not proven.
      if (FRONTIER_PERCENTS[k] !== 100) expect(point.plan?.proven).toBe(false);
      previous = point.plan?.score ?? 0;
    });
  });

  it('is absent without a Budget', () => {
    const wb = workbook({ proposals: [{ id: 'A' }], budget: null });
    const full = planFunding(wb, new Map(), highs);
    if (!full.ok) throw new Error('plan');
    expect(efficientFrontier(wb, new Map(), highs, full.plan)).toBeNull();
  });
});

describe('Contract v1.1 §11: Excluded', () => {
  test(`${INSTANCES} seeded instances: excluded proposals are never funded; the rest is planned as without them`, () => {
    let excludedSome = 0;
    for (let seed = 1; seed <= INSTANCES; seed += 1) {
      const { spec, scores } = randomInstance(seed);
      const r = random(seed * 7919);
      const out = new Set(
        (spec.proposals ?? []).filter((p) => !p.mandatory && r() < 0.4).map((p) => p.id),
      );
      const wb = workbook(spec);
      const marked = {
        ...wb,
        proposals: wb.proposals.map((p) => ({ ...p, excluded: out.has(p.id) })),
      };
      const outcome = planFunding(withoutExcluded(marked), scores, highs);
      const best = bruteForce(
        { ...spec, proposals: (spec.proposals ?? []).filter((p) => !out.has(p.id)) },
        scores,
      );
      const context = `seed ${seed}: excluded ${[...out].join(',')}`;
      expect({ context, ok: outcome.ok }).toEqual({ context, ok: best !== null });
      if (!outcome.ok || best === null) continue;
      expect([...outcome.plan.startYears.keys()].filter((id) => out.has(id))).toEqual([]);
      expect(
        Math.abs(
          [...outcome.plan.startYears.keys()].reduce((n, id) => n + (scores.get(id) ?? 0), 0) -
            best.score,
        ),
      ).toBeLessThan(1e-6);
      if (out.size > 0) excludedSome += 1;
    }
    expect(excludedSome).toBeGreaterThan(30);
  });
});
