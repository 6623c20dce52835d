/**
 * Adding input tables (the templates, the bundled sample): each on a new sheet as a real Excel
 * table, with drop-down lists where Excel supports them. An existing table or sheet of that
 * name is never overwritten: that sheet is skipped. On failure the sheets added are removed.
 *
 * The sample may also fill a table that is still as *Create input tables* left it: an empty
 * table whose headers are all the contract's, alone on its sheet. That sheet holds nothing of
 * the user's, so it is replaced by the sample's (keeping its name and place). Any other existing
 * table is left alone, and the result says why.
 */
import { canonicalColumn } from '../../engine/parse/headers';
import { INPUT_TABLE_NAMES, type InputTableName, type TableSheet } from '../../engine/table';
import { addValidations, tableValues, writeNumberFormats, writeValues } from './formats';
import { uniqueSheetName } from './names';
import { PayloadBudget } from './payload';
import type { ExcelRun } from './run';

export interface InsertOptions {
  /** Whether data validation (ExcelApi 1.8) may be used. */
  readonly validation: boolean;
  readonly budget?: number;
  /** Fill input tables that are still empty (the sample), rather than skip them. */
  readonly fillEmpty?: boolean;
}

/** An empty table the sample could not fill, and what stops it. */
export type Blocked =
  /** The table has columns the contract does not name (the user's own). */
  | { readonly sheet: string; readonly reason: 'columns'; readonly detail: string }
  /** The sheet holds more than the table (`detail`: the used range). */
  | { readonly sheet: string; readonly reason: 'cells'; readonly detail: string };

export interface InsertResult {
  /** The sheets added (or, for the sample, filled), by name. */
  readonly created: readonly string[];
  /** The sheets left as they were because their table or name is already in use. */
  readonly skipped: readonly string[];
  /** Empty tables the sample left alone, with the reason. */
  readonly blocked: readonly Blocked[];
}

/** A sheet to write, and (for a fill) the sheet it replaces. */
interface Addition {
  readonly sheet: TableSheet;
  /** The name it is added under first (its final name, unless it replaces a sheet). */
  readonly name: string;
  readonly replaces: {
    readonly table: Excel.Table;
    readonly worksheet: Excel.Worksheet;
    readonly name: string;
  } | null;
}

const isInput = (name: string): name is InputTableName =>
  (INPUT_TABLE_NAMES as readonly string[]).includes(name);

const blank = (value: unknown): boolean => value === '' || value === null || value === undefined;

/** A table found with the sample's name: its whole range and its sheet's used range, loaded. */
interface Candidate {
  readonly sheet: TableSheet;
  readonly table: Excel.Table;
  readonly range: Excel.Range;
  readonly used: Excel.Range;
}

const PLACE = 'address, rowIndex, columnIndex, rowCount, columnCount';

/** Whether a candidate may be filled: null if so, else what blocks it ('rows': it has data). */
function fillBlock(candidate: Candidate): Blocked | 'rows' | null {
  const { range, used, table, sheet } = candidate;
  const [headers = [], ...body] = range.values;
  if (body.some((row) => row.some((v) => !blank(v)))) return 'rows';
  const sheetName = table.worksheet.name;
  const own = headers
    .filter((h) => !blank(h))
    .map(String)
    .filter((h) => !isInput(sheet.tableName) || canonicalColumn(sheet.tableName, h) === null);
  if (own.length > 0) return { sheet: sheetName, reason: 'columns', detail: own.join(', ') };
  const inside =
    used.isNullObject ||
    (used.rowIndex >= range.rowIndex &&
      used.columnIndex >= range.columnIndex &&
      used.rowIndex + used.rowCount <= range.rowIndex + range.rowCount &&
      used.columnIndex + used.columnCount <= range.columnIndex + range.columnCount);
  return inside ? null : { sheet: sheetName, reason: 'cells', detail: used.address };
}

