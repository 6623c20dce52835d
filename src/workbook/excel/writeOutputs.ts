/**
 * Replacing the output tables all or nothing.
 *
 * Round trip 1 surveys the workbook. Round trip 2 builds every output on a new sheet under a
 * temporary name (values in one 2-D write per table, then the table, then its formats).
 * Round trip 3 swaps: the previous output sheets and tables are renamed aside, the new ones
 * renamed into place, and only then are the previous ones deleted. If anything fails, a recovery
 * batch (best effort) puts the workbook back: it deletes what was built and renames the previous
 * outputs back, or, when the failure came after the swap was complete, finishes the deletion.
 * Inputs are never touched: only sheets created here and sheets holding nothing but output
 * tables are renamed or deleted.
 */
import { OUTPUT_TABLE_NAMES, type OutputTable } from '../../engine/table';
import {
  addSeverityFormats,
  addTotalsChart,
  tableValues,
  writeNumberFormats,
  writeValues,
} from './formats';
import { randomToken, temporaryNames, type TemporaryNames, uniqueSheetName } from './names';
import { PayloadBudget } from './payload';
import type { ExcelRun } from './run';

/** The previous outputs: what the swap sets aside and deletes. */
interface Previous {
  /** Sheets holding output tables and nothing else: replaced whole. */
  readonly sheets: readonly { readonly id: string; readonly name: string }[];
  /** Every previous output table; `shared` when its sheet also holds other tables. */
  readonly tables: readonly { readonly name: string; readonly shared: boolean }[];
  /** Names (lower case) of the sheets that stay. */
  readonly keptSheetNames: ReadonlySet<string>;
}

/** What round trip 2 built: the new sheets' ids and final names. */
interface Built {
  readonly ids: readonly string[];
  readonly sheetNames: readonly string[];
}

const OUTPUT_NAMES = new Set(OUTPUT_TABLE_NAMES.map((n) => n.toLowerCase()));
const isOutput = (tableName: string): boolean => OUTPUT_NAMES.has(tableName.toLowerCase());

async function survey(context: Excel.RequestContext): Promise<Previous> {
  const tables = context.workbook.tables.load('items/name, items/worksheet/id');
  const sheets = context.workbook.worksheets.load('items/name, items/id');
  await context.sync();
  const bySheet = new Map<string, string[]>();
  for (const table of tables.items) {
    const id = table.worksheet.id;
    bySheet.set(id, [...(bySheet.get(id) ?? []), table.name]);
  }
  const replaced = sheets.items.filter((sheet) => {
    const names = bySheet.get(sheet.id) ?? [];
    return names.length > 0 && names.every(isOutput);
  });
  const replacedIds = new Set(replaced.map((s) => s.id));
  return {
    sheets: replaced.map((s) => ({ id: s.id, name: s.name })),
    tables: tables.items
      .filter((t) => isOutput(t.name))
      .map((t) => ({ name: t.name, shared: !replacedIds.has(t.worksheet.id) })),
    keptSheetNames: new Set(
      sheets.items.filter((s) => !replacedIds.has(s.id)).map((s) => s.name.toLowerCase()),
    ),
  };
}

async function build(
  context: Excel.RequestContext,
  outputs: readonly OutputTable[],
  previous: Previous,
  names: TemporaryNames,
  budget: PayloadBudget,
): Promise<Built> {
  const taken = new Set(previous.keptSheetNames);
  const sheetNames = outputs.map((output) => {
    const name = uniqueSheetName(output.sheetName, taken);
    taken.add(name.toLowerCase());
    return name;
  });
  const worksheets: Excel.Worksheet[] = [];
  for (const [i, output] of outputs.entries()) {
    const worksheet = context.workbook.worksheets.add(names.newSheet(i));
    worksheet.load('id');
    worksheets.push(worksheet);
    const rows = output.rows.length;
    const cols = output.headers.length;
    await writeValues(worksheet, tableValues(output.headers, output.rows), budget);
    await writeNumberFormats(worksheet, output.formats, rows, budget);
    const table = worksheet.tables.add(worksheet.getRangeByIndexes(0, 0, rows + 1, cols), true);
    table.name = names.newTable(i);
    worksheet.freezePanes.freezeRows(1);
    if (output.name === 'RiskFlags') addSeverityFormats(worksheet, rows);
    if (output.name === 'Totals') addTotalsChart(worksheet, output);
    worksheet.getRangeByIndexes(0, 0, rows + 1, cols).format.autofitColumns();
  }
  await context.sync();
  return { ids: worksheets.map((w) => w.id), sheetNames };
}

