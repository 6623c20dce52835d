/**
 * Which sheet each of the workbook's Excel tables is on, in one round trip: the pane names
 * tables as the workbook does (Help), and after a run that wrote nothing says which sheets still
 * hold an earlier run's results.
 */
import type { ExcelRun } from './run';

export interface TableSheetName {
  /** The Excel table's name as written. */
  readonly table: string;
  readonly sheet: string;
}

/** Every table in the workbook with the sheet it is on, in the workbook's order of tables. */
export function tableSheets(run: ExcelRun): Promise<TableSheetName[]> {
  return run(async (context) => {
    const tables = context.workbook.tables.load('items/name, items/worksheet/name');
    await context.sync();
    return tables.items.map((table) => ({ table: table.name, sheet: table.worksheet.name }));
  });
}
