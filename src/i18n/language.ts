/** The languages Samkost speaks. Norwegian Bokmål, Swedish, English, Spanish. */
export const LANGUAGES = ['nb', 'sv', 'en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The Samkost language for an Office display language or locale tag (`nb-NO`, `nn-NO`, `no`,
 * `sv-SE`, `es-MX`, ...). Nynorsk and plain `no` read Bokmål; anything else falls back to English.
 */
export function languageFromLocale(locale: string | null | undefined): Language {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'nb' || primary === 'nn' || primary === 'no') return 'nb';
  if (isLanguage(primary)) return primary;
  return 'en';
}

/** A message catalogue: every key in every language, checked by the compiler. */
export type Catalogue<K extends string> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

/** Fill `{name}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
