/**
 * Reading one cell as the type a column needs (contract §1): Nordic number text, booleans in four
 * languages, Excel serial and written dates. Each reader returns the value, `null` for a blank
 * cell, or a {@link Problem} saying what was expected and what was found.
 */
import type { CalendarDate } from '../model';
import { problem, type Problem } from '../problem';
import { fromDecimalString, fromNumber, mul, rational, type Rational } from '../rational';
import type { Cell, CellValue } from '../table';

export type Read<T> = T | null | Problem;

export const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && 'code' in value && 'params' in value;

const isBlank = (value: CellValue): boolean =>
  value === null || (typeof value === 'string' && value.trim() === '');

/** What a message shows as "found". */
export const shown = (value: CellValue): string =>
  value !== null && typeof value === 'object' ? value.error : String(value ?? '');

/** Blank → null, an Excel error → EXCEL_ERROR, else the value for the reader. */
function guard(cell: Cell, column: string): CellValue | Problem {
  if (cell.value !== null && typeof cell.value === 'object') {
    return problem('EXCEL_ERROR', cell.address, { column, found: cell.value.error });
  }
  return isBlank(cell.value) ? null : cell.value;
}

/** Trimmed text; numbers and booleans are accepted as their text (an ID of 7 is "7"). */
export function readText(cell: Cell, column: string): Read<string> {
  const value = guard(cell, column);
  if (value === null || isProblem(value)) return value;
  return String(value).trim();
}

/** Currency words and separators a finance officer types around a number. */
const DECORATION = /(kr\.?|nok|sek|eur|dkk|€|:-)/gi;
const SPACES = /[\s\u00a0\u202f\u2009\u2007']/g;

/**
 * Nordic or English number text → exact rational. `1 234,50`, `1.234,50`, `kr 1 234`, `12 %`
 * (→ 0.12), `1 234:-`, `−5`. A lone `.` or `,` is the decimal separator (`1.5`, `1,5`); several of
 * the same are thousands separators (`1.234.567`); with both, the last one is the decimal separator.
 */
export function parseNumberText(text: string): Rational | null {
  let t = text
    .replace(/\u2212/g, '-')
    .replace(DECORATION, '')
    .replace(SPACES, '');
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1);
  const commas = (t.match(/,/g) ?? []).length;
  const dots = (t.match(/\./g) ?? []).length;
  if (commas > 0 && dots > 0) {
    const decimal = t.lastIndexOf(',') > t.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    t = t.split(thousands).join('').replace(decimal, '.');
  } else if (commas > 1) t = t.replace(/,/g, '');
  else if (dots > 1) t = t.replace(/\./g, '');
  else if (commas === 1) t = t.replace(',', '.');
  const value = fromDecimalString(t);
  if (value === null) return null;
  return percent ? mul(value, rational(1n, 100n)) : value;
}

/** A number, exact. */
export function readNumber(cell: Cell, column: string): Read<Rational> {
  const value = guard(cell, column);
  if (value === null || isProblem(value)) return value;
  if (typeof value === 'number') return fromNumber(value);
  const parsed = typeof value === 'string' ? parseNumberText(value) : null;
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

/** A whole number within [min, max]. */
export function readWhole(
  cell: Cell,
  column: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): Read<number> {
  const value = readNumber(cell, column);
  if (value === null || isProblem(value)) return value;
  const found = shown(cell.value);
  if (value.den !== 1n) return problem('NOT_WHOLE', cell.address, { column, found });
  const n = Number(value.num);
  if (n < min && min === 0) return problem('NEGATIVE', cell.address, { column, found });
  if (n < min || n > max) return problem('OUT_OF_RANGE', cell.address, { column, found, min, max });
  return n;
}

const YES = new Set(['yes', 'y', 'ja', 'j', 'sí', 'si', 'true', 'x', '1', 'sant']);
const NO = new Set(['no', 'n', 'nei', 'nej', 'false', '0', 'usant', 'falskt']);

/** yes/no, ja/nei, ja/nej, sí/no, true/false, x (= yes), 1/0, or a real boolean. */
export function readBoolean(cell: Cell, column: string): Read<boolean> {
  const value = guard(cell, column);
  if (value === null || isProblem(value)) return value;
  if (typeof value === 'boolean') return value;
  const word = String(value).trim().toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return problem('NOT_BOOLEAN', cell.address, { column, found: shown(value) });
}

const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * An Excel serial date (1900 system) → calendar date. Serial 60 is Excel's fictitious
 * 29 February 1900, kept for Lotus compatibility; it is no real date and is refused.
 */
export function serialToDate(serial: number): CalendarDate | null {
  if (!Number.isInteger(serial) || serial < 1 || serial === 60 || serial > 2958465) return null;
  // From 1 March 1900 on, serials count days since 30 December 1899.
  const offset = serial < 60 ? serial + 1 : serial;
  const d = new Date(Date.UTC(1899, 11, 30) + offset * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** An Excel serial date, ISO `2026-03-31` or Nordic `31.03.2026`. */
export function readDate(cell: Cell, column: string): Read<CalendarDate> {
  const value = guard(cell, column);
  if (value === null || isProblem(value)) return value;
  const found = shown(value);
  let date: CalendarDate | null = null;
  if (typeof value === 'number') date = serialToDate(value);
  else if (typeof value === 'string') {
    const t = value.trim();
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
    const nordic = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
    if (iso) date = calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    else if (nordic) date = calendarDate(Number(nordic[3]), Number(nordic[2]), Number(nordic[1]));
  }
  return date ?? problem('NOT_A_DATE', cell.address, { column, found });
}

/** A list separated by `,` or `;`, trimmed, without empty entries. */
export const splitList = (text: string): string[] =>
  text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
