/**
 * The sheets that hold Samkost's output tables, found by table name in one round trip: after a
 * run that wrote nothing, the pane says these still show the previous run's results.
 */
import { OUTPUT_TABLE_NAMES } from '../../engine/table';
import type { ExcelRun } from './run';

const OUTPUTS = new Set<string>(OUTPUT_TABLE_NAMES.map((name) => name.toLowerCase()));

/** The sheets holding a table named like an output, in the workbook's order of tables. */
export function outputSheets(run: ExcelRun): Promise<string[]> {
  return run(async (context) => {
    const tables = context.workbook.tables.load('items/name, items/worksheet/name');
    await context.sync();
    const sheets = tables.items
      .filter((table) => OUTPUTS.has(table.name.toLowerCase()))
      .map((table) => table.worksheet.name);
    return [...new Set(sheets)];
  });
}
