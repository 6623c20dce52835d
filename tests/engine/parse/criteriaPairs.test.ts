/**
 * CriteriaPairs, Excluded and Sensitivity (contract v1.1 §10–11): what is read, what is refused,
 * every problem at its cell and all at once.
 */
import { runEngine } from '../../../src/engine/run';
import { renderProblem } from '../../../src/i18n/problems';
import { LANGUAGES } from '../../../src/i18n/language';
import { rational } from '../../../src/engine/rational';
import { solver } from '../../support/highs';
import { codesAt, parsed, problemsOf, TODAY } from './helpers';
import { MUNICIPALITIES, workbookTables, type TableSpec } from './tableBuilder';

const CRITERIA: TableSpec = [
  ['Kriterium', 'Vekt'],
  ['Gevinst', null],
  ['Risiko', null],
  ['Kost', null],
];
const pairs = (...rows: (readonly (string | number | null)[])[]): TableSpec => [
  ['Kriterium A', 'Kriterium B', 'Forhold'],
  ...rows,
];

describe('Contract v1.1 §10: CriteriaPairs', () => {
  it('reads 3, 1/3 and 0,333 and in-between values; its weights replace a blank Weight', () => {
    const wb = parsed({
      Criteria: CRITERIA,
      CriteriaPairs: pairs(
        ['Gevinst', 'Risiko', 3],
        ['Kost', 'Gevinst', '1/3'],
        ['risiko', 'KOST', '0,5'],
      ),
    });
    const [g, r, k] = wb.criteria.map((c) => c.weight);
    expect((g ?? 0) + (r ?? 0) + (k ?? 0)).toBeCloseTo(1, 12);
    // Gevinst 3× Risiko, 3× Kost; Risiko half as important as Kost: inconsistent, but ordered.
    expect(g).toBeGreaterThan(k ?? 1);
    expect(k).toBeGreaterThan(r ?? 1);
    expect(wb.pairwise?.cr).toBeGreaterThan(0);
  });

  it('refuses every bad cell, all at once, each at its cell', () => {
    const problems = problemsOf({
      Criteria: CRITERIA,
      CriteriaPairs: pairs(
        ['Gevinst', 'Risiko', 10], // above 9
        ['Gevinst', 'Pris', 2], // unknown criterion
        ['Kost', 'Kost', 1], // a criterion with itself
        ['Risiko', 'Gevinst', 2], // the pair of row 2 again, turned round
        ['Risiko', 'Kost', '0,1'], // below 1/9 (0,11 is the lowest accepted)
        ['Kost', 'Gevinst', 'mye'], // not a number
        ['Kost', 'Gevinst', null], // blank ratio, and the same pair again
      ),
    });
    expect(codesAt(problems)).toEqual([
      'OUT_OF_RANGE@CriteriaPairs!C2',
      'UNKNOWN_CRITERION@CriteriaPairs!B3',
      'PAIR_SELF@CriteriaPairs!B4',
      'DUPLICATE@CriteriaPairs!A5',
      'OUT_OF_RANGE@CriteriaPairs!C6',
      'NOT_A_NUMBER@CriteriaPairs!C7',
      'REQUIRED@CriteriaPairs!C8',
      'DUPLICATE@CriteriaPairs!A8',
    ]);
  });

  it('names each pair nobody judged, at the table', () => {
    const problems = problemsOf({
      Criteria: CRITERIA,
      CriteriaPairs: pairs(['Gevinst', 'Risiko', 3]),
    });
    expect(codesAt(problems)).toEqual(['PAIR_MISSING@CriteriaPairs', 'PAIR_MISSING@CriteriaPairs']);
    expect(problems.map((p) => `${p.params.a}/${p.params.b}`)).toEqual([
      'Gevinst/Kost',
      'Risiko/Kost',
    ]);
    for (const language of LANGUAGES) {
      const [first] = problems;
      if (first === undefined) throw new Error('no problem');
      const message = renderProblem(first, language).message;
      expect(message).toContain('Gevinst');
      expect(message).toContain('Kost');
    }
  });

  it('a blank Weight is REQUIRED without CriteriaPairs, as in v1', () => {
    expect(codesAt(problemsOf({ Criteria: CRITERIA }))).toEqual([
      'REQUIRED@Criteria!B2',
      'REQUIRED@Criteria!B3',
      'REQUIRED@Criteria!B4',
    ]);
  });

  it('refuses more than 10 criteria with pairs, at the Criteria table', () => {
    const names = Array.from({ length: 11 }, (_, i) => `K${i + 1}`);
    const problems = problemsOf({
      Criteria: [['Criterion', 'Weight'], ...names.map((n) => [n, 1])],
      CriteriaPairs: pairs(),
    });
    expect(codesAt(problems)).toEqual(['CRITERIA_TOO_MANY@Criteria']);
  });
});

