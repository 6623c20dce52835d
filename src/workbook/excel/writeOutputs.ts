/**
 * Writing the outputs all or nothing, replacing or deleting only what Samkost recorded as its
 * own (contract v1.1 §6; the rule is ../ownership.ts), in a fixed number of round trips: one to
 * survey the workbook (two when a sheet of Samkost's holds a table it cannot name beforehand,
 * see ./survey.ts), one more when a previous output shares its sheet with the user's things (to
 * check the cells a rewrite would add and keep what the table held), and one to build and swap;
 * past the payload budget, one more per 4 MB.
 *
 * New and replaced outputs are built on sheets of their own under temporary names. The swap is
 * queued behind the build, in an order that keeps every step undoable until the last: sheets
 * and tables that go are renamed aside, the new ones renamed into place (a replaced sheet's
 * successor takes its name and position), the records rewritten, tables on shared sheets
 * removed or rewritten where they stand (with an output's footer under it), and only then are
 * whole sheets deleted. A failing call stops its batch there. If anything fails, a recovery
 * (best effort) puts the workbook back: it deletes what was built, renames back what was set
 * aside, writes the shared tables back from what was kept, and restores the records; or, when
 * the failure came after a sheet had been deleted, finishes the deletions.
 */
import type { OutputTable } from '../../engine/table';
import {
  type Box,
  type OutputPlan,
  type Placement,
  planOutputs,
  RECORD_PREFIX,
  type RecordedName,
  recordName,
  recordReference,
  type SurveyedSheet,
  type SurveyedTable,
} from '../ownership';
import type { WriteReport } from '../port';
import {
  addLinks,
  addSeverityFormats,
  addOurChart,
  type Origin,
  OUR_CHARTS,
  tableValues,
  writeNumberFormats,
  writeValues,
} from './formats';
import { randomToken, temporaryNames, type TemporaryNames } from './names';
import { PayloadBudget } from './payload';
import type { ExcelRun } from './run';
import {
  keepTables,
  type KeptTable,
  newBox,
  newBoxes,
  newFooterBox,
  ourChart,
  queueGrowthChecks,
  restoreTable,
  sharedTables,
} from './sharedTables';
import { type ExcelSurvey, type Supports, surveyWorkbook } from './survey';

/** How far a write got: what its recovery needs. */
interface Progress {
  surveyed?: ExcelSurvey;
  /** Set when the build is queued: from here on the workbook may have changed. */
  plan?: OutputPlan;
  kept?: readonly KeptTable[];
  /** Set when the swap is queued: shared tables may have changed. */
  swapping?: boolean;
}

const A1: Origin = { row: 0, col: 0 };

/** Write a table's values, number formats and Excel table at `at` on `worksheet`. */
async function writeCells(
  worksheet: Excel.Worksheet,
  table: Pick<OutputTable, 'headers' | 'formats' | 'rows'>,
  at: Origin,
  tableName: string,
  budget: PayloadBudget,
): Promise<void> {
  const rows = table.rows.length;
  await writeValues(worksheet, tableValues(table.headers, table.rows), budget, at);
  await writeNumberFormats(worksheet, table.formats, rows, budget, at);
  const range = worksheet.getRangeByIndexes(at.row, at.col, rows + 1, table.headers.length);
  worksheet.tables.add(range, true).name = tableName;
}

/**
 * Write `output` at `at` on `worksheet`: its table with links, colours and chart, and its footer
 * (when it has one) under it as table `footerName`.
 */
async function writeTable(
  worksheet: Excel.Worksheet,
  output: OutputTable,
  at: Origin,
  names: { table: string; footer: string | null },
  budget: PayloadBudget,
): Promise<void> {
  await writeCells(worksheet, output, at, names.table, budget);
  await addLinks(worksheet, output, budget, at);
  if (output.name === 'RiskFlags') addSeverityFormats(worksheet, output.rows.length, at);
  addOurChart(worksheet, output.name, output, at);
  const box = newFooterBox(newBox({ top: at.row, left: at.col, rows: 0, cols: 0 }, output), output);
  if (output.footer && box && names.footer !== null) {
    const origin = { row: box.top, col: box.left };
    await writeCells(worksheet, output.footer, origin, names.footer, budget);
  }
}

