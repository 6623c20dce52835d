/** Input tables for tests: headers in row 1, data from row 2, real A1 addresses. */
import {
  cellAddress,
  type CellValue,
  type InputTable,
  type WorkbookTables,
} from '../../src/engine/table';

export function table(
  sheet: string,
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
): InputTable {
  return {
    name: sheet,
    sheet,
    headers: headers.map((value, c) => ({ value, address: cellAddress(sheet, c, 1) })),
    rows: rows.map((row, r) =>
      headers.map((_, c) => ({ value: row[c] ?? null, address: cellAddress(sheet, c, r + 2) })),
    ),
  };
}

/** A small valid workbook: three municipalities, two costs. Override any table. */
export function tables(overrides: WorkbookTables = {}): WorkbookTables {
  return {
    Municipalities: table(
      'Municipalities',
      ['Kommune', 'Innbyggere', 'PC-er', 'Budsjett'],
      [
        ['Kristiansand', 77857, 4000, 5_000_000],
        ['Vennesla', 12703, 600, 800_000],
        ['Iveland', 1161, 60, 100_000],
      ],
    ),
    Costs: table(
      'Costs',
      ['Post', 'Beløp', 'Type', 'Nøkkel'],
      [
        ['Driftsavtale', '1 234,50', 'årlig', 'innbyggere'],
        ['Felles plattform', 300000, 'engang', '30% likt + 70% innbyggere'],
      ],
    ),
    ...overrides,
  };
}
