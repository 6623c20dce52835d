/**
 * The funding plan's caps (limits.ts): a hostile Budget or Proposals table ends with one
 * PLAN_TOO_LARGE naming the limit, before any model is built (the solver here throws if asked),
 * and every realistic plan stays well inside them.
 */
import { parseWorkbook } from '../../../src/engine/parse';
import { planFunding } from '../../../src/engine/prioritise';
import {
  MAX_BUDGET_YEARS,
  MAX_DEPENDENCY_CLOSURE,
  MAX_MODEL_TERMS,
  MAX_START_VARIABLES,
  modelTerms,
  planSizeProblem,
} from '../../../src/engine/prioritise/limits';
import { planInstance } from '../../../src/engine/prioritise/instance';
import type { Problem } from '../../../src/engine/problem';
import { runEngine } from '../../../src/engine/run';
import type { MilpSolver } from '../../../src/engine/solver';
import { LANGUAGES } from '../../../src/i18n/language';
import { renderProblem } from '../../../src/i18n/problems';
import { generateWorkbook, SIZES } from '../../bench/generate';
import { workbookTables as benchTables } from '../../bench/sheets';
import { workbookTables, type TableSpec } from '../parse/tableBuilder';
import { workbook, type BudgetSpec, type ProposalSpec } from './builder';

const TODAY = { year: 2026, month: 11, day: 28 } as const;

/** A solver that must not be reached: a cap stops the plan before any model is built. */
const unreachable: MilpSolver = {
  solve: () => {
    throw new Error('the solver was called');
  },
};

const years = (count: number, operating: number | null = null): BudgetSpec[] =>
  Array.from({ length: count }, (_, k) => ({ year: 2026 + k, investment: 1000, operating }));
const proposals = (count: number, extra: (i: number) => Partial<ProposalSpec> = () => ({})) =>
  Array.from({ length: count }, (_, i): ProposalSpec => ({ id: `P${i}`, oneOff: 10, ...extra(i) }));

function problemsOf(
  budget: readonly BudgetSpec[],
  list: readonly ProposalSpec[],
): readonly Problem[] {
  const wb = workbook({ proposals: list, budget });
  const scores = new Map(list.map((p) => [p.id, 1]));
  const outcome = planFunding(wb, scores, unreachable);
  if (outcome.ok) throw new Error('the plan was made');
  return outcome.problems;
}

describe('funding plan caps', () => {
  test('2,000 proposals × 400 budget years: the Budget table has too many years', () => {
    expect(problemsOf(years(400), proposals(2000))).toEqual([
      {
        code: 'PLAN_TOO_LARGE',
        cell: 'Budget',
        params: { limit: 'years', found: 400, max: MAX_BUDGET_YEARS },
      },
    ]);
  });

  test('a hostile Budget table with every year from 1900 to 9999, through the whole run', () => {
    const budget: TableSpec = [
      ['Year', 'Investment'],
      ...Array.from({ length: 8100 }, (_, k) => [1900 + k, 1000]),
    ];
    const result = runEngine(
      workbookTables({
        Municipalities: [
          ['Municipality', 'Population'],
          ['A', 10],
        ],
        Proposals: [
          ['ID', 'Title', 'OneOffCost', 'EarliestYear'],
          ['P1', 'T', 10, 9999],
        ],
        Budget: budget,
      }),
      { language: 'en', today: TODAY, solver: unreachable },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['PLAN_TOO_LARGE@Budget']);
    expect(result.problems[0]?.message).toBe(
      'The funding plan is too large to work out: the number of budget years is 8,100, and at ' +
        'most 50 is allowed. Plan fewer budget years, fewer proposals or shorter DependsOn chains.',
    );
  });

  test('proposals × the years each may start in: start variables, at the Proposals table', () => {
    const [problem] = problemsOf(years(30), proposals(2000));
    expect(problem).toEqual({
      code: 'PLAN_TOO_LARGE',
      cell: 'Proposals',
      params: { limit: 'variables', found: 60_000, max: MAX_START_VARIABLES },
    });
  });

  test('annual costs under Operating grow with years squared: the model size, at Proposals', () => {
    const list = proposals(1000, () => ({ annualCost: 5 }));
    const [problem] = problemsOf(years(45, 500), list);
    expect(problem?.code).toBe('PLAN_TOO_LARGE');
    expect(problem?.cell).toBe('Proposals');
    expect(problem?.params['limit']).toBe('size');
    expect(Number(problem?.params['found'])).toBeGreaterThan(MAX_MODEL_TERMS);
    // The same proposals over 5 years are fine.
    const wb = workbook({ proposals: list, budget: years(5, 500) });
    expect(planSizeProblem(planInstance(wb, wb.budget ?? [], new Map()), wb.proposals)).toBe(null);
  });

  test('a DependsOn chain: the first proposal bringing along too many, at its DependsOn cell', () => {
    const chain = proposals(150, (i) => (i === 0 ? {} : { dependsOn: [`P${i - 1}`] }));
    const [problem] = problemsOf(years(2), chain);
    // P100 brings itself and P0–P99 along: 101.
    expect(problem).toEqual({
      code: 'PLAN_TOO_LARGE',
      cell: 'Proposals!A102',
      params: {
        limit: 'dependencies',
        found: MAX_DEPENDENCY_CLOSURE + 1,
        max: MAX_DEPENDENCY_CLOSURE,
      },
    });
  });

  test('a DependsOn chain 20,000 long neither overflows the stack nor reaches the solver', () => {
    // Each depends on the next: resolving P0's first year walks the whole chain.
    const chain = proposals(20_000, (i) => (i === 19_999 ? {} : { dependsOn: [`P${i + 1}`] }));
    const [problem] = problemsOf(years(1), chain);
    expect(problem).toMatchObject({ cell: 'Proposals!A2', params: { found: 20_000 } });
  });

  test('the message names the limit in every language, on one line', () => {
    const problem: Problem = {
      code: 'PLAN_TOO_LARGE',
      cell: 'Proposals',
      params: { limit: 'size', found: 1_234_567, max: MAX_MODEL_TERMS },
    };
    const messages = LANGUAGES.map((language) => renderProblem(problem, language).message);
    expect(new Set(messages).size).toBe(4);
    for (const message of messages) {
      expect(message).not.toMatch(/[{}\n]/);
      expect(message).toMatch(/1.234.567/u);
    }
    expect(messages[LANGUAGES.indexOf('en')]).toContain('the size of its model in coefficients');
  });

  test('the bench’s national plan (1,000 × 5) is far inside every cap', () => {
    const parsed = parseWorkbook(benchTables(generateWorkbook(SIZES.national)), TODAY);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
    const wb = parsed.workbook;
    const instance = planInstance(wb, wb.budget ?? [], new Map());
    expect(planSizeProblem(instance, wb.proposals)).toBe(null);
    expect(wb.budget?.length ?? 0).toBeLessThanOrEqual(MAX_BUDGET_YEARS / 10);
    expect(modelTerms(instance)).toBeLessThan(MAX_MODEL_TERMS / 10);
  });
});
