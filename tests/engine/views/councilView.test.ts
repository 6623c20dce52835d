/** The IKT-råd's view of a run on the Knutepunkt and Dalsland samples, and its outlier rule. */
import type { MilpSolver } from '../../../src/engine/solver';
import { runEngine } from '../../../src/engine/run';
import { outlierRule, type CouncilView } from '../../../src/engine/views/councilView';
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { dalslandSample } from '../../../src/samples/dalsland';
import { knutepunktSample } from '../../../src/samples/knutepunkt';
import type { TableSheet } from '../../../src/engine/table';
import { excelWorkbook } from '../../../src/workbook/excel';
import { solver } from '../../support/highs';

let highs: MilpSolver;
beforeAll(async () => {
  highs = await solver();
});

async function viewOf(sample: readonly TableSheet[]): Promise<CouncilView> {
  const tables = await excelWorkbook(FakeWorkbook.fromTableSheets(sample).run).readTables();
  const result = runEngine(tables, {
    language: 'en',
    today: { year: 2026, month: 3, day: 1 },
    solver: highs,
    paneViews: true,
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.views.councilView;
}

describe('the council’s view', () => {
  it('ranks every proposal with its title, criterion means and spread', async () => {
    const view = await viewOf(knutepunktSample);
    expect(view.proposals.map((p) => p.rank)).toEqual(view.proposals.map((_, i) => i + 1));
    for (const p of view.proposals) {
      expect(p.title).not.toBe('');
      expect(p.means).toHaveLength(view.criteria.length);
      // Each mean is the mean of the scores shown beside it.
      p.means.forEach((mean, c) => {
        const given = p.scores.flatMap((s) => (s.values[c] === null ? [] : [s.values[c] ?? 0]));
        const expected =
          given.length === 0 ? null : given.reduce((a, b) => a + b, 0) / given.length;
        if (expected === null) expect(mean).toBeNull();
        else expect(mean).toBeCloseTo(expected, 2);
      });
    }
  });

  it('gives every unfunded proposal its reason and the plan its budget used and left', async () => {
    for (const sample of [knutepunktSample, dalslandSample]) {
      const view = await viewOf(sample);
      const unfunded = view.proposals.filter((p) => p.startYear === null);
      expect(unfunded.length).toBeGreaterThan(0);
      for (const p of unfunded.filter((q) => !q.excluded))
        expect(p.whyNotFunded).toMatch(
          new RegExp(`^Proposal ${p.id} is not funded within the budget: .+\\.$`, 'u'),
        );
      // An excluded proposal was left out by the council, not the plan: it has no reason to give.
      for (const p of unfunded.filter((q) => q.excluded)) expect(p.whyNotFunded).toBeNull();
      for (const p of view.proposals.filter((q) => q.startYear !== null)) {
        expect(p.whyNotFunded).toBeNull();
      }
      for (const year of view.plan) {
        expect(year.investment.left).toBeCloseTo(year.investment.budget - year.investment.used, 2);
        expect(year.investment.left).toBeGreaterThanOrEqual(0);
        const started = view.proposals.filter((p) => p.startYear === year.year);
        expect(year.proposals.map((p) => p.id).sort()).toEqual(started.map((p) => p.id).sort());
        const oneOff = started.reduce((acc, p) => acc + p.oneOffCost, 0);
        expect(year.investment.used).toBeCloseTo(oneOff, 2);
      }
    }
  });
});

it('writes why-not-funded amounts as the rest of the pane writes money (Dalsland, RoundTo 0.01)', async () => {
  const view = await viewOf(dalslandSample);
  const reasons = view.proposals.flatMap((p) => (p.whyNotFunded === null ? [] : [p.whyNotFunded]));
  // Dalsland's overruns are whole kronor: written whole, as the plan beside them is, not "1,800,000.00".
  expect(reasons.join('\n')).toMatch(/overrun .+ by \d{1,3}(,\d{3})* SEK/u);
  expect(reasons.join('\n')).not.toMatch(/\d\.\d{2} SEK/u);
});

it('marks the outlying scores of a proposal the scorers disagree on (Dalsland D06)', async () => {
  const d06 = (await viewOf(dalslandSample)).proposals.find((p) => p.id === 'D06');
  expect(d06?.disagreement).toBe(true);
  const marked = d06?.scores.filter((s) => s.outliers.some(Boolean)).map((s) => s.scorer);
  expect(marked).toHaveLength(1);
});

describe('outlier: more than twice the DisagreementThreshold from the median, 3 or more scores', () => {
  it.each([
    [1, [1, 5, 5], true],
    [5, [1, 5, 5], false],
    [1, [1, 3, 5], false],
    [0, [0, 5], false],
    [0, [0, 3, 3, 4], true],
  ])('%d among %j → %s', (score, all, expected) => {
    expect(outlierRule(all, 1)(score)).toBe(expected);
  });
});
