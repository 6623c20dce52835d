/** The synthetic workbook as a real .xlsx file (one Excel table per sheet), for the CLI's path. */
import ExcelJS from 'exceljs';
import type { InputSheet } from './sheets';

/** Write `sheets` to `path` as tables named by the contract, as a user's workbook would hold them. */
export async function writeXlsx(sheets: readonly InputSheet[], path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = book.addWorksheet(sheet.sheetName);
    worksheet.addTable({
      name: sheet.tableName,
      ref: 'A1',
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: sheet.headers.map((name) => ({ name, filterButton: true })),
      // exceljs wants at least one row; an empty StandAlone table keeps one blank row, which
      // adapters drop as a new table's empty row.
      rows:
        sheet.rows.length > 0
          ? sheet.rows.map((row) => sheet.headers.map((_, c) => row[c] ?? null))
          : [sheet.headers.map(() => null)],
    });
  }
  await book.xlsx.writeFile(path);
}
