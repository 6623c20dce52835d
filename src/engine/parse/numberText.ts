/**
 * Number text as a Nordic finance officer types it (contract §1): `1 234,50`, `1.234,50`,
 * `kr 1 234`, `12 %`, `1 234:-`, read to an exact rational.
 */
import { fromDecimalString, mul, rational, type Rational } from '../rational';

/** Space-like characters used as thousands separators: NBSP, narrow NBSP, figure and thin space. */
const SPACES = /[\s\u00a0\u202f\u2007\u2009\u200a]+/g;
const CURRENCY = '(?:kr\\.?|nok|sek|dkk|eur|€)';
const PREFIX = new RegExp(`^${CURRENCY}\\s*`);
/** A currency word after the number, or the Swedish/Norwegian "whole kronor" marks `:-` and `,-`. */
const SUFFIX = new RegExp(`\\s*(?:${CURRENCY}|:-|,-)$`);
/** Digits in groups of three after the first, the way thousands separators group them. */
const GROUPED = /^\d{1,3}(?:[ '.,]\d{3})+$/;

/** Take a leading sign off `text`; the unicode minus (−) counts as a minus. */
function takeSign(text: string): { sign: '' | '-' | '+'; rest: string } {
  const first = text[0];
  if (first === '-' || first === '+') return { sign: first, rest: text.slice(1).trimStart() };
  return { sign: '', rest: text };
}

/**
 * Which character separates the decimals in `body` (digits and separators only), or null when it
 * has none. A comma alone is the decimal comma (Nordic: `1,5`). A single dot alone is a decimal
 * point too (`1.5`, so `1.234` reads as 1.234, not 1234): thousands written with dots need either
 * a decimal comma (`1.234,50`) or several dot groups (`1.234.567`). With both, the one that comes
 * last separates the decimals (`1.234,50`, `1,234.50`). Several of the same mark are thousands.
 */
function decimalMark(body: string): ',' | '.' | null {
  const commas = body.split(',').length - 1;
  const dots = body.split('.').length - 1;
  if (commas > 0 && dots > 0) return body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
  if (commas === 1) return ',';
  if (dots === 1) return '.';
  return null;
}

/**
 * Nordic (or English) number text → an exact rational, or null when the text is no number.
 * Currency words (`kr`, `NOK`, `SEK`, `DKK`, `EUR`, `€`) before or after the number, `:-` and
 * `,-` after it, spaces (also non-breaking) and `'` as thousands separators are accepted; a
 * trailing `%` divides by 100. Thousands separators must group digits by three, so `1 2` is
 * refused rather than read as 12.
 */
export function parseNumberText(text: string): Rational | null {
  let t = text
    .replace(/\u2212/g, '-')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1).trimEnd();
  const outer = takeSign(t);
  const inner = takeSign(outer.rest.replace(PREFIX, '').replace(SUFFIX, ''));
  if (outer.sign !== '' && inner.sign !== '') return null;
  const sign = outer.sign || inner.sign;
  const body = inner.rest;
  if (!/^[\d '.,]*\d[\d '.,]*$/.test(body)) return null;

  const mark = decimalMark(body);
  const at = mark === null ? -1 : body.lastIndexOf(mark);
  const whole = at < 0 ? body : body.slice(0, at);
  const fraction = at < 0 ? '' : body.slice(at + 1);
  // The decimal mark appears once; `1,234.567,89` mixes two styles and is refused.
  if (!/^\d*$/.test(fraction) || (mark !== null && whole.includes(mark))) return null;
  if (!/^\d*$/.test(whole) && !GROUPED.test(whole)) return null;
  const digits = whole.replace(/[ '.,]/g, '');
  if (digits === '' && fraction === '') return null;

  const value = fromDecimalString(`${sign === '-' ? '-' : ''}${digits || '0'}.${fraction || '0'}`);
  if (value === null) return null;
  return percent ? mul(value, rational(1n, 100n)) : value;
}
