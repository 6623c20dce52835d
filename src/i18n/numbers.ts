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

/**
 * The decimals money is written with where amounts are shown together: none when every amount is
 * whole (RoundTo 1, or round figures), else 2 (øre, öre, céntimos). One rule for the pane's
 * views, the run's messages and the command line, so an amount never reads 1 800 000 in one view
 * and 1 800 000,00 in another.
 */
export const moneyDecimals = (amounts: readonly number[]): 0 | 2 =>
  amounts.every(Number.isInteger) ? 0 : 2;

const dateFormatters = new Map<Language, Intl.DateTimeFormat>();

/**
 * A calendar date as the language writes it: 31.03.2026 (nb), 2026-03-31 (sv), 31/03/2026 (en,
 * es). Read as a UTC date, so no time zone can move it a day.
 */
export function formatDate(
  date: { year: number; month: number; day: number },
  language: Language,
): string {
  let formatter = dateFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[language], {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: 'UTC',
    });
    dateFormatters.set(language, formatter);
  }
  return formatter.format(Date.UTC(date.year, date.month - 1, date.day));
}
