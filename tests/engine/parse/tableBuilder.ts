/**
 * Input tables for tests, as an adapter would hand them over: the header in the table's first
 * row, data below, every cell with its real A1 address (`Sheet!B2`, sheet names quoted the way
 * Excel quotes them). Reusable by any test that feeds the engine.
 */
import {
  cellAddress,
  type CellValue,
  type InputTable,
  type InputTableName,
  type WorkbookTables,
} from '../../../src/engine/table';

export interface TableOptions {
  /** The table's name (default: the sheet name). */
  readonly name?: string;
  /** Where the header row starts: zero-based column, one-based row (default A1). */
  readonly origin?: { readonly column: number; readonly row: number };
}

/**
 * A table on `sheet` with `headers` and `rows`; a row shorter than the header is padded with
 * blank cells, so `[['A']]` under two headers is `A` and a blank.
 */
export function inputTable(
  sheet: string,
  headers: readonly CellValue[],
  rows: readonly (readonly CellValue[])[],
  options: TableOptions = {},
): InputTable {
  const { column = 0, row = 1 } = options.origin ?? {};
  const at = (c: number, r: number): string => cellAddress(sheet, column + c, row + r);
  return {
    name: options.name ?? sheet,
    sheet,
    headers: headers.map((value, c) => ({ value, address: at(c, 0) })),
    rows: rows.map((values, r) =>
      headers.map((_, c) => ({ value: values[c] ?? null, address: at(c, r + 1) })),
    ),
  };
}

/** A table's header row followed by its data rows. */
export type TableSpec = readonly [headers: readonly CellValue[], ...rows: (readonly CellValue[])[]];

/** A workbook of tables, each on a sheet named like the table: `{ Costs: [['Item'], ['X']] }`. */
export function workbookTables(specs: Partial<Record<InputTableName, TableSpec>>): WorkbookTables {
  const tables: Partial<Record<InputTableName, InputTable>> = {};
  for (const [name, spec] of Object.entries(specs) as [InputTableName, TableSpec][]) {
    const [headers, ...rows] = spec;
    tables[name] = inputTable(name, headers, rows);
  }
  return tables;
}

/** Three municipalities with population, PCs and budget, in Norwegian headers. */
export const MUNICIPALITIES: TableSpec = [
  ['Kommune', 'Innbyggere', 'PC-er', 'Budsjett'],
  ['Kristiansand', 77857, 4000, 5_000_000],
  ['Vennesla', 12703, 600, 800_000],
  ['Iveland', 1161, 60, 100_000],
];