/** Queue every output that gets a sheet of its own on a new sheet under a temporary name. */
async function build(
  context: Excel.RequestContext,
  plan: OutputPlan,
  names: TemporaryNames,
  budget: PayloadBudget,
): Promise<void> {
  for (const [i, placement] of plan.placements.entries()) {
    if (placement.kind === 'inPlace') continue;
    const { output } = placement;
    const worksheet = context.workbook.worksheets.add(names.newSheet(i));
    const footer = placement.footerName === null ? null : names.newFooter(i);
    await writeTable(worksheet, output, A1, { table: names.newTable(i), footer }, budget);
    worksheet.freezePanes.freezeRows(1);
    // Widths fit the footer's totals too, which are wider than any line's share.
    const rows = placed(placement).footer ?? placed(placement).box;
    const range = worksheet.getRangeByIndexes(0, 0, rows.top + rows.rows, output.headers.length);
    range.format.autofitColumns();
  }
}

/** What the swap sets aside: whole sheets that go, and the tables whose names are retaken. */
function asides(plan: OutputPlan): {
  sheets: SurveyedSheet[];
  tables: { sheet: SurveyedSheet; table: SurveyedTable }[];
} {
  const replaced = plan.placements.flatMap((p) => (p.kind === 'replaceSheet' ? [p.sheet] : []));
  // A replaced or deleted sheet holds Samkost's tables (a table and its footer) and nothing else.
  const onSheets = [...replaced, ...plan.deleteSheets].flatMap((sheet) =>
    sheet.tables.map((table) => ({ sheet, table })),
  );
  return {
    sheets: [...replaced, ...plan.deleteSheets],
    tables: [...onSheets, ...plan.removeTables],
  };
}

