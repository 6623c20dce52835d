/** Numbers and dates written into messages the way each language writes them (nb: 1 234,50). */
import type { Language } from './language';

const LOCALES: Readonly<Record<Language, string>> = {
  nb: 'nb-NO',
  sv: 'sv-SE',
  en: 'en-GB',
  es: 'es-ES',
};

/** Formatters by language and decimals: making one costs far more than formatting with it. */
const formatters = new Map<string, Intl.NumberFormat>();

/** A number with exactly `decimals` decimals, grouped as the language groups thousands. */
export function formatNumber(value: number, language: Language, decimals = 2): string {
  const id = `${language} ${decimals}`;
  let formatter = formatters.get(id);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    formatters.set(id, formatter);
  }
  return formatter.format(value);
}

/** A calendar date as ISO text: unambiguous in every language, and what a finance officer types. */
export function formatDate(date: { year: number; month: number; day: number }): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