/** Decide what to add, fill, skip or leave (two round trips). */
async function plan(
  context: Excel.RequestContext,
  sheets: readonly TableSheet[],
  fillEmpty: boolean,
): Promise<{ additions: Addition[]; skipped: string[]; blocked: Blocked[] }> {
  const tables = context.workbook.tables.load('items/name, items/worksheet/name');
  const worksheets = context.workbook.worksheets.load('items/name, items/position');
  await context.sync();
  const taken = new Set(
    [...tables.items, ...worksheets.items].map((item) => item.name.toLowerCase()),
  );
  const additions: Addition[] = [];
  const skipped: string[] = [];
  const candidates: Candidate[] = [];
  for (const sheet of sheets) {
    const table = tables.items.find((t) => t.name.toLowerCase() === sheet.tableName.toLowerCase());
    if (table && fillEmpty) {
      const range = table.getRange().load(`values, ${PLACE}`);
      const used = table.worksheet.getUsedRangeOrNullObject(true).load(PLACE);
      candidates.push({ sheet, table, range, used });
    } else if (table || taken.has(sheet.sheetName.toLowerCase())) {
      skipped.push(table?.worksheet.name ?? sheet.sheetName);
    } else {
      additions.push({ sheet, name: sheet.sheetName, replaces: null });
    }
    [sheet.tableName, sheet.sheetName].forEach((n) => taken.add(n.toLowerCase()));
  }
  const blocked: Blocked[] = [];
  if (candidates.length > 0) await context.sync();
  for (const candidate of candidates) {
    const block = fillBlock(candidate);
    // The sheet as listed (its position loaded), not the table's own proxy of it.
    const sheetName = candidate.table.worksheet.name;
    const worksheet =
      worksheets.items.find((w) => w.name === sheetName) ?? candidate.table.worksheet;
    if (block === 'rows') skipped.push(worksheet.name);
    else if (block) blocked.push(block);
    else {
      const name = uniqueSheetName(worksheet.name, taken);
      taken.add(name.toLowerCase());
      const replaces = { table: candidate.table, worksheet, name: worksheet.name };
      additions.push({ sheet: candidate.sheet, name, replaces });
    }
  }
  return { additions, skipped, blocked };
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

/** Add `sheets` as tables on new sheets; report which were created, skipped and blocked. */
export async function insertTableSheets(
  run: ExcelRun,
  sheets: readonly TableSheet[],
  options: InsertOptions,
): Promise<InsertResult> {
  let additions: Addition[] = [];
  let report: Omit<InsertResult, 'created'> = { skipped: [], blocked: [] };
  try {
    await run(async (context) => {
      const planned = await plan(context, sheets, options.fillEmpty ?? false);
      additions = planned.additions;
      report = { skipped: planned.skipped, blocked: planned.blocked };
      const budget = new PayloadBudget(context, options.budget);
      for (const { sheet, name, replaces } of additions) {
        const worksheet = context.workbook.worksheets.add(name);
        const rows = sheet.rows.length;
        await writeValues(worksheet, tableValues(sheet.headers, sheet.rows), budget);
        await writeNumberFormats(worksheet, sheet.formats, rows, budget);
        const range = worksheet.getRangeByIndexes(0, 0, rows + 1, sheet.headers.length);
        // The emptied table gives up its name (table names are unique in a workbook).
        replaces?.table.delete();
        worksheet.tables.add(range, true).name = sheet.tableName;
        if (options.validation) addValidations(worksheet, sheet);
        worksheet.freezePanes.freezeRows(1);
        range.format.autofitColumns();
        if (replaces) {
          // Last, so a failure before it leaves the emptied table's sheet where it was.
          const position = replaces.worksheet.position;
          replaces.worksheet.delete();
          worksheet.name = replaces.name;
          worksheet.position = position;
        }
      }
      if (additions.length > 0) await context.sync();
    });
  } catch (error) {
    if (additions.length > 0) {
      await removeSheets(
        run,
        additions.map((a) => a.name),
      ).catch(() => undefined);
    }
    throw error;
  }
  return { created: additions.map((a) => a.replaces?.name ?? a.name), ...report };
}