/** Where a placement's table and footer stand once written: the sheet's name and their cells. */
function placed(placement: Placement): { sheet: string; box: Box; footer: Box | null } {
  const { output } = placement;
  const origin = { top: 0, left: 0, rows: 0, cols: 0 };
  const box = newBox(placement.kind === 'inPlace' ? placement.previous : origin, output);
  const footer = placement.footerName === null ? null : newFooterBox(box, output);
  const sheet = placement.kind === 'newSheet' ? placement.sheetName : placement.sheet.name;
  return { sheet, box, footer };
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Queue clearing a box of values and formats (a table's cells once the table is gone). */
function clearBox(worksheet: Excel.Worksheet, box: Box): void {
  const range = worksheet.getRangeByIndexes(box.top, box.left, box.rows, box.cols);
  range.clear('All');
  range.conditionalFormats.clearAll();
}

/** Queue deleting Samkost's own chart beside a kept table, when the survey found it there. */
function deleteOurChart(worksheet: Excel.Worksheet, kept: KeptTable | undefined): void {
  const name = kept?.chart ? OUR_CHARTS[kept.output] : undefined;
  if (name !== undefined) worksheet.charts.getItem(name).delete();
}

/** Queue the swap (see the module comment for its order). */
async function swap(
  context: Excel.RequestContext,
  plan: OutputPlan,
  surveyed: ExcelSurvey,
  kept: readonly KeptTable[],
  names: TemporaryNames,
  budget: PayloadBudget,
): Promise<void> {
  const { worksheets, tables } = context.workbook;
  const aside = asides(plan);
  aside.sheets.forEach((sheet, j) => {
    worksheets.getItem(sheet.id).name = names.oldSheet(j);
  });
  aside.tables.forEach(({ table }, k) => {
    tables.getItem(table.name).name = names.oldTable(k);
  });

  // Into place; a replaced sheet's successor moves to its place (new sheets were added last, so
  // each one moved before an old one shifts the later old ones by one).
  const moves: { position: number; worksheet: Excel.Worksheet }[] = [];
  plan.placements.forEach((placement, i) => {
    if (placement.kind === 'inPlace') return;
    const worksheet = worksheets.getItem(names.newSheet(i));
    worksheet.name = placed(placement).sheet;
    tables.getItem(names.newTable(i)).name = placement.tableName;
    if (placement.footerName !== null) {
      tables.getItem(names.newFooter(i)).name = placement.footerName;
    }
    const position =
      placement.kind === 'replaceSheet' && surveyed.positions.get(placement.sheet.id);
    if (typeof position === 'number') moves.push({ position, worksheet });
  });
  moves
    .sort((a, b) => a.position - b.position)
    .forEach(({ position, worksheet }, n) => {
      worksheet.position = position + n;
    });

  plan.dropRecords.forEach((name) => context.workbook.names.getItem(name).delete());
  const addRecord = (name: RecordedName, sheet: string, box: Box, tableName: string): void => {
    const reference = `=${recordReference(sheet, box)}`;
    context.workbook.names.add(recordName(name), reference, tableName).visible = false;
  };
  plan.placements.forEach((placement) => {
    const { sheet, box, footer } = placed(placement);
    addRecord(placement.output.name, sheet, box, placement.tableName);
    const footerName = placement.output.footer?.name;
    if (footer && footerName && placement.footerName !== null) {
      addRecord(footerName, sheet, footer, placement.footerName);
    }
  });

  const keptOf = (table: SurveyedTable): KeptTable | undefined =>
    kept.find((k) => same(k.table.name, table.name));
  // Removed first: a previous footer may stand where the table above it now grows.
  const removedFrom = aside.tables.length - plan.removeTables.length;
  plan.removeTables.forEach(({ sheet, table }, r) => {
    const worksheet = worksheets.getItem(sheet.id);
    tables.getItem(names.oldTable(removedFrom + r)).delete();
    clearBox(worksheet, table);
    deleteOurChart(worksheet, keptOf(table));
  });
  for (const placement of plan.placements) {
    if (placement.kind !== 'inPlace') continue;
    const worksheet = worksheets.getItem(placement.sheet.id);
    const { previous, output } = placement;
    worksheet.tables.getItem(previous.name).delete();
    clearBox(worksheet, previous);
    newBoxes(placement).forEach((box) => clearBox(worksheet, box));
    deleteOurChart(worksheet, keptOf(previous));
    const at = { row: previous.top, col: previous.left };
    const tableNames = { table: placement.tableName, footer: placement.footerName };
    await writeTable(worksheet, output, at, tableNames, budget);
  }

  // The last step, and the only one that cannot be undone.
  aside.sheets.forEach((sheet) => worksheets.getItem(sheet.id).delete());
}

/** Put the records back as the survey found them (after the sheets are back). */
async function restoreRecords(context: Excel.RequestContext, surveyed: ExcelSurvey): Promise<void> {
  const current = context.workbook.names.load(
    'items/name, items/formula, items/comment, items/visible',
  );
  await context.sync();
  const original = new Map(surveyed.records.map((r) => [r.name.toLowerCase(), r]));
  const intact = new Set<string>();
  for (const item of current.items) {
    if (!item.name.toLowerCase().startsWith(RECORD_PREFIX.toLowerCase())) continue;
    const was = original.get(item.name.toLowerCase());
    const unchanged =
      was !== undefined &&
      was.formula === item.formula &&
      was.comment === item.comment &&
      was.visible === item.visible;
    if (unchanged) intact.add(item.name.toLowerCase());
    else item.delete();
  }
  for (const was of surveyed.records) {
    if (intact.has(was.name.toLowerCase())) continue;
    context.workbook.names.add(was.name, was.formula, was.comment).visible = was.visible;
  }
  await context.sync();
}

/** Put the workbook back after a failed write (best effort; see the module comment). */
async function recover(run: ExcelRun, names: TemporaryNames, progress: Progress): Promise<void> {
  const { surveyed, plan, kept = [] } = progress;
  if (!surveyed || !plan) return;
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name, items/id');
    const tables = context.workbook.tables.load('items/name, items/worksheet/id');
    const charts = kept.map((k) =>
      progress.swapping && k.chart ? ourChart(context, k.sheet, k.output) : null,
    );
    await context.sync();
    const present = new Map(sheets.items.map((s) => [s.id, s]));
    const aside = asides(plan);
    if (aside.sheets.some((sheet) => !present.has(sheet.id))) {
      aside.sheets.forEach((sheet) => present.get(sheet.id)?.delete());
      await context.sync();
      return;
    }
    const before = new Set(surveyed.survey.sheets.map((s) => s.id));
    sheets.items.filter((s) => !before.has(s.id)).forEach((s) => s.delete());
    aside.sheets.forEach((sheet) => {
      const now = present.get(sheet.id);
      if (now && now.name !== sheet.name) now.name = sheet.name;
    });
    const onSheet = (sheet: SurveyedSheet, name: string): boolean =>
      tables.items.some((t) => t.worksheet.id === sheet.id && same(t.name, name));
    aside.tables.forEach(({ sheet, table }, k) => {
      const shared = kept.some((entry) => entry.sheet.id === sheet.id);
      if (!shared && onSheet(sheet, names.oldTable(k))) {
        context.workbook.tables.getItem(names.oldTable(k)).name = table.name;
      }
    });
    if (progress.swapping) {
      // Whatever stands now on a shared table's sheet and was not the user's there before (the
      // new table, under any name it got so far, or the old one) goes before the old is put back.
      const keptNames = new Set(kept.map((entry) => entry.table.name.toLowerCase()));
      const cleared = new Set<string>();
      kept.forEach((entry, i) => {
        const users = new Set(
          entry.sheet.tables.map((t) => t.name.toLowerCase()).filter((n) => !keptNames.has(n)),
        );
        const standing = tables.items
          .filter((t) => t.worksheet.id === entry.sheet.id && !users.has(t.name.toLowerCase()))
          .map((t) => t.name)
          .filter((name) => !cleared.has(name.toLowerCase()));
        standing.forEach((name) => cleared.add(name.toLowerCase()));
        const placement = plan.placements.find(
          (p) => p.kind === 'inPlace' && same(p.previous.name, entry.table.name),
        );
        const also = placement?.kind === 'inPlace' ? newBoxes(placement) : [];
        const chart = charts[i];
        restoreTable(context, entry, also, standing, chart && !chart.isNullObject ? chart : null);
      });
    }
    await context.sync();
    await restoreRecords(context, surveyed);
  });
}

