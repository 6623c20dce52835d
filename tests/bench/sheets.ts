/**
 * The synthetic workbook as sheets of plain values (one Excel table each, from A1), and the
 * engine's view of the same sheets: InputTables whose cells carry their real addresses, exactly
 * as an adapter would hand them over.
 */
import {
  cellAddress,
  type Cell,
  type InputTable,
  type InputTableName,
  type OutputValue,
  type TableSheet,
  type WorkbookTables,
} from '../../src/engine/table';

/** One input sheet: the contract's table name, a sheet name, headers and rows from A1. */
export interface InputSheet extends TableSheet {
  readonly tableName: InputTableName;
}

const cell = (sheet: string, value: OutputValue, column: number, row: number): Cell => ({
  value,
  address: cellAddress(sheet, column, row),
});

/** The InputTable an adapter reads from `sheet` (headers on row 1, data from row 2). */
export function inputTable(sheet: InputSheet): InputTable {
  return {
    name: sheet.tableName,
    sheet: sheet.sheetName,
    headers: sheet.headers.map((header, c) => cell(sheet.sheetName, header, c, 1)),
    rows: sheet.rows.map((row, r) =>
      sheet.headers.map((_, c) => cell(sheet.sheetName, row[c] ?? null, c, r + 2)),
    ),
  };
}

/** Every sheet as the engine's input tables, by contract name. */
export function workbookTables(sheets: readonly InputSheet[]): WorkbookTables {
  const tables: Partial<Record<InputTableName, InputTable>> = {};
  for (const sheet of sheets) tables[sheet.tableName] = inputTable(sheet);
  return tables;
}

/** How many cells the sheets hold (headers included): the size of what an adapter reads. */
export const cellCount = (sheets: readonly InputSheet[]): number =>
  sheets.reduce((n, s) => n + (s.rows.length + 1) * s.headers.length, 0);
