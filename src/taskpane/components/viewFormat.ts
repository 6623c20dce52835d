/** How the municipalities' and council's views write numbers and name keys. */
import type { ComparedKey } from '../../engine/views/splitView';
import type { ViewTranslate } from '../../i18n/council';
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

/** A compared key by its name in the user's language (the workbook's own keys as written). */
export const keyLabel = (key: ComparedKey, tv: ViewTranslate): string =>
  key.kind === 'custom' ? key.text : tv(`key.${key.kind}`);
