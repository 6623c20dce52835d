/**
 * Replacing the output tables all or nothing, in as few round trips as the payload allows: two
 * for an ordinary run, one more per 4 MB of values beyond the first.
 *
 * The first request surveys the workbook and adds every output sheet under a temporary name,
 * then the values, tables and formats follow (one 2-D write per table, in row blocks past the
 * payload budget). Once the survey has come back, the swap is queued behind the last of them:
 * the previous output sheets and tables are renamed aside, the new ones renamed into place, and
 * only then are the previous ones deleted. A failing call stops its batch there, so a swap
 * queued behind the build runs only if the whole build did. If anything fails, a recovery batch
 * (best effort) puts the workbook back: it deletes what was built and renames the previous
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

/** What the write built: the new sheets' ids, known once the first sync has come back. */
interface Built {
  readonly ids: readonly string[];
}

const OUTPUT_NAMES = new Set(OUTPUT_TABLE_NAMES.map((n) => n.toLowerCase()));
const isOutput = (tableName: string): boolean => OUTPUT_NAMES.has(tableName.toLowerCase());

/** Nothing to set aside: the state before the survey has come back. */
const NO_PREVIOUS: Previous = { sheets: [], tables: [], keptSheetNames: new Set() };

/** Queue the survey of the workbook; what it found can be read once a sync has brought it. */
function survey(context: Excel.RequestContext, names: TemporaryNames): () => Previous {
  const tables = context.workbook.tables.load('items/name, items/worksheet/id');
  const sheets = context.workbook.worksheets.load('items/name, items/id');
  return () => {
    const bySheet = new Map<string, string[]>();
    for (const table of tables.items) {
      const id = table.worksheet.id;
      bySheet.set(id, [...(bySheet.get(id) ?? []), table.name]);
    }
    const existing = sheets.items.filter((sheet) => !names.isNewSheet(sheet.name));
    const replaced = existing.filter((sheet) => {
      const found = bySheet.get(sheet.id) ?? [];
      return found.length > 0 && found.every(isOutput);
    });
    const replacedIds = new Set(replaced.map((s) => s.id));
    return {
      sheets: replaced.map((s) => ({ id: s.id, name: s.name })),
      tables: tables.items
        .filter((t) => isOutput(t.name))
        .map((t) => ({ name: t.name, shared: !replacedIds.has(t.worksheet.id) })),
      keptSheetNames: new Set(
        existing.filter((s) => !replacedIds.has(s.id)).map((s) => s.name.toLowerCase()),
      ),
    };
  };
}

/** Queue one new sheet per output, under temporary names, ahead of everything written to them. */
function addSheets(
  context: Excel.RequestContext,
  outputs: readonly OutputTable[],
  names: TemporaryNames,
): Excel.Worksheet[] {
  return outputs.map((_, i) => context.workbook.worksheets.add(names.newSheet(i)).load('id'));
}

/** Queue every output's values, table and formats on its new sheet (syncing past the budget). */
async function build(
  worksheets: readonly Excel.Worksheet[],
  outputs: readonly OutputTable[],
  names: TemporaryNames,
  budget: PayloadBudget,
): Promise<void> {
  for (const [i, output] of outputs.entries()) {
    const worksheet = worksheets[i];
    if (!worksheet) continue;
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
}

/** The final sheet names: the outputs' own, made unique among the sheets that stay. */
function finalSheetNames(outputs: readonly OutputTable[], previous: Previous): string[] {
  const taken = new Set(previous.keptSheetNames);
  return outputs.map((output) => {
    const name = uniqueSheetName(output.sheetName, taken);
    taken.add(name.toLowerCase());
    return name;
  });
}

/** Queue the swap: previous outputs aside, new ones into place, previous ones deleted. */
function swap(
  context: Excel.RequestContext,
  outputs: readonly OutputTable[],
  previous: Previous,
  built: Built,
  names: TemporaryNames,
): void {
  const { worksheets, tables } = context.workbook;
  const sheetNames = finalSheetNames(outputs, previous);
  // Aside first, so the names are free; deletions last, so a failure before them loses nothing.
  previous.sheets.forEach((sheet, j) => {
    worksheets.getItem(sheet.id).name = names.oldSheet(j);
  });
  previous.tables.forEach((table, k) => {
    tables.getItem(table.name).name = names.oldTable(k);
  });
  outputs.forEach((output, i) => {
    worksheets.getItem(built.ids[i] ?? '').name = sheetNames[i] ?? output.sheetName;
    tables.getItem(names.newTable(i)).name = output.name;
  });
  previous.sheets.forEach((sheet) => worksheets.getItem(sheet.id).delete());
  previous.tables.forEach((table, k) => {
    if (table.shared) tables.getItem(names.oldTable(k)).delete();
  });
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
  // What recovery needs, known from the first sync on: the previous outputs and the new sheets.
  const progress: { previous?: Previous; built?: Built } = {};
  try {
    await run(async (context) => {
      const surveyed = survey(context, names);
      const worksheets = addSheets(context, outputs, names);
      const settle = (): { previous: Previous; built: Built } => {
        const previous = (progress.previous ??= surveyed());
        const built = (progress.built ??= { ids: worksheets.map((w) => w.id) });
        return { previous, built };
      };
      const budget = new PayloadBudget(context, options.budget, settle);
      await build(worksheets, outputs, names, budget);
      // The swap needs the survey's answer: a build that fitted one request syncs for it here.
      if (budget.syncs === 0) await budget.flush();
      const { previous, built } = settle();
      swap(context, outputs, previous, built, names);
      await context.sync();
    });
  } catch (error) {
    await recover(run, names, progress.previous ?? NO_PREVIOUS, progress.built).catch(
      () => undefined,
    );
    throw error;
  }
}
