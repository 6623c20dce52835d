/** How the municipalities' and council's views write numbers and name keys. */
import type { ComparedKey, SplitView } from '../../engine/views/splitView';
import type { ViewTranslate } from '../../i18n/council';
import { keyName } from '../../i18n/keys';
import type { Language } from '../../i18n/language';
import { formatNumber, moneyDecimals } from '../../i18n/numbers';

export interface Formats {
  readonly money: (value: number) => string;
  /** A change: `+` before a rise, the language's minus before a fall. */
  readonly change: (value: number) => string;
  readonly percent: (value: number | null) => string;
}

/** Whole amounts without ",00" when every amount is whole; øre shown when there are any. */
export function formats(
  language: Language,
  amounts: readonly number[],
  tv: ViewTranslate,
): Formats {
  const decimals = moneyDecimals(amounts);
  const money = (value: number): string => formatNumber(value, language, decimals);
  return {
    money,
    change: (value) => (value > 0 ? `+${money(value)}` : money(value)),
    percent: (value) =>
      value === null
        ? tv('splits.noPercent')
        : tv('splits.percent', {
            percent: `${value > 0 ? '+' : ''}${formatNumber(value, language, 1)}`,
          }),
  };
}

/** The years the split comparison and the what-if count together: `all years 2026–2028`. */
export const yearsLabel = (years: SplitView['years'], tv: ViewTranslate): string =>
  years.from === years.to ? String(years.from) : tv('splits.years', years);

/**
 * A compared key by its name in the user's language: the built-in comparisons by their labels,
 * the workbook's own keys as a Key cell in that language writes them.
 */
export const keyLabel = (key: ComparedKey, tv: ViewTranslate, language: Language): string =>
  key.kind === 'custom' ? keyName(key.key, language) : tv(`key.${key.kind}`);
