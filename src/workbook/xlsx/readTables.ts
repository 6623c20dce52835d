/**
 * Reading the contract's input tables from an exceljs workbook: each by its table name
 * (case-insensitive), else a worksheet of that name through the worksheet fallback.
 */
import type { Workbook, Worksheet } from 'exceljs';
import {
  cellAddress,
  INPUT_TABLE_NAMES,
  type Cell,
  type CellValue,
  type InputTable,
  type InputTableName,
  type WorkbookTables,
} from '../../engine/table';
import { worksheetTable } from '../worksheetTable';
import { readCellValue } from './cells';
import { tableBounds, tablesOf, type TableModel } from './tables';

/** The value of a cell (one-based row and column); the hidden cells of a merge are blank. */
function valueAt(worksheet: Worksheet, row: number, col: number): CellValue {
  const cell = worksheet.findRow(row)?.findCell(col);
  if (!cell || (cell.isMerged && cell.master.address !== cell.address)) return null;
  return readCellValue(cell.value);
}

const blankRow = (row: readonly Cell[]): boolean => row.every((cell) => cell.value === null);

/** A table's header and non-blank body rows (a new table's empty row is dropped). */
function readTable(worksheet: Worksheet, table: TableModel): InputTable | null {
  const bounds = tableBounds(table);
  if (!bounds) return null;
  const rowOf = (row: number): Cell[] =>
    Array.from({ length: bounds.right - bounds.left + 1 }, (_, i) => ({
      value: valueAt(worksheet, row, bounds.left + i),
      address: cellAddress(worksheet.name, bounds.left + i - 1, row),
    }));
  const first = table.headerRow === false ? bounds.top : bounds.top + 1;
  const last = table.totalsRow ? bounds.bottom - 1 : bounds.bottom;
  const rows: Cell[][] = [];
  for (let row = first; row <= last; row += 1) rows.push(rowOf(row));
  return {
    name: table.name,
    sheet: worksheet.name,
    // A table without a header row still names its columns in the row it starts on.
    headers: rowOf(bounds.top),
    rows: rows.filter((row) => !blankRow(row)),
  };
}

/** The used cells of a worksheet as the fallback reads them. */
function readSheet(worksheet: Worksheet): InputTable | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (_, c) => {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (bottom === 0) return null;
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r += 1) {
    const row: CellValue[] = [];
    for (let c = left; c <= right; c += 1) row.push(valueAt(worksheet, r, c));
    values.push(row);
  }
  return worksheetTable({ sheet: worksheet.name, origin: { row: top - 1, col: left - 1 }, values });
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Every contract input the workbook holds: a table by that name wins over a sheet by it. */
export function readInputTables(workbook: Workbook): WorkbookTables {
  const tables: Partial<Record<InputTableName, InputTable>> = {};
  const sheetTables = workbook.worksheets.flatMap((worksheet) =>
    tablesOf(worksheet).map((table) => ({ worksheet, table })),
  );
  for (const name of INPUT_TABLE_NAMES) {
    const found = sheetTables.find(({ table }) => same(table.name, name));
    const sheet = workbook.worksheets.find((worksheet) => same(worksheet.name, name));
    const input = found ? readTable(found.worksheet, found.table) : sheet ? readSheet(sheet) : null;
    if (input) tables[name] = input;
  }
  return tables;
}
