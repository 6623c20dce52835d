/** The synthetic workbook as a real .xlsx file (one Excel table per sheet), for the CLI's path. */
import { writeTableSheets } from '../../src/workbook/xlsx';
import type { InputSheet } from './sheets';

/**
 * Write `sheets` to `path` as tables named by the contract, as a user's workbook would hold them
 * (an empty StandAlone table keeps one blank row, which adapters drop as a new table's empty row).
 */
export async function writeXlsx(sheets: readonly InputSheet[], path: string): Promise<void> {
  await writeTableSheets(sheets, path);
}
