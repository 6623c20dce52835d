/**
 * Contract v1.1 §10–11 through a whole engine run: the CriteriaWeights and Frontier outputs,
 * RankBest/RankWorst in Priorities, INCONSISTENT_WEIGHTS and the JSON fields.
 */
import { runEngine } from '../../../src/engine/run';
import type { RunResult } from '../../../src/engine/result';
import { LANGUAGES, type Language } from '../../../src/i18n/language';
import type { MilpSolver } from '../../../src/engine/solver';
import { solver } from '../../support/highs';
import { TODAY } from '../parse/helpers';
import { MUNICIPALITIES, workbookTables, type TableSpec } from '../parse/tableBuilder';

let highs: MilpSolver;
beforeAll(async () => {
  highs = await solver();
});

const PROPOSALS: TableSpec = [
  ['ID', 'Title', 'OneOffCost', 'Owner', 'CostBenefit'],
  ['A', 'Sak/arkiv', 60, 'IKT', 'yes'],
  ['B', 'Velferd', 50, 'IKT', 'yes'],
  ['C', 'Sky', 40, 'IKT', 'yes'],
];
const SCORES: TableSpec = [
  ['Proposal', 'Scorer', 'Value', 'Risk', 'Cost'],
  ['A', 'Kari', 5, 1, 2],
  ['B', 'Kari', 2, 5, 3],
  ['C', 'Kari', 3, 3, 5],
];
const CRITERIA: TableSpec = [
  ['Criterion', 'Weight'],
  ['Value', null],
  ['Risk', null],
  ['Cost', null],
];

function run(pairs: TableSpec, language: Language = 'en'): Extract<RunResult, { ok: true }> {
  const result = runEngine(
    workbookTables({
      Municipalities: MUNICIPALITIES,
      Proposals: PROPOSALS,
      Criteria: CRITERIA,
      Scores: SCORES,
      CriteriaPairs: pairs,
      Budget: [
        ['Year', 'Investment'],
        [2026, 100],
      ],
    }),
    { language, today: TODAY, solver: highs, contractJson: true },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

const CONSISTENT: TableSpec = [
  ['CriterionA', 'CriterionB', 'Ratio'],
  ['Value', 'Risk', 2],
  ['Value', 'Cost', 4],
  ['Risk', 'Cost', 2],
];
// Value > Risk > Cost > Value: a circle no weights can honour.
const CIRCULAR: TableSpec = [
  ['CriterionA', 'CriterionB', 'Ratio'],
  ['Value', 'Risk', 5],
  ['Value', 'Cost', '1/5'],
  ['Risk', 'Cost', 5],
];

describe('Contract v1.1 §10–11 in a run', () => {
  it('writes CriteriaWeights: the pairs’ weights, then λmax, CI and CR', () => {
    const result = run(CONSISTENT);
    const table = result.outputs.find((t) => t.name === 'CriteriaWeights');
    expect(table?.rows).toEqual([
      ['Value', 0.5714, 'pairs'],
      ['Risk', 0.2857, 'pairs'],
      ['Cost', 0.1429, 'pairs'],
      ['λmax', 3, null],
      ['CI (consistency index)', 0, null],
      ['CR (consistency ratio)', 0, null],
    ]);
    expect(result.json?.consistencyRatio).toBe(0);
    expect(result.json?.criteriaWeights.map((c) => c.criterion)).toEqual(['Value', 'Risk', 'Cost']);
    expect(result.flags.some((f) => f.code === 'INCONSISTENT_WEIGHTS')).toBe(false);
    expect(result.summary.consistency).toEqual({ cr: 0, inconsistent: false });
  });

  it('flags INCONSISTENT_WEIGHTS at the table, naming the worst judgement, in every language', () => {
    for (const language of LANGUAGES) {
      const result = run(CIRCULAR, language);
      const flags = result.flags.filter((f) => f.code === 'INCONSISTENT_WEIGHTS');
      expect(flags.map((f) => [f.scope, f.subject, f.severity, f.cell])).toEqual([
        ['criterion', 'CriteriaPairs', 'medium', 'CriteriaPairs'],
      ]);
      expect(flags[0]?.message).toMatch(/CriteriaPairs!C\d/);
      expect(result.json?.consistencyRatio).toBeGreaterThan(0.1);
      expect(result.summary.consistency?.inconsistent).toBe(true);
    }
  });

  it('gives every priority RankBest ≤ Rank ≤ RankWorst, in the table and the JSON', () => {
    const result = run(CONSISTENT);
    const table = result.outputs.find((t) => t.name === 'Priorities');
    expect(table?.headers.slice(-2)).toEqual(['Best rank', 'Worst rank']);
    for (const p of result.json?.priorities ?? []) {
      expect(p.rankBest).not.toBeNull();
      expect(p.rankBest ?? 0).toBeLessThanOrEqual(p.rank);
      expect(p.rankWorst ?? 0).toBeGreaterThanOrEqual(p.rank);
    }
    // Some proposal's rank moves within ±20 % here, or the columns would show nothing.
    expect(result.json?.priorities.some((p) => p.rankBest !== p.rankWorst)).toBe(true);
  });

  it('writes the Frontier: proven points whose score never falls', () => {
    const result = run(CONSISTENT);
    const table = result.outputs.find((t) => t.name === 'Frontier');
    expect(table?.rows.map((r) => [r[0], r[1], r[4]])).toEqual([
      [0.25, 25, 0],
      [0.5, 50, 1],
      [0.75, 75, 1],
      [1, 100, 2],
      [1.25, 125, 2],
      [1.5, 150, 3],
      [2, 200, 3],
    ]);
    const scores = result.json?.frontier.map((f) => f.score ?? -1) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(result.json?.frontier.every((f) => f.proven)).toBe(true);
  });
});
