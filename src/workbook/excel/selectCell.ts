/**
 * Taking the user to a cell a problem or flag points at: `Sheet!B7` activates the sheet and
 * selects the cell; `Costs[Amount]` or `Costs` (a missing column, a table) selects the table's
 * header row, or a sheet of that name when there is no such table.
 */
import { ExcelWorkbookError } from './errors';
import { parseCellReference } from './names';
import type { ExcelRun } from './run';

export function selectCell(run: ExcelRun, reference: string): Promise<void> {
  const parsed = parseCellReference(reference);
  if (!parsed) return Promise.reject(new ExcelWorkbookError('itemNotFound', 'InvalidArgument'));
  return run(async (context) => {
    if (parsed.kind === 'cell') {
      const worksheet = context.workbook.worksheets.getItem(parsed.sheet);
      worksheet.activate();
      worksheet.getRange(parsed.address).select();
      await context.sync();
      return;
    }
    const table = context.workbook.tables.getItemOrNullObject(parsed.name);
    const worksheet = context.workbook.worksheets.getItemOrNullObject(parsed.name);
    await context.sync();
    if (!table.isNullObject) {
      table.worksheet.activate();
      table.getHeaderRowRange().select();
    } else if (!worksheet.isNullObject) {
      worksheet.activate();
      worksheet.getRange('A1').select();
    } else {
      throw new ExcelWorkbookError('itemNotFound', 'ItemNotFound');
    }
    await context.sync();
  });
}
