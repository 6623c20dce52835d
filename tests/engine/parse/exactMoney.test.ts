/**
 * Exact or refused (issue 10 item 6): money that cannot be split and shown exactly — more than 15
 * digits in units of RoundTo, 2^53 units and beyond, 1e308, 20 significant digits — is
 * OUT_OF_RANGE at its cell; amounts whose sum no total can show exactly are TOTAL_TOO_LARGE at
 * their table. What is accepted splits exactly, øre for øre, in what the run shows.
 */
import fc from 'fast-check';
import { LANGUAGES } from '../../../src/i18n/language';
import { renderProblem } from '../../../src/i18n/problems';
import { fromDecimalString, type Rational } from '../../../src/engine/rational';
import { runEngine } from '../../../src/engine/run';
import type { CellValue } from '../../../src/engine/table';
import { codesAt, parse, parsed, problemsOf, TODAY } from './helpers';
import { workbookTables, type TableSpec } from './tableBuilder';

const MUNICIPALITIES: TableSpec = [
  ['Municipality', 'Population'],
  ['Aby', 1000],
  ['Bby', 2000],
  ['Cby', 4000],
];
const roundTo = (value: string): TableSpec => [
  ['Setting', 'Value'],
  ['RoundTo', value],
];
const costs = (...amounts: CellValue[]): TableSpec => [
  ['Item', 'Amount'],
  ...amounts.map((amount, i) => [`Item ${i + 1}`, amount]),
];

/** The problems of one Costs amount (none when accepted), as `CODE@cell`. */
function verdict(amount: CellValue, unit = '0.01'): string[] {
  const result = parse({ Costs: costs(amount), Settings: roundTo(unit) });
  return result.ok ? [] : codesAt(result.problems);
}

