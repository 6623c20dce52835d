import { parseWorkbook, type ParseResult } from '../../../src/engine/parse';
import { parseNumberText, serialToDate } from '../../../src/engine/parse';
import type { ParsedWorkbook } from '../../../src/engine/model';
import { rational } from '../../../src/engine/rational';
import type { Problem } from '../../../src/engine/problem';
import { renderProblem } from '../../../src/i18n/problems';
import { table, tables } from '../../support/tables';

const today = { year: 2026, month: 11, day: 23 };
const parse = (t = tables()): ParseResult => parseWorkbook(t, today);
const ok = (t = tables()): ParsedWorkbook => {
  const result = parse(t);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.workbook;
};
const problems = (t: Parameters<typeof parse>[0]): Problem[] => {
  const result = parse(t);
  if (result.ok) throw new Error('expected problems');
  return [...result.problems];
};
const codesAt = (ps: Problem[]): string[] => ps.map((p) => `${p.code}@${p.cell}`);

describe('Contract §1 finding inputs', () => {
  it('matches headers case-insensitively, ignoring spaces, - _ . and with nb/sv/es aliases', () => {
    const wb = ok(
      tables({
        Municipalities: table(
          'Municipalities',
          ['  kommun ', 'INVÅNARE', 'antall_pc', 'Presupuesto'],
          [['Åmål', 12800, 700, 1000]],
        ),
        Costs: undefined,
      }),
    );
    expect(wb.municipalities[0]).toMatchObject({ name: 'Åmål', population: 12800, pcs: 700 });
    expect(wb.municipalities[0]?.budget).toEqual(rational(1000n));
  });
  it('only Municipalities is required; a missing input turns off what depends on it', () => {
    const wb = ok({ Municipalities: tables().Municipalities });
    expect(wb.costs).toEqual([]);
    expect(wb.budget).toBeNull();
    expect([...wb.present]).toEqual(['Municipalities']);
    expect(codesAt(problems({}))).toEqual(['MISSING_TABLE@Municipalities']);
  });
  it.each([
    ['1 234,50', '1234.5'],
    ['1.234,50', '1234.5'],
    ['kr 1 234', '1234'],
    ['12 %', '0.12'],
    ['1\u00a0234:-', '1234'],
    ['1,234.50', '1234.5'],
    ['1.5', '1.5'],
    ['\u22125', '-5'],
  ])('reads Nordic number text %p exactly', (text, expected) => {
    const [num, frac = ''] = expected.replace('-', '').split('.');
    const den = 10n ** BigInt(frac.length);
    const value = BigInt(`${num}${frac}`) * (expected.startsWith('-') ? -1n : 1n);
    expect(parseNumberText(text)).toEqual(rational(value, den));
  });
  it('treats blank as blank, not 0: a blank Population under a population key is an error', () => {
    const t = tables({
      Municipalities: table(
        'Municipalities',
        ['Kommune', 'Innbyggere'],
        [
          ['A', 10],
          ['B', null],
        ],
      ),
    });
    expect(codesAt(problems(t))).toEqual(['REQUIRED@Municipalities!B3']);
  });
  it('reports Excel error values as errors', () => {
    const t = tables({
      Municipalities: table(
        'Municipalities',
        ['Kommune', 'Innbyggere'],
        [['A', { error: '#REF!' }]],
      ),
    });
    expect(codesAt(problems(t))).toContain('EXCEL_ERROR@Municipalities!B2');
  });
  it('reads booleans in every language and dates as serials, ISO and Nordic', () => {
    const wb = ok(
      tables({
        Proposals: table(
          'Proposals',
          ['ID', 'Tittel', 'Kost/nytte', 'Lovpålagt'],
          [
            ['P1', 'A', 'ja', 'nei'],
            ['P2', 'B', 'x', 'sí'],
            ['P3', 'C', 'nej', 1],
          ],
        ),
        Systems: table(
          'Systems',
          ['System', 'Avtale utløper'],
          [
            ['S1', 46112],
            ['S2', '2026-03-31'],
            ['S3', '31.03.2026'],
          ],
        ),
      }),
    );
    expect(wb.proposals.map((p) => [p.costBenefit, p.mandatory])).toEqual([
      [true, false],
      [true, true],
      [false, true],
    ]);
    expect(wb.systems.map((s) => s.contractExpiry)).toEqual([
      { year: 2026, month: 3, day: 31 },
      { year: 2026, month: 3, day: 31 },
      { year: 2026, month: 3, day: 31 },
    ]);
    expect(serialToDate(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(serialToDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(serialToDate(60)).toBeNull();
  });
});

describe('Contract §2 input tables', () => {
  it('applies defaults: Kind annual, Key population, Basis pcs, Lifetime 5, settings', () => {
    const wb = ok(
      tables({
        Costs: table('Costs', ['Item', 'Amount'], [['X', 10]]),
        Systems: table('Systems', ['System', 'Owner'], [['S', 'IT']]),
        Proposals: table('Proposals', ['ID', 'Title'], [['P1', 'T']]),
      }),
    );
    expect(wb.costs[0]).toMatchObject({
      kind: 'annual',
      key: { text: 'population' },
      participants: null,
    });
    expect(wb.systems[0]?.basis.text).toBe('pcs');
    expect(wb.proposals[0]).toMatchObject({ lifetime: 5, costBenefit: false, mandatory: false });
    expect(wb.settings).toMatchObject({
      currency: 'NOK',
      planningYear: 2026,
      discountRate: 0.04,
      scoreMax: 5,
      contractWarningMonths: 12,
      disagreementThreshold: 1,
      language: null,
    });
    expect(wb.settings.roundTo).toEqual(rational(1n, 100n));
  });
  it('keeps custom numeric columns of Municipalities as keys and ignores text columns', () => {
    const wb = ok(
      tables({
        Municipalities: table(
          'Municipalities',
          ['Kommune', 'Innbyggere', 'Elever', 'Region'],
          [
            ['A', 1, 30, 'Agder'],
            ['B', 2, '12,5', 'Agder'],
          ],
        ),
        Costs: table('Costs', ['Post', 'Beløp', 'Nøkkel'], [['Skole', 100, 'elever']]),
      }),
    );
    expect(wb.municipalities[1]?.customKeys.get('Elever')).toEqual(rational(25n, 2n));
    expect(wb.municipalities[0]?.customKeys.has('Region')).toBe(false);
    expect(wb.costs[0]?.key.terms[0]?.key).toEqual({ kind: 'custom', column: 'Elever' });
  });
  it('reads settings by name in any language, with % and plain rates', () => {
    const wb = ok(
      tables({
        Settings: table(
          'Settings',
          ['Innstilling', 'Verdi'],
          [
            ['Valuta', 'sek'],
            ['RoundTo', 1],
            ['Kalkulasjonsrente', '2,5 %'],
            ['PlanningYear', 2027],
            ['Språk', 'svenska'],
          ],
        ),
      }),
    );
    expect(wb.settings).toMatchObject({
      currency: 'SEK',
      discountRate: 0.025,
      planningYear: 2027,
      language: 'sv',
    });
    expect(wb.settings.roundTo).toEqual(rational(1n));
  });
  it('resolves participants case-insensitively to the names as written', () => {
    const wb = ok(
      tables({
        Costs: table(
          'Costs',
          ['Post', 'Beløp', 'Deltakere'],
          [['X', 1, 'iveland; VENNESLA, Iveland']],
        ),
      }),
    );
    expect(wb.costs[0]?.participants).toEqual(['Iveland', 'Vennesla']);
  });
  it('takes criteria from Scores columns when there is no Criteria table', () => {
    const wb = ok(
      tables({
        Proposals: table('Proposals', ['ID', 'Title'], [['P1', 'T']]),
        Scores: table(
          'Scores',
          ['Tiltak', 'Vurdert av', 'Nytte', 'Risiko'],
          [['p1', 'Ola', 4, null]],
        ),
      }),
    );
    expect(wb.criteria.map((c) => [c.name, c.weight])).toEqual([
      ['Nytte', 1],
      ['Risiko', 1],
    ]);
    expect(wb.scores[0]?.proposal).toBe('P1');
    expect([...(wb.scores[0]?.scores ?? [])]).toEqual([
      ['Nytte', 4],
      ['Risiko', null],
    ]);
  });
});

describe('Contract §3 key expressions', () => {
  const keyOf = (text: string): string =>
    ok(tables({ Costs: table('Costs', ['Post', 'Beløp', 'Nøkkel'], [['X', 1, text]]) })).costs[0]
      ?.key.text ?? '';
  it.each([
    ['innbyggere', 'population'],
    ['Likt', 'equal'],
    ['PC-er', 'pcs'],
    ['20% equal + 80% population', '20% equal + 80% population'],
    ['33,4 % lik + 66,6 % befolkning', '33.4% equal + 66.6% population'],
  ])('%p reads as %p', (text, expected) => {
    expect(keyOf(text)).toBe(expected);
  });
  it.each([
    ['20% equal + 70% population', 'KEY_PERCENT_SUM'],
    ['inhabitants', 'UNKNOWN_KEY'],
    ['20% equal + population', 'BAD_KEY'],
    ['equal +', 'BAD_KEY'],
  ])('%p is an error %p naming the cell', (text, code) => {
    const ps = problems(
      tables({ Costs: table('Costs', ['Post', 'Beløp', 'Nøkkel'], [['X', 1, text]]) }),
    );
    expect(codesAt(ps)).toEqual([`${code}@Costs!C2`]);
  });
  it('a standalone item needs a stand-alone cost for every participant', () => {
    const ps = problems(
      tables({
        Costs: table(
          'Costs',
          ['Post', 'Beløp', 'Nøkkel', 'Deltakere'],
          [['Arkiv', 100, 'frittstående', 'Vennesla, Iveland']],
        ),
        StandAlone: table(
          'StandAlone',
          ['Post', 'Kommune', 'Kostnad'],
          [['Arkiv', 'Vennesla', 80]],
        ),
      }),
    );
    expect(ps.map((p) => [p.code, p.cell, p.params['municipality']])).toEqual([
      ['STANDALONE_MISSING', 'Costs!C2', 'Iveland'],
    ]);
  });
});

describe('Contract §7 errors', () => {
  it('collects every problem at once, each at its cell', () => {
    const ps = problems(
      tables({
        Municipalities: table(
          'Municipalities',
          ['Kommune', 'Innbyggere'],
          [
            ['A', -1],
            ['a', 'mange'],
            [null, 3],
          ],
        ),
        Costs: table(
          'Costs',
          ['Post', 'Beløp', 'Type', 'Deltakere'],
          [['X', 'ti', 'ukentlig', 'Oslo']],
        ),
        Proposals: table(
          'Proposals',
          ['ID', 'Title', 'Avhenger av'],
          [
            ['P1', 'T', 'P2'],
            ['P2', 'T', 'P1'],
            ['P3', 'T', 'P9'],
          ],
        ),
        Budget: table(
          'Budget',
          ['År', 'Investering'],
          [
            [2027, 10],
            [2027, 10],
          ],
        ),
        Settings: table('Settings', ['Setting', 'Value'], [['RoundTo', 0.5]]),
      }),
    );
    expect(codesAt(ps).sort()).toEqual(
      [
        'UNKNOWN_SETTING_VALUE@Settings!B2',
        'NEGATIVE@Municipalities!B2',
        'NOT_A_NUMBER@Municipalities!B3',
        'DUPLICATE@Municipalities!A3',
        'REQUIRED@Municipalities!A4',
        'NOT_A_NUMBER@Costs!B2',
        'UNKNOWN_KIND@Costs!C2',
        'UNKNOWN_MUNICIPALITY@Costs!D2',
        'UNKNOWN_PROPOSAL@Proposals!C4',
        'DEPENDENCY_CYCLE@Proposals!C2',
        'DUPLICATE@Budget!A3',
      ].sort(),
    );
  });
  it('names a missing column as Table[Column]', () => {
    const ps = problems(tables({ Costs: table('Costs', ['Post', 'Nøkkel'], [['X', 'likt']]) }));
    expect(codesAt(ps)).toEqual(['MISSING_COLUMN@Costs[Amount]']);
  });
  it('scores outside 0..ScoreMax and unknown proposals in Scores are errors', () => {
    const ps = problems(
      tables({
        Proposals: table('Proposals', ['ID', 'Title'], [['P1', 'T']]),
        Criteria: table('Criteria', ['Kriterium', 'Vekt'], [['Nytte', 2]]),
        Scores: table(
          'Scores',
          ['Proposal', 'Scorer', 'Nytte'],
          [
            ['P1', 'Ola', 6],
            ['P7', 'Kari', 3],
          ],
        ),
      }),
    );
    expect(codesAt(ps)).toEqual(['OUT_OF_RANGE@Scores!C2', 'UNKNOWN_PROPOSAL@Scores!A3']);
  });
  it('renders each problem in the user’s language, with its values filled in', () => {
    const p = {
      code: 'NOT_A_NUMBER',
      cell: 'Costs!B2',
      params: { column: 'Beløp', found: 'ti' },
    } as const;
    expect(renderProblem(p, 'nb').message).toBe('Beløp skal være et tall, men er «ti».');
    expect(renderProblem(p, 'en').message).toBe('Beløp should be a number, but it is "ti".');
    expect(renderProblem(p, 'sv').message).not.toBe(renderProblem(p, 'es').message);
    const short = renderProblem(
      {
        code: 'BUDGET_SHORT',
        cell: 'Budget!B2',
        params: { year: 2027, amount: 1234.5, budget: 'Investment' },
      },
      'nb',
    );
    expect(short.message).toMatch(/1\s234,50/);
  });
});
