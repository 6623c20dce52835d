import { LANGUAGES } from '../../../src/i18n/language';
import { PROBLEM_MESSAGES, PROBLEM_PARAMS, renderProblem } from '../../../src/i18n/problems';
import { PROBLEM_CODES, type Problem } from '../../../src/engine/problem';
import { codesAt, problemsOf } from './helpers';

describe('Contract §7 errors: every problem at once, each at its cell', () => {
  it('reports a bad key at every row that writes it (a key text is parsed once, reported per cell)', () => {
    const problems = problemsOf({
      Costs: [
        ['Post', 'Beløp', 'Nøkkel'],
        ['X', 10, 'tull'],
        ['Y', 20, 'population'],
        ['Z', 30, 'tull'],
      ],
    });
    expect(codesAt(problems)).toEqual(['UNKNOWN_KEY@Costs!C2', 'UNKNOWN_KEY@Costs!C4']);
  });

  it('collects the problems of every table in one pass', () => {
    const problems = problemsOf({
      Municipalities: [
        ['Kommune', 'Innbyggere'],
        ['A', -1],
        ['a', 'mange'],
        [null, 3],
        ['B', { error: '#REF!' }],
      ],
      Costs: [
        ['Post', 'Beløp', 'Type', 'Deltakere', 'Nøkkel'],
        ['X', 'ti', 'ukentlig', 'Oslo', '10% lik'],
      ],
      Systems: [
        ['System', 'Avtale utløper'],
        ['S', 'snart'],
      ],
      Proposals: [
        ['ID', 'Title', 'Avhenger av', 'Lovpålagt'],
        ['P1', 'T', 'P2', 'kanskje'],
        ['P2', 'T', 'P1', null],
        ['P3', 'T', 'P9', null],
      ],
      Budget: [
        ['År', 'Investering'],
        [2027, 10],
        [2027, 10],
      ],
      StandAlone: [
        ['Item', 'Municipality', 'Cost'],
        ['Ukjent', 'B', 1],
      ],
      Settings: [
        ['Setting', 'Value'],
        ['RoundTo', 0.5],
      ],
    });
    expect(codesAt(problems).sort()).toEqual(
      [
        'UNKNOWN_SETTING_VALUE@Settings!B2',
        'NEGATIVE@Municipalities!B2',
        'NOT_A_NUMBER@Municipalities!B3',
        'DUPLICATE@Municipalities!A3',
        'REQUIRED@Municipalities!A4',
        'EXCEL_ERROR@Municipalities!B5',
        'NOT_A_NUMBER@Costs!B2',
        'UNKNOWN_KIND@Costs!C2',
        'UNKNOWN_MUNICIPALITY@Costs!D2',
        'KEY_PERCENT_SUM@Costs!E2',
        'NOT_A_DATE@Systems!B2',
        'NOT_BOOLEAN@Proposals!D2',
        'UNKNOWN_PROPOSAL@Proposals!C4',
        'DEPENDENCY_CYCLE@Proposals!C2',
        'DUPLICATE@Budget!A3',
        'UNKNOWN_ITEM@StandAlone!A2',
      ].sort(),
    );
  });

  it('names the cell of the first occurrence in a DUPLICATE', () => {
    const problems = problemsOf({
      Proposals: [
        ['ID', 'Title'],
        ['P1', 'A'],
        ['P2', 'B'],
        [' p1', 'C'],
      ],
    });
    expect(problems).toEqual([
      {
        code: 'DUPLICATE',
        cell: 'Proposals!A4',
        params: { column: 'ID', found: 'p1', first: 'Proposals!A2' },
      },
    ]);
  });
});

describe('Contract §7 errors: messages in the user’s language', () => {
  const placeholders = (template: string): string[] =>
    [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

  it('has a message for every code in nb, sv, en and es using exactly the code’s params', () => {
    for (const language of LANGUAGES) {
      for (const code of PROBLEM_CODES) {
        const template = PROBLEM_MESSAGES[language][code];
        expect([language, code, placeholders(template)]).toEqual([
          language,
          code,
          [...new Set(PROBLEM_PARAMS[code])].sort(),
        ]);
      }
    }
  });

  it('says what was expected and what was found, differently in each language', () => {
    const p: Problem = {
      code: 'NOT_A_NUMBER',
      cell: 'Costs!B2',
      params: { column: 'Beløp', found: 'ti' },
    };
    expect(renderProblem(p, 'nb').message).toBe('Beløp skal være et tall, men er «ti».');
    expect(renderProblem(p, 'en').message).toBe('Beløp should be a number, but it is "ti".');
    expect(renderProblem(p, 'sv').message).toBe('Beløp ska vara ett tal, men är ”ti”.');
    expect(renderProblem(p, 'es').message).toBe('Beløp debe ser un número, pero es «ti».');
    expect(renderProblem(p, 'nb')).toMatchObject({ code: 'NOT_A_NUMBER', cell: 'Costs!B2' });
  });

  it('fills every placeholder of every message for the problems the parser raises', () => {
    const problems = problemsOf({
      Municipalities: [
        ['Kommune', 'Innbyggere', 'Folketall'],
        ['A', null, null],
      ],
      Costs: [
        ['Post', 'Type', 'Nøkkel'],
        ['X', 'ukentlig', '10% lik'],
      ],
      Proposals: [
        ['ID', 'Title', 'DependsOn'],
        ['P1', 'T', 'P1'],
      ],
    });
    for (const language of LANGUAGES) {
      for (const p of problems) expect(renderProblem(p, language).message).not.toMatch(/\{\w+\}/);
    }
  });

  it('writes a BUDGET_SHORT amount the language’s way and names the budget', () => {
    const short: Problem = {
      code: 'BUDGET_SHORT',
      cell: 'Budget!B2',
      params: { year: 2027, amount: 1234.5, budget: 'Investment' },
    };
    expect(renderProblem(short, 'nb').message).toMatch(
      /investeringsbudsjettet for 2027 mangler 1\s234,50\./,
    );
    expect(renderProblem(short, 'en').message).toMatch(
      /the investment budget for 2027 is 1,234\.50 short/,
    );
    expect(
      renderProblem({ ...short, params: { ...short.params, budget: 'Operating' } }, 'sv').message,
    ).toMatch(/driftbudgeten för 2027 saknar 1\s234,50/);
  });

  it('names a missing column by the header of the user’s language and the contract’s name', () => {
    const missing: Problem = {
      code: 'MISSING_COLUMN',
      cell: 'Costs[Amount]',
      params: { table: 'Costs', column: 'Amount' },
    };
    expect(renderProblem(missing, 'nb').message).toBe(
      'Tabellen Costs har ingen kolonne Beløp (Amount); den er påkrevd.',
    );
    expect(renderProblem(missing, 'en').message).toBe(
      'The Costs table has no Amount column; it is required.',
    );
  });

  it('says which item needs a blank key value', () => {
    const p: Problem = {
      code: 'REQUIRED',
      cell: 'Municipalities!B3',
      params: { column: 'Innbyggere', item: 'Felles' },
    };
    expect(renderProblem(p, 'nb').message).toBe(
      'Innbyggere må fylles ut her fordi nøkkelen til «Felles» bruker den, men cellen er tom.',
    );
    expect(renderProblem({ ...p, params: { column: 'Innbyggere' } }, 'nb').message).toBe(
      'Innbyggere må fylles ut her, men cellen er tom.',
    );
  });
});
