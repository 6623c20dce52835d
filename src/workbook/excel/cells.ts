/** Cell values between Excel and the engine, both ways. */
import type { CellValue, OutputValue } from '../../engine/table';

/**
 * A cell as the engine wants it from `Range.values` and `Range.valueTypes`: empty is null, an
 * error value (`#REF!`, ...) is `{ error }`, dates stay serial numbers.
 */
export function cellFromExcel(value: unknown, type: string | undefined): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    return value;
  }
  return String(value);
}

/**
 * A formula's first sign (`= + - @`, or full-width `＝ ＋ － ＠` as an East Asian IME types
 * them), also behind what a spreadsheet or a tool that trims text would not see: spaces, tabs,
 * line breaks and the zero-width characters U+200B–U+200D, U+2060 and U+FEFF.
 */
const FORMULA_START = /^[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Text Excel would not keep as typed: a formula (see FORMULA_START), a leading apostrophe
 * (which Excel would swallow), or text Excel would read as a number, percentage, date, time,
 * amount or boolean (`007`, `12 %`, `31.03.2026`, `kr 1 234`, `TRUE`). Such text is written with
 * a leading apostrophe, Excel's quote prefix: the cell keeps exactly the text.
 */
export function needsQuotePrefix(text: string): boolean {
  return (
    FORMULA_START.test(text) ||
    text.startsWith("'") ||
    /^\s*[(.,]?\s*\d/.test(text) ||
    /^\s*\p{Sc}/u.test(text) ||
    /^\s*\p{L}{1,3}(\.\s*|\s+)[-+]?\d[\d\s.,]*%?\s*$/u.test(text) ||
    /^\s*(true|false)\s*$/i.test(text)
  );
}

/** A value to write to `Range.values`: blank clears the cell, text stays text. */
export function cellToExcel(value: OutputValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'string')
    return value !== '' && needsQuotePrefix(value) ? `'${value}` : value;
  return value;
}
