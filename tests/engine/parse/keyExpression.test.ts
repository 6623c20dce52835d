import { isKeyError, parseKeyExpression } from '../../../src/engine/parse/keyExpression';
import { rational } from '../../../src/engine/rational';
import { codesAt, parsed, problemsOf } from './helpers';

const keyText = (text: string, custom: readonly string[] = []): string => {
  const key = parseKeyExpression(text, custom);
  return isKeyError(key) ? key.code : key.text;
};

describe('Contract §3 key expressions', () => {
  it.each([
    ['population', 'population'],
    ['Innbyggere', 'population'],
    ['befolkning', 'population'],
    ['invånare', 'population'],
    ['Población', 'population'],
    ['equal', 'equal'],
    ['lik', 'equal'],
    ['Likt', 'equal'],
    ['lika', 'equal'],
    ['igual', 'equal'],
    ['PCs', 'pcs'],
    ['pc', 'pcs'],
    ['PC-er', 'pcs'],
    ['datorer', 'pcs'],
    ['standalone', 'standalone'],
    ['frittstående', 'standalone'],
    ['Fristående', 'standalone'],
  ])('reads the single key %p as %p, one term of fraction 1', (text, expected) => {
    const key = parseKeyExpression(text, []);
    expect(key).toEqual({
      terms: [{ fraction: rational(1n), key: { kind: expected } }],
      text: expected,
    });
  });

  it('reads a custom column of Municipalities by its header, matched like headers', () => {
    expect(parseKeyExpression('antall elever', ['Antall_Elever'])).toEqual({
      terms: [{ fraction: rational(1n), key: { kind: 'custom', column: 'Antall_Elever' } }],
      text: 'Antall_Elever',
    });
  });

  it('reads a mix into exact fractions with canonical English text', () => {
    expect(parseKeyExpression('20% equal + 80% population', [])).toEqual({
      terms: [
        { fraction: rational(1n, 5n), key: { kind: 'equal' } },
        { fraction: rational(4n, 5n), key: { kind: 'population' } },
      ],
      text: '20% equal + 80% population',
    });
  });

  it.each([
    ['20 % Likt + 80 % INNBYGGERE', '20% equal + 80% population'],
    ['33,3% lik + 33.3% pc + 33,4 % befolkning', '33.3% equal + 33.3% pcs + 33.4% population'],
    ['50%Elever+50%standalone', '50% Elever + 50% standalone'],
    ['100% pcs', '100% pcs'],
  ])('reads %p as %p', (text, expected) => {
    expect(keyText(text, ['Elever'])).toBe(expected);
  });

  it.each([
    ['20% equal + 70% population', 'KEY_PERCENT_SUM'],
    ['60% equal + 60% population', 'KEY_PERCENT_SUM'],
    ['33,3% equal + 66,6% population', 'KEY_PERCENT_SUM'],
    ['20% equal', 'KEY_PERCENT_SUM'],
    ['inhabitants', 'UNKNOWN_KEY'],
    ['20% equal + 80% inhabitants', 'UNKNOWN_KEY'],
    ['20% equal + population', 'BAD_KEY'],
    ['equal + population', 'BAD_KEY'],
    ['equal +', 'BAD_KEY'],
    ['-20% equal + 120% population', 'BAD_KEY'],
    ['equal 20%', 'BAD_KEY'],
  ])('%p is %p', (text, code) => {
    expect(keyText(text)).toBe(code);
  });

  it('reports a key problem at the Key cell, naming the column and what it found', () => {
    const problems = problemsOf({
      Costs: [
        ['Post', 'Beløp', 'Nøkkel'],
        ['A', 1, '20% likt + 70% innbyggere'],
        ['B', 1, 'innbyggertall'],
        ['C', 1, '20% likt + innbyggere'],
      ],
      Systems: [
        ['System', 'Grunnlag'],
        ['S', '50% lik + 50% brukere'],
      ],
    });
    expect(problems).toEqual([
      {
        code: 'KEY_PERCENT_SUM',
        cell: 'Costs!C2',
        params: { column: 'Nøkkel', found: '20% likt + 70% innbyggere', total: '90' },
      },
      {
        code: 'UNKNOWN_KEY',
        cell: 'Costs!C3',
        params: { column: 'Nøkkel', found: 'innbyggertall' },
      },
      {
        code: 'BAD_KEY',
        cell: 'Costs!C4',
        params: { column: 'Nøkkel', found: '20% likt + innbyggere' },
      },
      { code: 'UNKNOWN_KEY', cell: 'Systems!B2', params: { column: 'Grunnlag', found: 'brukere' } },
    ]);
  });

  it('uses population for a blank Key (Costs, Proposals) and pcs for a blank Basis (Systems)', () => {
    const wb = parsed({
      Costs: [
        ['Item', 'Amount', 'Key'],
        ['X', 1, null],
      ],
      Systems: [
        ['System', 'Basis', 'LicenceCost'],
        ['S', '  ', 10],
      ],
      Proposals: [
        ['ID', 'Title', 'Key'],
        ['P1', 'T', null],
      ],
    });
    expect([wb.costs[0]?.key.text, wb.systems[0]?.basis.text, wb.proposals[0]?.key.text]).toEqual([
      'population',
      'pcs',
      'population',
    ]);
  });
});

