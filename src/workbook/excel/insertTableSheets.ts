/**
 * Adding input tables (the templates, the bundled sample): each on a new sheet as a real Excel
 * table, with drop-down lists where Excel supports them. An existing table or sheet of that
 * name is never overwritten: that sheet is skipped. On failure the sheets added are removed.
 */
import type { TableSheet } from '../../engine/table';
import { addValidations, tableValues, writeNumberFormats, writeValues } from './formats';
import { PayloadBudget } from './payload';
import type { ExcelRun } from './run';

export interface InsertOptions {
  /** Whether data validation (ExcelApi 1.8) may be used. */
  readonly validation: boolean;
  readonly budget?: number;
}

export interface InsertResult {
  readonly created: readonly string[];
  readonly skipped: readonly string[];
}

async function existingNames(context: Excel.RequestContext): Promise<Set<string>> {
  const tables = context.workbook.tables.load('items/name');
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  return new Set([...tables.items, ...sheets.items].map((item) => item.name.toLowerCase()));
}

/** Remove the sheets named `names` if they exist (best effort, after a failure). */
async function removeSheets(run: ExcelRun, names: readonly string[]): Promise<void> {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    sheets.items.filter((s) => wanted.has(s.name.toLowerCase())).forEach((s) => s.delete());
    await context.sync();
  });
}

/** Add `sheets` as tables on new sheets; report which tables were created and skipped. */
export async function insertTableSheets(
  run: ExcelRun,
  sheets: readonly TableSheet[],
  options: InsertOptions,
): Promise<InsertResult> {
  const created: TableSheet[] = [];
  const skipped: string[] = [];
  try {
    await run(async (context) => {
      const taken = await existingNames(context);
      for (const sheet of sheets) {
        const names = [sheet.tableName.toLowerCase(), sheet.sheetName.toLowerCase()];
        if (names.some((n) => taken.has(n))) skipped.push(sheet.tableName);
        else created.push(sheet);
        names.forEach((n) => taken.add(n));
      }
      const budget = new PayloadBudget(context, options.budget);
      for (const sheet of created) {
        const worksheet = context.workbook.worksheets.add(sheet.sheetName);
        const rows = sheet.rows.length;
        await writeValues(worksheet, tableValues(sheet.headers, sheet.rows), budget);
        await writeNumberFormats(worksheet, sheet.formats, rows, budget);
        const range = worksheet.getRangeByIndexes(0, 0, rows + 1, sheet.headers.length);
        worksheet.tables.add(range, true).name = sheet.tableName;
        if (options.validation) addValidations(worksheet, sheet);
        worksheet.freezePanes.freezeRows(1);
        range.format.autofitColumns();
      }
      if (created.length > 0) await context.sync();
    });
  } catch (error) {
    if (created.length > 0) {
      await removeSheets(
        run,
        created.map((s) => s.sheetName),
      ).catch(() => undefined);
    }
    throw error;
  }
  return { created: created.map((s) => s.tableName), skipped };
}
