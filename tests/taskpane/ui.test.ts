import { LANGUAGES } from '../../src/i18n/language';
import { UI_TEXT, uiText, type UiKey } from '../../src/i18n/ui';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('the task pane strings', () => {
  const keys = Object.keys(UI_TEXT.en) as UiKey[];

  it.each(LANGUAGES)('%s has every key, none blank', (language) => {
    const strings = UI_TEXT[language];
    expect(Object.keys(strings).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(strings[key].trim()).not.toBe('');
  });

  it.each(LANGUAGES)('%s uses the same placeholders as English', (language) => {
    for (const key of keys) {
      expect([key, placeholders(UI_TEXT[language][key])]).toEqual([
        key,
        placeholders(UI_TEXT.en[key]),
      ]);
    }
  });

  it('is translated, not copied: the views read differently in each language', () => {
    const tabs = LANGUAGES.map((language) => uiText(language)('run.intro'));
    expect(new Set(tabs).size).toBe(LANGUAGES.length);
  });

  it('fills placeholders', () => {
    expect(uiText('nb')('run.done', { count: 2, sheets: 'Fordeling, Risikoflagg' })).toBe(
      'Ferdig. Ark skrevet (2): Fordeling, Risikoflagg.',
    );
  });
});
