/** Cell values between an .xlsx sheet's XML and the engine. */
import type { CellValue } from '../../engine/table';

/** Milliseconds per day, and the serial number of 1970-01-01 in Excel's 1900 date system. */
const DAY_MS = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
/** Days from the 1900 system's day 0 to the 1904 system's. */
const DAYS_1904 = 1_462;

/** Excel writes control characters in text as `_x000D_`; this is the text they stand for. */
export const unescapeText = (text: string): string =>
  text.includes('_x')
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;

/** The serial number (1900 system) of an ISO date or date-time (`t="d"` cells), or null. */
export function isoDateSerial(text: string): number | null {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]00:?00)?$/.exec(
      text.trim(),
    );
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction] = match;
  const ms = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour ?? 0),
    Number(minute ?? 0),
    Number(second ?? 0),
    Math.round(Number(fraction ?? 0) * 1000),
  );
  return Number.isFinite(ms) ? ms / DAY_MS + UNIX_EPOCH_SERIAL : null;
}

/** What a `<c>` element held, as its XML says. */
export interface CellXml {
  /** The `t` attribute: `s`, `str`, `inlineStr`, `b`, `e`, `d`, `n` or absent. */
  readonly type: string | undefined;
  /** The text of `<v>` (the value, or a formula's cached result), or null without one. */
  readonly value: string | null;
  /** The text of `<is>` (an inline string, its runs joined), or null without one. */
  readonly inline: string | null;
  /** Its style has a date number format (only asked in a 1904 workbook). */
  readonly dateStyled: boolean;
}

export interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly date1904: boolean;
}

const text = (value: string): CellValue => (value === '' ? null : value);

/**
 * A cell as the engine wants it: empty is null; a shared or inline string its text (rich text's
 * runs joined); a formula its cached result (blank when the file holds none); a boolean; an
 * error value `{ error }`; a date its serial number in the 1900 system (a 1904 workbook's
 * date-formatted numbers are moved to it, as Excel shows them).
 */
export function cellValue(cell: CellXml, context: CellContext): CellValue {
  if (cell.type === 'inlineStr') return text(cell.inline ?? cell.value ?? '');
  const value = cell.value;
  if (value === null) return cell.inline === null ? null : text(cell.inline);
  switch (cell.type) {
    case 's': {
      const shared = context.sharedStrings[parseInt(value, 10)];
      return shared === undefined ? null : text(shared);
    }
    case 'str':
      return text(value);
    case 'b':
      return value === '' ? null : parseInt(value, 10) !== 0;
    case 'e':
      return value === '' ? null : { error: value };
    case 'd':
      return isoDateSerial(value) ?? text(value);
    default: {
      const number = parseFloat(value);
      if (!Number.isFinite(number)) return null;
      return context.date1904 && cell.dateStyled ? number + DAYS_1904 : number;
    }
  }
}
