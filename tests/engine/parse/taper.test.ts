/** Tapered keys and the shapley word in key expressions (contract v1.1 §§9, 12). */
import { isKeyError, parseKeyExpression } from '../../../src/engine/parse/keyExpression';
import { rational } from '../../../src/engine/rational';
import { codesAt, parsed, problemsOf } from './helpers';

const keyText = (text: string, custom: readonly string[] = []): string => {
  const key = parseKeyExpression(text, custom);
  return isKeyError(key) ? key.code : key.text;
};

describe('Contract v1.1 §9 tapered keys: reading', () => {
  it.each([
    ['taper(population; 150000; 50%)', 'taper(population; 150000; 50%)'],
    ['avtrapp(innbyggere; 150 000; 50 %)', 'taper(population; 150000; 50%)'],
    ['Avtrappa(invånare; 150000; 50)', 'taper(population; 150000; 50%)'],
    ['escalonar(población, 150000, 50%)', 'taper(population; 150000; 50%)'],
    ['TAPER ( pcs ; 1000,5 ; 12,5% )', 'taper(pcs; 1000.5; 12.5%)'],
    ['taper(Elever; 0; 100)', 'taper(Elever; 0; 100%)'],
    ['taper(population; 5; 0%)', 'taper(population; 5; 0%)'],
  ])('reads %p as %p', (text, expected) => {
    expect(keyText(text, ['Elever'])).toBe(expected);
  });

  it('reads T and P exactly: decimals stay rationals, P without % is a percentage', () => {
    expect(parseKeyExpression('taper(population; 1000,25; 33,5)', [])).toEqual({
      terms: [
        {
          fraction: rational(1n),
          key: {
            kind: 'taper',
            base: { kind: 'population' },
            threshold: rational(4001n, 4n),
            rate: rational(67n, 200n),
          },
        },
      ],
      text: 'taper(population; 1000.25; 33.5%)',
    });
  });

  it('stands in a mix', () => {
    expect(keyText('20% equal + 80% taper(population; 150000; 50%)')).toBe(
      '20% equal + 80% taper(population; 150000; 50%)',
    );
    expect(keyText('20% lik + 80% avtrapp(innbyggere, 150000, 50)')).toBe(
      '20% equal + 80% taper(population; 150000; 50%)',
    );
  });

  it.each([
    ['taper(population; -1; 50%)', 'BAD_TAPER'], // T < 0
    ['taper(population; 150000; 101%)', 'BAD_TAPER'], // P > 100
    ['taper(population; 150000; -5)', 'BAD_TAPER'], // P < 0
    ['taper(population; 150000)', 'BAD_TAPER'], // two arguments
    ['taper(population; 1; 2; 3)', 'BAD_TAPER'], // four
    ['taper(equal; 1; 50%)', 'BAD_TAPER'], // equal has nothing to taper
    ['taper(standalone; 1; 50%)', 'BAD_TAPER'],
    ['taper(shapley; 1; 50%)', 'BAD_TAPER'],
    ['taper(taper(population; 1; 50%); 1; 50%)', 'BAD_TAPER'], // nested
    ['taper(population; many; 50%)', 'BAD_TAPER'],
    ['taper(population; 10%; 50%)', 'BAD_TAPER'], // T is no percentage
    ['taper(elevtall; 1; 50%)', 'UNKNOWN_KEY'],
    ['20% equal + 80% taper(population; 1; 500%)', 'BAD_TAPER'],
  ])('refuses %p with %p', (text, code) => {
    expect(keyText(text, ['Elever'])).toBe(code);
  });

  it('reads shapley as a single key, alone or in a mix', () => {
    expect(keyText('Shapley')).toBe('shapley');
    expect(keyText('50% shapley + 50% equal')).toBe('50% shapley + 50% equal');
  });
});

describe('Contract v1.1 §9 tapered keys: problems in a workbook, cell-addressed and all at once', () => {
  it('names each bad taper cell, and the blank population a taper needs', () => {
    const problems = problemsOf({
      Municipalities: [
        ['Kommune', 'Innbyggere', 'Elever'],
        ['Arendal', 45000, 5000],
        ['Grimstad', null, 3000],
      ],
      Costs: [
        ['Post', 'Beløp', 'Nøkkel'],
        ['Drift', 1000, 'avtrapp(innbyggere; -10; 50 %)'],
        ['Lisens', 1000, 'avtrapp(innbyggere; 10; 150 %)'],
        ['Skole', 1000, 'avtrapp(elevtall; 10; 50 %)'],
        ['Plattform', 1000, 'avtrapp(innbyggere; 150000; 50 %)'],
      ],
    });
    expect(codesAt(problems)).toEqual([
      'BAD_TAPER@Costs!C2',
      'BAD_TAPER@Costs!C3',
      'UNKNOWN_KEY@Costs!C4',
      'REQUIRED@Municipalities!B3',
    ]);
    expect(problems[0]?.params).toEqual({
      column: 'Nøkkel',
      found: 'avtrapp(innbyggere; -10; 50 %)',
    });
  });

  it('checks the custom column a taper uses as any key column', () => {
    const problems = problemsOf({
      Municipalities: [
        ['Kommune', 'Innbyggere', 'Elever'],
        ['Arendal', 45000, -5],
        ['Grimstad', 20000, 3000],
      ],
      Costs: [
        ['Post', 'Beløp', 'Nøkkel'],
        ['Skole', 1000, 'avtrapp(Elever; 1000; 50)'],
      ],
    });
    expect(codesAt(problems)).toEqual(['NEGATIVE@Municipalities!C2']);
  });

  it('parses the Danish KOMBIT key on a Costs row', () => {
    const wb = parsed({
      Costs: [
        ['Post', 'Beløp', 'Nøkkel'],
        ['KOMBIT', 1000, 'taper(population; 150000; 50%)'],
      ],
    });
    expect(wb.costs[0]?.key.text).toBe('taper(population; 150000; 50%)');
  });
});
