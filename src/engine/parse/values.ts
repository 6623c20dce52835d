/**
 * Reading one cell as the type a column needs (contract §1). Each reader returns the value, null
 * for a blank cell (blank is blank, never 0), or a {@link Problem} saying what was expected and
 * what was found. Excel error values are always a problem.
 */
import type { CalendarDate } from '../model';
import { problem, type Problem } from '../problem';
import { currencyOf, MAX_EXACT_UNITS, unitsOf } from '../allocate/units';
import { fromNumber, toNumber, type Rational } from '../rational';
import type { Cell, CellValue } from '../table';
import { parseDateText, serialToDate } from './dates';
import { parseNumberText } from './numberText';
import { booleanWord } from './words';

/** A cell read: the value, null when blank, or what is wrong with it. */
export type Read<T> = T | null | Problem;

export const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && 'code' in value && 'params' in value;

const isBlank = (value: CellValue): boolean =>
  value === null || (typeof value === 'string' && value.trim() === '');

/** What a message shows as "found": the cell's text, or the error's name. */
export const shown = (value: CellValue): string =>
  value !== null && typeof value === 'object' ? value.error : String(value ?? '').trim();

/** Blank → null, an Excel error → EXCEL_ERROR, else the value for the reader to interpret. */
function guard(cell: Cell, column: string): Exclude<CellValue, null> | null | Problem {
  if (cell.value !== null && typeof cell.value === 'object') {
    return problem('EXCEL_ERROR', cell.address, { column, found: cell.value.error });
  }
  return isBlank(cell.value) ? null : cell.value;
}

/** Trimmed text. Numbers and booleans are taken as their text: an ID typed as 7 is "7". */
export function readText(cell: Cell, column: string): Read<string> {
  const value = guard(cell, column);
  if (value === null || isProblem(value)) return value;
  return String(value).trim();
}

/** A number, exact: a JS number as its shortest decimal text, or Nordic number text. */
export function readNumber(cell: Cell, column: string): Read<Rational> {
  const value = guard(cell, column);
  if (value === null || isProblem(value)) return value;
  const parsed =
    typeof value === 'number' && Number.isFinite(value)
      ? fromNumber(value)
      : typeof value === 'string'
        ? parseNumberText(value)
        : null;
  return parsed ?? problem('NOT_A_NUMBER', cell.address, { column, found: shown(value) });
}

/** A number ≥ 0 (money, key values). */
export function readNonNegative(cell: Cell, column: string): Read<Rational> {
  const value = readNumber(cell, column);
  if (value === null || isProblem(value)) return value;
  return value.num < 0n
    ? problem('NEGATIVE', cell.address, { column, found: shown(cell.value) })
    : value;
}

/**
 * Money: a number ≥ 0 that splits exactly, at most {@link MAX_EXACT_UNITS} whole units of
 * `roundTo` once rounded. A larger one is OUT_OF_RANGE with `max` the largest amount accepted and
 * `digits` 15, which picks the message that says why.
 */
export function readMoney(cell: Cell, column: string, roundTo: Rational): Read<Rational> {
  const value = readNonNegative(cell, column);
  if (value === null || isProblem(value)) return value;
  if (unitsOf(value, roundTo) <= MAX_EXACT_UNITS) return value;
  return problem('OUT_OF_RANGE', cell.address, {
    column,
    found: shown(cell.value),
    ...moneyLimit(roundTo),
  });
}

/** The params of an amount or total beyond what splits exactly: the largest one accepted. */
export const moneyLimit = (
  roundTo: Rational,
): { readonly min: number; readonly max: number; readonly digits: number } => ({
  min: 0,
  max: toNumber(currencyOf(MAX_EXACT_UNITS, roundTo)),
  digits: MAX_EXACT_UNITS.toString().length,
});

/** A number > 0 (criterion weights). */
export function readPositive(cell: Cell, column: string): Read<Rational> {
  const value = readNumber(cell, column);
  if (value === null || isProblem(value)) return value;
  return value.num <= 0n
    ? problem('NOT_POSITIVE', cell.address, { column, found: shown(cell.value) })
    : value;
}

/**
 * A whole number within [min, max]. Below 0 where 0 is the minimum is NEGATIVE (the plainer
 * message); any other miss is OUT_OF_RANGE naming both bounds.
 */
export function readWhole(cell: Cell, column: string, min: number, max: number): Read<number> {
  const value = readNumber(cell, column);
  if (value === null || isProblem(value)) return value;
  const found = shown(cell.value);
  if (value.den !== 1n) return problem('NOT_WHOLE', cell.address, { column, found });
  if (value.num < 0n && min === 0) return problem('NEGATIVE', cell.address, { column, found });
  if (value.num < BigInt(min) || value.num > BigInt(max)) {
    return problem('OUT_OF_RANGE', cell.address, { column, found, min, max });
  }
  return Number(value.num);
}

/** yes/no, ja/nei, ja/nej, sí/no, true/false, x (= yes), 1/0, or a real boolean. */
export function readBoolean(cell: Cell, column: string): Read<boolean> {
  const value = guard(cell, column);
  if (value === null || isProblem(value)) return value;
  if (typeof value === 'boolean') return value;
  return (
    booleanWord(String(value)) ??
    problem('NOT_BOOLEAN', cell.address, { column, found: shown(value) })
  );
}

/** An Excel serial date, ISO `2026-03-31` or Nordic `31.03.2026`. */
export function readDate(cell: Cell, column: string): Read<CalendarDate> {
  const value = guard(cell, column);
  if (value === null || isProblem(value)) return value;
  const date =
    typeof value === 'number'
      ? serialToDate(value)
      : typeof value === 'string'
        ? parseDateText(value)
        : null;
  return date ?? problem('NOT_A_DATE', cell.address, { column, found: shown(value) });
}