async function swap(
  context: Excel.RequestContext,
  outputs: readonly OutputTable[],
  previous: Previous,
  built: Built,
  names: TemporaryNames,
): Promise<void> {
  const { worksheets, tables } = context.workbook;
  // Aside first, so the names are free; deletions last, so a failure before them loses nothing.
  previous.sheets.forEach((sheet, j) => {
    worksheets.getItem(sheet.id).name = names.oldSheet(j);
  });
  previous.tables.forEach((table, k) => {
    tables.getItem(table.name).name = names.oldTable(k);
  });
  outputs.forEach((output, i) => {
    worksheets.getItem(built.ids[i] ?? '').name = built.sheetNames[i] ?? output.sheetName;
    tables.getItem(names.newTable(i)).name = output.name;
  });
  previous.sheets.forEach((sheet) => worksheets.getItem(sheet.id).delete());
  previous.tables.forEach((table, k) => {
    if (table.shared) tables.getItem(names.oldTable(k)).delete();
  });
  await context.sync();
}

/**
 * Put the workbook back after a failed write (best effort). If any previous output is already
 * deleted, the swap was complete: finish deleting. Otherwise delete what was built and rename the
 * previous outputs back.
 */
async function recover(
  run: ExcelRun,
  names: TemporaryNames,
  previous: Previous,
  built: Built | undefined,
): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name, items/id');
    const tables = context.workbook.tables.load('items/name');
    await context.sync();
    const sheetById = new Map(sheets.items.map((s) => [s.id, s]));
    const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
    const hasTable = (name: string): boolean => tableNames.has(name.toLowerCase());
    const swapped =
      previous.sheets.some((s) => !sheetById.has(s.id)) ||
      previous.tables.some((t, k) => t.shared && !hasTable(t.name) && !hasTable(names.oldTable(k)));
    if (swapped) {
      previous.sheets.forEach((s) => sheetById.get(s.id)?.delete());
    } else {
      for (const sheet of sheets.items) {
        if (built?.ids.includes(sheet.id) || names.isNewSheet(sheet.name)) sheet.delete();
      }
      previous.sheets.forEach((s) => {
        const sheet = sheetById.get(s.id);
        if (sheet && sheet.name !== s.name) sheet.name = s.name;
      });
    }
    previous.tables.forEach((t, k) => {
      if (!hasTable(names.oldTable(k))) return;
      const table = context.workbook.tables.getItem(names.oldTable(k));
      // Set-aside tables on replaced sheets went with their sheets.
      if (!swapped) table.name = t.name;
      else if (t.shared) table.delete();
    });
    await context.sync();
  });
}

export interface WriteOptions {
  /** The payload budget per request (tests lower it to prove the split). */
  readonly budget?: number;
  /** The token that makes temporary names unique (tests fix it). */
  readonly token?: string;
}

/** Replace the previous outputs with `outputs`, all or nothing (see the module comment). */
export async function writeOutputTables(
  run: ExcelRun,
  outputs: readonly OutputTable[],
  options: WriteOptions = {},
): Promise<void> {
  const names = temporaryNames(options.token ?? randomToken());
  const progress: { previous?: Previous; built?: Built } = {};
  try {
    await run(async (context) => {
      progress.previous = await survey(context);
      const budget = new PayloadBudget(context, options.budget);
      progress.built = await build(context, outputs, progress.previous, names, budget);
      await swap(context, outputs, progress.previous, progress.built, names);
    });
  } catch (error) {
    if (progress.previous) {
      await recover(run, names, progress.previous, progress.built).catch(() => undefined);
    }
    throw error;
  }
}