describe('Contract §3 key expressions: the data a key needs', () => {
  it('a blank population of a participant is REQUIRED at its cell, naming the item', () => {
    const problems = problemsOf({
      Municipalities: [
        ['Kommune', 'Innbyggere', 'PC'],
        ['A', 10, 1],
        ['B', null, 1],
        ['C', null, null],
      ],
      Costs: [
        ['Item', 'Amount', 'Participants'],
        ['Felles', 100, 'A, B'],
      ],
    });
    expect(problems).toEqual([
      {
        code: 'REQUIRED',
        cell: 'Municipalities!B3',
        params: { column: 'Innbyggere', item: 'Felles' },
      },
    ]);
  });

  it('reports each blank cell once however many items need it', () => {
    const problems = problemsOf({
      Municipalities: [
        ['Kommune', 'Innbyggere', 'PC'],
        ['A', 10, null],
        ['B', 5, 3],
      ],
      Costs: [
        ['Item', 'Amount', 'Key'],
        ['X', 1, 'pcs'],
        ['Y', 1, '50% pcs + 50% equal'],
      ],
      Systems: [
        ['System', 'LicenceCost'],
        ['S', 100],
      ],
    });
    expect(codesAt(problems)).toEqual(['REQUIRED@Municipalities!C2']);
  });

  it('needs no key data where there is nothing to split, or for a 0 % term', () => {
    const wb = parsed({
      Municipalities: [
        ['Kommune', 'Innbyggere'],
        ['A', null],
        ['B', null],
      ],
      Costs: [
        ['Item', 'Amount', 'Key'],
        ['X', 0, 'population'],
        ['Y', 5, '0% population + 100% equal'],
      ],
      Systems: [
        ['System', 'LicenceCost'],
        ['S', null],
      ],
      Proposals: [
        ['ID', 'Title'],
        ['P1', 'T'],
      ],
    });
    expect(wb.costs).toHaveLength(2);
  });

  it('a key on a column Municipalities does not have is MISSING_COLUMN', () => {
    const problems = problemsOf({
      Municipalities: [
        ['Kommune', 'Innbyggere'],
        ['A', 1],
      ],
      Systems: [
        ['System', 'LicenceCost'],
        ['S', 100],
        ['T', 50],
      ],
    });
    expect(codesAt(problems)).toEqual(['MISSING_COLUMN@Municipalities[PCs]']);
  });

  it('checks a custom key column when a key uses it: blank, negative and text cells', () => {
    const problems = problemsOf({
      Municipalities: [
        ['Kommune', 'Elever', 'Region'],
        ['A', 10, 'Agder'],
        ['B', -2, 3],
        ['C', null, 'Agder'],
      ],
      Costs: [
        ['Item', 'Amount', 'Key'],
        ['Skole', 100, 'elever'],
        ['Vei', 10, 'region'],
      ],
    });
    expect(problems).toEqual([
      { code: 'NEGATIVE', cell: 'Municipalities!B3', params: { column: 'Elever', found: '-2' } },
      {
        code: 'NOT_A_NUMBER',
        cell: 'Municipalities!C2',
        params: { column: 'Region', found: 'Agder' },
      },
      {
        code: 'NOT_A_NUMBER',
        cell: 'Municipalities!C4',
        params: { column: 'Region', found: 'Agder' },
      },
      { code: 'REQUIRED', cell: 'Municipalities!B4', params: { column: 'Elever', item: 'Skole' } },
    ]);
  });

  it('a standalone item needs a StandAlone cost for every participant, reported at its Key cell', () => {
    const problems = problemsOf({
      Costs: [
        ['Post', 'Beløp', 'Nøkkel', 'Deltakere'],
        ['Arkiv', 100, 'frittstående', 'Vennesla, Iveland'],
      ],
      Proposals: [
        ['ID', 'Title', 'OneOffCost', 'Key'],
        ['P1', 'T', 10, '50% standalone + 50% equal'],
      ],
      StandAlone: [
        ['Item', 'Municipality', 'Cost'],
        ['arkiv', 'vennesla', 80],
        ['P1', 'Iveland', 5],
      ],
    });
    expect(problems.map((p) => [p.code, p.cell, p.params])).toEqual([
      ['STANDALONE_MISSING', 'Costs!C2', { item: 'Arkiv', municipality: 'Iveland' }],
      ['STANDALONE_MISSING', 'Proposals!D2', { item: 'P1', municipality: 'Kristiansand' }],
      ['STANDALONE_MISSING', 'Proposals!D2', { item: 'P1', municipality: 'Vennesla' }],
    ]);
  });
});
