/** Cell values between exceljs and the engine. */
import type { CellValue } from '../../engine/table';

/** Milliseconds per day, and the serial number of 1970-01-01 in Excel's 1900 date system. */
const DAY_MS = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * The Excel serial number (1900 system) of a date exceljs read. exceljs turns serials into UTC
 * instants (and already accounts for a workbook in the 1904 system), so this is its inverse.
 */
const dateToSerial = (date: Date): number => date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The plain text of rich text: its runs joined. */
function richText(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  return runs
    .map((run) => (isRecord(run) && typeof run.text === 'string' ? run.text : ''))
    .join('');
}

/**
 * A cell as the engine wants it from what exceljs holds: empty is null; a date its serial
 * number; rich text and hyperlinks their text; a formula its cached result (blank when the file
 * holds none); an error value `{ error }`.
 */
export function readCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if (!isRecord(value)) return null;
  if (typeof value.error === 'string') return { error: value.error };
  if ('richText' in value) return readCellValue(richText(value.richText));
  if ('formula' in value || 'sharedFormula' in value) return readCellValue(value.result);
  if ('hyperlink' in value) return readCellValue(value.text);
  if ('text' in value) return readCellValue(value.text);
  return null;
}
