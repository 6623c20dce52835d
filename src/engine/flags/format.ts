/** How a flag's message writes numbers, dates and keys in the user's language. */
import type { Language } from '../../i18n/language';
import { keyName } from '../../i18n/keys';
import { formatDate, formatNumber, moneyDecimals } from '../../i18n/numbers';
import type { Rational } from '../rational';
import { money } from '../outputs/numbers';
import type { FlagFormat } from './types';

/**
 * Each amount as the pane writes money: whole amounts without decimals, even at RoundTo 0.01;
 * amounts one message shows together with the same decimals, so a share of 14.69 stands beside
 * a budget of 14.00, not 14.
 */
export function flagFormat(language: Language, roundTo: Rational): FlagFormat {
  return {
    money: (units, alongside = []) => {
      const value = money(units, roundTo);
      const together = [value, ...alongside.map((other) => money(other, roundTo))];
      return formatNumber(value, language, moneyDecimals(together));
    },
    decimal: (value, decimals) => formatNumber(value, language, decimals),
    date: (date) => formatDate(date, language),
    key: (key) => keyName(key, language),
  };
}
