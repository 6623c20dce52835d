/**
 * The explanation's and the statement's strings: every key in every language, none blank, the
 * same placeholders as English (a missing one would drop a number from what a member is sent).
 */
import { EXPLAIN_TEXT, formatDecimal, formatQuotient } from '../../src/i18n/explain';
import type { Catalogue } from '../../src/i18n/language';
import { LANGUAGES } from '../../src/i18n/language';
import { STATEMENT_TEXT } from '../../src/i18n/statement';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe.each([
  ['explain', EXPLAIN_TEXT as Catalogue<string>],
  ['statement', STATEMENT_TEXT as Catalogue<string>],
])('the %s strings', (_, catalogue) => {
  const keys = Object.keys(catalogue.en);

  it.each(LANGUAGES)('%s has every key, none blank, with English’s placeholders', (language) => {
    const strings = catalogue[language];
    expect(Object.keys(strings).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const text = strings[key] ?? '';
      expect(text.trim()).not.toBe('');
      expect([key, placeholders(text)]).toEqual([key, placeholders(catalogue.en[key] ?? '')]);
    }
  });
});

describe('exact numbers in words', () => {
  it('writes a quotient as its floor and its part over the weights, grouped per language', () => {
    expect(formatQuotient(1_546_994n, 35_722n, 120_787n, 'en')).toBe('1,546,994 + 35,722/120,787');
    expect(formatQuotient(7n, 0n, 9n, 'en')).toBe('7');
  });

  it('rounds a rational half up to the decimals asked, beyond what a float holds too', () => {
    expect(formatDecimal({ num: 2n, den: 3n }, 'en', 4)).toBe('0.6667');
    expect(formatDecimal({ num: 1n, den: 8n }, 'nb', 2)).toBe('0,13');
    expect(formatDecimal({ num: 10n ** 30n + 1n, den: 2n }, 'en', 1)).toBe(
      '500000000000000000000000000000.5',
    );
    expect(formatDecimal({ num: 10n ** 30n + 1n, den: 2n }, 'sv', 1)).toBe(
      '500000000000000000000000000000,5',
    );
  });
});
