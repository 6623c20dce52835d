/**
 * The frontier's, weights' and "if we left" strings, and the pairwise editor's: every key in
 * every language, none blank, the same placeholders as English (a missing one would drop a
 * figure from what the council reads).
 */
import { CHOICES_TEXT } from '../../src/i18n/choices';
import { LANGUAGES } from '../../src/i18n/language';
import { PAIRWISE_TEXT } from '../../src/i18n/pairwise';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

const CATALOGUES = { choices: CHOICES_TEXT, pairwise: PAIRWISE_TEXT };

describe.each(Object.entries(CATALOGUES))('%s', (_, catalogue) => {
  it.each(LANGUAGES)('%s has every key, none blank, with English’s placeholders', (language) => {
    const strings: Readonly<Record<string, string>> = catalogue[language];
    const english: Readonly<Record<string, string>> = catalogue.en;
    expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(strings)) {
      expect(text.trim()).not.toBe('');
      expect([key, placeholders(text)]).toEqual([key, placeholders(english[key] ?? '')]);
    }
  });
});

it('words every step of Saaty’s scale above equal', () => {
  const english: Readonly<Record<string, string>> = PAIRWISE_TEXT.en;
  for (let step = 2; step <= 9; step++) expect(english[`degree.${step}`]).toBeDefined();
});