export interface WriteOptions {
  /** The payload budget per request (tests lower it to prove the split). */
  readonly budget?: number;
  /** The token that makes temporary names unique (tests fix it). */
  readonly token?: string;
  /** Which requirement sets the host has (what it cannot tell counts as the user's). */
  readonly supports?: Supports;
}

/** Write `outputs`, all or nothing (see the module comment); the plan's notices are the report. */
export async function writeOutputTables(
  run: ExcelRun,
  outputs: readonly OutputTable[],
  options: WriteOptions = {},
): Promise<WriteReport> {
  const names = temporaryNames(options.token ?? randomToken());
  const supports = options.supports ?? (() => false);
  const progress: Progress = {};
  try {
    return await run(async (context) => {
      const surveyed = await surveyWorkbook(context, supports);
      progress.surveyed = surveyed;
      const first = planOutputs(surveyed.survey, outputs);
      const blockedOf = queueGrowthChecks(context, first);
      // Blocking moves an in-place output to a new sheet and removes its old table: the shared
      // tables, whose contents are kept, are the same for either plan.
      const shared = sharedTables(first, surveyed.survey);
      const kept = shared.length > 0 ? await keepTables(context, shared, options.budget) : [];
      const blocked = shared.length > 0 ? blockedOf() : new Set<never>();
      const plan = blocked.size > 0 ? planOutputs(surveyed.survey, outputs, blocked) : first;
      progress.kept = kept;
      progress.plan = plan;
      const budget = new PayloadBudget(context, options.budget);
      await build(context, plan, names, budget);
      progress.swapping = true;
      await swap(context, plan, surveyed, kept, names, budget);
      await context.sync();
      return { notices: plan.notices };
    });
  } catch (error) {
    await recover(run, names, progress).catch((e) => console.log('RECOVER', e));
    throw error;
  }
}
