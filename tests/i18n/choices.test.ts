/**
 * The frontier's, weights' and "if we left" strings: every key in every language, none blank, the
 * same placeholders as English (a missing one would drop a figure from what the council reads).
 */
import { CHOICES_TEXT } from '../../src/i18n/choices';
import { LANGUAGES } from '../../src/i18n/language';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

it.each(LANGUAGES)('%s has every key, none blank, with English’s placeholders', (language) => {
  const strings: Readonly<Record<string, string>> = CHOICES_TEXT[language];
  const english: Readonly<Record<string, string>> = CHOICES_TEXT.en;
  expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort());
  for (const [key, text] of Object.entries(strings)) {
    expect(text.trim()).not.toBe('');
    expect([key, placeholders(text)]).toEqual([key, placeholders(english[key] ?? '')]);
  }
});
