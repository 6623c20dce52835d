/** A1 addresses for the fake: parse `B7`, `$B$7:C9`, `Sheet!A1:B2`, and write them back. */
import { columnName } from '../../engine/table';
import { invalidArgument } from './errors';

/** A rectangle of cells, zero-based. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Every cell of a sheet: Excel's 1,048,576 rows by 16,384 columns. */
export const WHOLE_SHEET: Rect = { row: 0, col: 0, rows: 1_048_576, cols: 16_384 };

const columnIndex = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; col: number } {
  const match = CELL.exec(text);
  if (!match) throw invalidArgument(`address ${text}`);
  return { col: columnIndex(match[1] ?? ''), row: Number(match[2]) - 1 };
}

/** The rectangle of a local address (`B7` or `B7:C9`; any sheet part is dropped). */
export function parseLocalAddress(address: string): Rect {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const [first = '', second = first] = local.split(':');
  const a = parseCell(first);
  const b = parseCell(second);
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

/** `B7` or `B7:C9` for a rectangle. */
export function localAddress(rect: Rect): string {
  const start = `${columnName(rect.col)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${columnName(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}

/** A sheet's name as a reference spells it: quoted when Excel needs quotes. */
export const quotedSheet = (sheet: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;

/** `Sheet!B7:C9`, quoting the sheet name as Excel does when it needs quotes. */
export function sheetAddress(sheet: string, rect: Rect): string {
  return `${quotedSheet(sheet)}!${localAddress(rect)}`;
}

/** `$B$7:$C$9`: a local address with absolute rows and columns. */
export const absoluteAddress = (rect: Rect): string =>
  localAddress(rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