describe('Contract v1.1 §11: Excluded', () => {
  const PROPOSALS: TableSpec = [
    ['ID', 'Tittel', 'Lovpålagt', 'Utelatt'],
    ['T1', 'Felles sak/arkiv', 'ja', 'nei'],
    ['T2', 'Velferdsteknologi', null, 'x'],
    ['T3', 'Skyflytting', 'ja', 'ja'],
  ];

  it('reads Excluded as a boolean (blank = no), and refuses excluded and mandatory together, naming both cells', () => {
    const problems = problemsOf({ Proposals: PROPOSALS });
    expect(codesAt(problems)).toEqual(['EXCLUDED_MANDATORY@Proposals!D4']);
    expect(problems[0]?.params).toEqual({ id: 'T3', mandatory: 'Proposals!C4' });
    const wb = parsed({ Proposals: PROPOSALS.slice(0, 3) as unknown as TableSpec });
    expect(wb.proposals.map((p) => p.excluded)).toEqual([false, true]);
  });

  it('an excluded proposal is scored and ranked, never funded though the budget has room, and raises no NOT_FUNDED', async () => {
    const highs = await solver();
    const result = runEngine(
      workbookTables({
        Municipalities: MUNICIPALITIES,
        Proposals: [
          ['ID', 'Title', 'OneOffCost', 'Excluded', 'CostBenefit', 'Owner'],
          ['A', 'Best', 10, 'yes', 'yes', 'IKT'],
          ['B', 'Second', 10, null, 'yes', 'IKT'],
        ],
        Criteria: [
          ['Criterion', 'Weight'],
          ['Value', 1],
        ],
        Scores: [
          ['Proposal', 'Scorer', 'Value'],
          ['A', 'Kari', 5],
          ['B', 'Kari', 3],
        ],
        Budget: [
          ['Year', 'Investment'],
          [2026, 100],
        ],
      }),
      { language: 'en', today: TODAY, solver: highs, contractJson: true },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.json?.priorities.map((p) => [p.id, p.rank, p.funded])).toEqual([
      ['A', 1, false],
      ['B', 2, true],
    ]);
    expect(result.flags.filter((f) => f.subject === 'A').map((f) => f.code)).toEqual([
      'NEGATIVE_NPV',
    ]);
    expect(result.flags.filter((f) => f.subject === 'B').map((f) => f.code)).toEqual([
      'NEGATIVE_NPV',
    ]);
  });
});

describe('Contract v1.1 §10: the Sensitivity setting', () => {
  const settings = (value: string | number): TableSpec => [
    ['Innstilling', 'Verdi'],
    ['Følsomhet', value],
  ];
  it.each([
    ['20 %', rational(1n, 5n)],
    [0.1, rational(1n, 10n)],
    [5, rational(1n, 20n)],
    ['0 %', rational(0n)],
  ])('reads %p', (value, expected) => {
    expect(parsed({ Settings: settings(value) }).settings.sensitivity).toEqual(expected);
  });
  it('is 20 % by default, and refuses 100 % or more and negatives', () => {
    expect(parsed().settings.sensitivity).toEqual(rational(1n, 5n));
    for (const bad of ['100 %', -0.1, 'mye'])
      expect(codesAt(problemsOf({ Settings: settings(bad) }))).toEqual([
        'UNKNOWN_SETTING_VALUE@Settings!B2',
      ]);
  });
});
