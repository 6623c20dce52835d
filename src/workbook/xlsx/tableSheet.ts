/**
 * One sheet holding one Excel table, as exceljs writes it: the outputs, the input template and
 * the bundled samples all go through here. Text is always written as text (a cell whose text
 * starts with `=` stays that text; exceljs writes strings as shared strings, never formulas).
 */
import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import type { ColumnFormat, OutputValue, TableSheet } from '../../engine/table';
import { columnName } from '../../engine/table';
import { NUMBER_FORMATS } from '../numberFormats';

const TABLE_STYLE = 'TableStyleMedium2';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Rows a template's drop-down lists reach, so they are there as the user adds rows. */
const VALIDATION_ROWS = 500;

/** Excel wants a table's headers non-blank and unique (case-insensitive). */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const taken = new Set<string>();
  return headers.map((header, index) => {
    const base = header.trim() === '' ? `Column${index + 1}` : header;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** A value exceljs writes as it is: non-finite numbers are left blank. */
const cellValue = (value: OutputValue | undefined): string | number | boolean | null =>
  value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? null : value;

/** Roughly how wide a value shows, in characters (thousands separators and decimals included). */
function shownLength(value: OutputValue | undefined, format: ColumnFormat | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value !== 'number') return String(value).length;
  const whole = Math.trunc(Math.abs(value)).toString().length;
  const grouping = format === 'currency' || format === 'integer' || format === 'decimal';
  const decimals = format === 'currency' || format === 'decimal' ? 3 : format === 'percent' ? 4 : 0;
  return whole + (grouping ? Math.floor((whole - 1) / 3) : 0) + decimals + (value < 0 ? 1 : 0);
}

function setColumnWidths(worksheet: Worksheet, sheet: TableSheet, headers: readonly string[]) {
  headers.forEach((header, c) => {
    const longest = Math.max(
      header.length + 3, // room for the filter button
      ...sheet.rows.map((row) => shownLength(row[c], sheet.formats?.[c])),
    );
    worksheet.getColumn(c + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
}

function setNumberFormats(worksheet: Worksheet, sheet: TableSheet, bodyRows: number): void {
  // One style object per column: exceljs remembers a style object's id when it saves, so a
  // shared object is looked up once, where a style per cell is described and hashed per cell (a
  // national Allocation table has 1.3 million cells).
  const styles = (sheet.formats ?? []).flatMap((format, c) => {
    const code = NUMBER_FORMATS[format];
    return code === null ? [] : [{ column: c + 1, style: { numFmt: code } }];
  });
  if (styles.length === 0) return;
  for (let r = 0; r < bodyRows; r += 1) {
    // The table has made every cell: find them by number (`getCell` builds an address text each).
    const row = worksheet.getRow(r + 2);
    for (const { column, style } of styles)
      (row.findCell(column) ?? row.getCell(column)).style = style;
  }
}

/** exceljs 4.4 has range-wide data validations but leaves them out of its typings. */
interface WithDataValidations {
  readonly dataValidations: { add(range: string, validation: DataValidation): void };
}

function addValidations(worksheet: Worksheet, sheet: TableSheet): void {
  const { dataValidations } = worksheet as unknown as WithDataValidations;
  const last = Math.max(sheet.rows.length + 1, VALIDATION_ROWS);
  for (const { column, list } of sheet.validations ?? []) {
    // A list written into the rule is one comma-separated text of at most 255 characters.
    const source = list.join(',');
    if (list.some((item) => item.includes(',') || item.includes('"')) || source.length > 255) {
      continue;
    }
    const letter = columnName(column);
    dataValidations.add(`${letter}2:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${source}"`],
      // A warning, not a stop: the parser accepts more spellings than the list shows.
      showErrorMessage: true,
      errorStyle: 'warning',
    });
  }
}

/**
 * Add `sheet` to `workbook` as a new worksheet holding one table (header row frozen, number
 * formats, column widths, drop-down lists). The sheet name must be free. An empty table gets
 * one blank row, as Excel's own tables do.
 */
export function addTableSheet(workbook: Workbook, sheet: TableSheet): Worksheet {
  const worksheet = workbook.addWorksheet(sheet.sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  const headers = uniqueHeaders(sheet.headers);
  const rows =
    sheet.rows.length > 0
      ? sheet.rows.map((row) => headers.map((_, c) => cellValue(row[c])))
      : [headers.map(() => null)];
  worksheet.addTable({
    name: sheet.tableName,
    ref: 'A1',
    headerRow: true,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
  setNumberFormats(worksheet, sheet, rows.length);
  setColumnWidths(worksheet, sheet, headers);
  addValidations(worksheet, sheet);
  return worksheet;
}