describe('Exact or refused: one amount', () => {
  test('15 digits in units of 0.01 are accepted, 16 are OUT_OF_RANGE at the cell', () => {
    expect(verdict(9_999_999_999_999.99)).toEqual([]);
    expect(verdict('9 999 999 999 999,99')).toEqual([]);
    expect(verdict('1 234 567 890 123,45')).toEqual([]);
    expect(verdict('12 345 678 901 234,56')).toEqual(['OUT_OF_RANGE@Costs!B2']);
    expect(verdict(10_000_000_000_000)).toEqual(['OUT_OF_RANGE@Costs!B2']);
  });

  test('with RoundTo 1 the limit is 15 digits of whole kroner', () => {
    expect(verdict(999_999_999_999_999, '1')).toEqual([]);
    expect(verdict('999 999 999 999 999', '1')).toEqual([]);
    expect(verdict('1 000 000 000 000 000', '1')).toEqual(['OUT_OF_RANGE@Costs!B2']);
    expect(verdict('1 234 567 890 123 456', '1')).toEqual(['OUT_OF_RANGE@Costs!B2']);
  });

  test('2^53 units of 0.01 and of 1 are refused, and so are 1e308 and 20 significant digits', () => {
    expect(verdict('90 071 992 547 409,92')).toEqual(['OUT_OF_RANGE@Costs!B2']);
    expect(verdict(2 ** 53, '1')).toEqual(['OUT_OF_RANGE@Costs!B2']);
    expect(verdict(1e308)).toEqual(['OUT_OF_RANGE@Costs!B2']);
    expect(verdict(1e308, '1')).toEqual(['OUT_OF_RANGE@Costs!B2']);
    expect(verdict('12345678901234567890')).toEqual(['OUT_OF_RANGE@Costs!B2']);
    expect(verdict('12 345 678 901 234 567 890,12')).toEqual(['OUT_OF_RANGE@Costs!B2']);
  });

  test('digits below RoundTo are rounded away, not counted: formula results stay usable', () => {
    // =1000/3 in Excel: 333.3333333333333 (16 significant digits), 333.33 once rounded.
    expect(verdict(1000 / 3)).toEqual([]);
    expect(verdict(0.1 + 0.2)).toEqual([]);
    expect(verdict('1 234,567890123456789')).toEqual([]);
    // Rounded half away from zero to 10^15 units: one more than 15 digits.
    expect(verdict('9 999 999 999 999,995')).toEqual(['OUT_OF_RANGE@Costs!B2']);
  });

  test('every money column is checked, and every problem is reported at once', () => {
    const huge = 1e20;
    const problems = problemsOf({
      Settings: roundTo('0.01'),
      Municipalities: [
        ['Municipality', 'Population', 'Budget'],
        ['Aby', 1000, huge],
      ],
      Costs: costs(huge),
      Systems: [
        ['System', 'LicenceCost'],
        ['Sys', huge],
      ],
      Proposals: [
        ['ID', 'Title', 'OneOffCost', 'AnnualCost', 'AnnualBenefit'],
        ['P1', 'T', huge, huge, huge],
      ],
      Budget: [
        ['Year', 'Investment', 'Operating'],
        [2026, huge, huge],
      ],
      StandAlone: [
        ['Item', 'Municipality', 'Cost'],
        ['Item 1', 'Aby', huge],
      ],
    });
    expect(codesAt(problems).sort()).toEqual(
      [
        'Budget!B2',
        'Budget!C2',
        'Costs!B2',
        'Municipalities!C2',
        'Proposals!C2',
        'Proposals!D2',
        'Proposals!E2',
        'StandAlone!C2',
        'Systems!B2',
      ].map((cell) => `OUT_OF_RANGE@${cell}`),
    );
  });

  test('the message says what the limit is, in every language', () => {
    const [problem] = problemsOf({ Costs: costs('12 345 678 901 234,56') });
    expect(problem?.params).toEqual({
      column: 'Amount',
      found: '12 345 678 901 234,56',
      min: 0,
      max: 9_999_999_999_999.99,
      digits: 15,
    });
    if (problem === undefined) return;
    expect(renderProblem(problem, 'en').message).toBe(
      'Amount should be at most 9,999,999,999,999.99, but it is "12 345 678 901 234,56": ' +
        'Samkost splits amounts of up to 15 digits (in units of RoundTo) exactly, and no larger.',
    );
    expect(renderProblem(problem, 'nb').message).toMatch(/^Amount skal være høyst 9\s999\s999/);
    const messages = LANGUAGES.map((language) => renderProblem(problem, language).message);
    expect(new Set(messages).size).toBe(LANGUAGES.length);
    for (const message of messages) {
      expect(message).toContain('15');
      expect(message).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('Exact or refused: totals', () => {
  test('amounts that fit one by one but not in one total: TOTAL_TOO_LARGE at the table', () => {
    const problems = problemsOf({ Costs: costs(6_000_000_000_000, 5_000_000_000_000) });
    expect(problems).toEqual([
      {
        code: 'TOTAL_TOO_LARGE',
        cell: 'Costs',
        params: { tables: 'Costs', total: 11_000_000_000_000, max: 9_999_999_999_999.99 },
      },
    ]);
    const en = renderProblem(
      problems[0] ?? { code: 'EMPTY_TABLE', cell: '', params: {} },
      'en',
    ).message;
    expect(en).toBe(
      'The amounts in Costs add up to 11,000,000,000,000.00, but a total can be at most ' +
        '9,999,999,999,999.99 to be split and shown exactly (15 digits).',
    );
  });

  test('a total across tables names each table, at the one holding the most', () => {
    const problems = problemsOf({
      Costs: costs(4_000_000_000_000),
      Systems: [
        ['System', 'LicenceCost'],
        ['Sys', 1],
      ],
      Proposals: [
        ['ID', 'Title', 'OneOffCost', 'AnnualCost'],
        ['P1', 'T', 3_000_000_000_000, 3_000_000_000_000],
      ],
    });
    expect(codesAt(problems)).toEqual(['TOTAL_TOO_LARGE@Proposals']);
    expect(problems[0]?.params['tables']).toBe('Costs, Systems, Proposals');
  });

  test('stand-alone costs add up in a municipality’s cost of going alone: checked too', () => {
    const problems = problemsOf({
      Municipalities: MUNICIPALITIES,
      Costs: costs(1, 2),
      StandAlone: [
        ['Item', 'Municipality', 'Cost'],
        ['Item 1', 'Aby', 6_000_000_000_000],
        ['Item 2', 'Aby', 6_000_000_000_000],
      ],
    });
    expect(codesAt(problems)).toEqual(['TOTAL_TOO_LARGE@StandAlone']);
  });

  test('a total right at the limit is accepted', () => {
    expect(parsed({ Costs: costs(4_999_999_999_999.99, 5_000_000_000_000) }).costs).toHaveLength(2);
  });
});

/** The exact decimal a shown number stands for (its shortest text, as Excel and JSON read it). */
const shownValue = (value: unknown): Rational => {
  const exact = typeof value === 'number' ? fromDecimalString(String(value)) : null;
  if (exact === null) throw new Error(`not a number: ${String(value)}`);
  return exact;
};

describe('Exact or refused: what is accepted splits exactly, as shown', () => {
  test('any accepted amounts: every shown share is exact and the shares add up to the amount', () => {
    const unitArb = fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }),
      fc.bigInt({ min: 10n ** 14n, max: 10n ** 15n - 1n }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('0.01', '1'),
        fc.array(unitArb, { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 6 }),
        (unit, units, populations) => {
          const cents = unit === '0.01';
          // Keep the total within the limit too: scale the amounts down when they overflow it.
          const sum = units.reduce((a, b) => a + b, 0n);
          const scaled = sum > 10n ** 15n - 1n ? units.map((u) => u / BigInt(units.length)) : units;
          const text = (u: bigint): string =>
            cents ? `${u / 100n},${String(u % 100n).padStart(2, '0')}` : String(u);
          const result = runEngine(
            workbookTables({
              Settings: roundTo(unit),
              Municipalities: [
                ['Municipality', 'Population'],
                ...populations.map((p, i) => [`M${i}`, p + (i === 0 ? 1 : 0)]),
              ],
              Costs: costs(...scaled.map(text)),
            }),
            { language: 'en', today: TODAY, solver: null },
          );
          if (!result.ok) throw new Error(JSON.stringify(result.problems));
          const allocation = result.outputs.find((t) => t.name === 'Allocation');
          const scale = cents ? 100n : 1n;
          scaled.forEach((amount, row) => {
            const cells = allocation?.rows[row] ?? [];
            const shownAmount = shownValue(cells[5]);
            expect(shownAmount.num * scale).toBe(amount * shownAmount.den);
            let shares = 0n;
            for (const cell of cells.slice(6)) {
              const share = shownValue(cell);
              // Whole units of RoundTo, exactly: the number shown is the decimal meant.
              expect((share.num * scale) % share.den).toBe(0n);
              shares += (share.num * scale) / share.den;
            }
            expect(shares).toBe(amount);
          });
          // The total row of annual amounts (every Costs row here), under the table: exact too.
          const totalRow = allocation?.footer?.rows[1] ?? [];
          const total = shownValue(totalRow[5]);
          expect(total.num * scale).toBe(scaled.reduce((a, b) => a + b, 0n) * total.den);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Exact or refused: beyond the limit, always refused', () => {
  test('any amount of more than 15 digits of units is OUT_OF_RANGE', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('0.01', '1'),
        fc.bigInt({ min: 10n ** 15n, max: 10n ** 30n }),
        (unit, units) => {
          const text =
            unit === '0.01'
              ? `${units / 100n},${String(units % 100n).padStart(2, '0')}`
              : String(units);
          expect(verdict(text, unit)).toEqual(['OUT_OF_RANGE@Costs!B2']);
        },
      ),
      { numRuns: 200 },
    );
  });
});
