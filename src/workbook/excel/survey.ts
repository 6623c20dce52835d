/**
 * The survey a write plans from (see ../ownership.ts), in two round trips whatever the size:
 * (1) the sheets, the tables with their sheets, and every defined name; (2) where each table
 * stands, and on each sheet a record points at, whatever else it holds: its used range (values
 * and formats), charts other than Samkost's own of the outputs recorded there, and where the host can tell, pivot tables
 * (ExcelApi 1.8), shapes (1.9), comments (1.10) and notes (1.18), and whether the row under
 * each recorded table is used (the blank row above a footer). What the host cannot tell
 * counts as the user's: on an older host an output's sheet is never deleted or replaced whole,
 * its table is rewritten in place.
 */
import {
  type Box,
  type OwnershipRecord,
  parseRecord,
  type Survey,
  type SurveyedSheet,
} from '../ownership';
import { MAX_SHEET_COLUMNS } from '../../engine/outputs/sheetLimits';
import { OUR_CHARTS } from './formats';

/** Whether the host has a requirement set (`Office.context.requirements.isSetSupported`). */
export type Supports = (name: string, version: string) => boolean;

/** A record as the workbook held it before the write, to put back after a failure. */
export interface RecordName {
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
  readonly visible: boolean;
}

export interface ExcelSurvey {
  readonly survey: Survey;
  /** Each sheet's position by id, before the write. */
  readonly positions: ReadonlyMap<string, number>;
  /** Every `Samkost.Output.*` name as it was. */
  readonly records: readonly RecordName[];
}

const PLACE = 'rowIndex, columnIndex, rowCount, columnCount';

const boxOf = (range: Excel.Range): Box => ({
  top: range.rowIndex,
  left: range.columnIndex,
  rows: range.rowCount,
  cols: range.columnCount,
});

/** What else a sheet holds, queued; read once a sync has brought it. */
function queueContents(
  sheet: Excel.Worksheet,
  supports: Supports,
  ours: ReadonlySet<string>,
  rowsBelow: readonly number[],
): () => {
  used: Box | null;
  hasObjects: boolean;
  rowsBelow: ReadonlyMap<number, boolean>;
} {
  const used = sheet.getUsedRangeOrNullObject(false).load(PLACE);
  const below = rowsBelow.map((row) => ({
    row,
    used: sheet
      .getRangeByIndexes(row, 0, 1, MAX_SHEET_COLUMNS)
      .getUsedRangeOrNullObject(false)
      .load(PLACE),
  }));
  const charts = sheet.charts.load('items/name');
  // Each collection is read where the host has it; where it has not, the sheet may hold such a
  // thing and counts as the user's.
  const pivots = supports('ExcelApi', '1.8') ? sheet.pivotTables.load('items/id') : null;
  const shapes = supports('ExcelApi', '1.9') ? sheet.shapes.load('items/name') : null;
  const comments = supports('ExcelApi', '1.10') ? sheet.comments.load('items/id') : null;
  const notes = supports('ExcelApi', '1.18') ? sheet.notes.load('items/content') : null;
  const notOurs = (item: { name: string }): boolean => !ours.has(item.name);
  return () => ({
    used: used.isNullObject ? null : boxOf(used),
    rowsBelow: new Map(below.map((b) => [b.row, !b.used.isNullObject])),
    hasObjects:
      charts.items.some(notOurs) ||
      pivots === null ||
      pivots.items.length > 0 ||
      // A host may list a chart among the shapes too: Samkost's own is not counted.
      shapes === null ||
      shapes.items.some(notOurs) ||
      comments === null ||
      comments.items.length > 0 ||
      notes === null ||
      notes.items.length > 0,
  });
}

/** Survey the workbook for a write (two syncs). */
export async function surveyWorkbook(
  context: Excel.RequestContext,
  supports: Supports,
): Promise<ExcelSurvey> {
  const { workbook } = context;
  const names = workbook.names.load('items/name, items/formula, items/comment, items/visible');
  const sheets = workbook.worksheets.load('items/name, items/id, items/position');
  const tables = workbook.tables.load('items/name, items/worksheet/id');
  await context.sync();

  const records: OwnershipRecord[] = [];
  const recordNames: RecordName[] = [];
  for (const item of names.items) {
    const formula = typeof item.formula === 'string' ? item.formula : String(item.formula);
    const record = parseRecord(item.name, formula, item.comment);
    if (!record) continue;
    records.push(record);
    recordNames.push({ name: item.name, formula, comment: item.comment, visible: item.visible });
  }
  const recordSheets = new Set(records.map((r) => (r.sheet ?? '').toLowerCase()));
  // Samkost's chart of an output counts as its own only on the sheet that output's record names.
  // The row under each recorded table: where a footer's blank row is, and must stay blank.
  const rowsBelow = (sheet: string): number[] =>
    records.flatMap((r) =>
      r.box && (r.sheet ?? '').toLowerCase() === sheet.toLowerCase()
        ? [r.box.top + r.box.rows]
        : [],
    );
  const chartsOn = (sheet: string): ReadonlySet<string> =>
    new Set(
      records.flatMap((r) =>
        (r.sheet ?? '').toLowerCase() === sheet.toLowerCase() ? (OUR_CHARTS[r.output] ?? []) : [],
      ),
    );
  const ranges = tables.items.map((table) => table.getRange().load(PLACE));
  const contents = new Map(
    sheets.items
      .filter((sheet) => recordSheets.has(sheet.name.toLowerCase()))
      .map((sheet) => [
        sheet.id,
        queueContents(sheet, supports, chartsOn(sheet.name), rowsBelow(sheet.name)),
      ]),
  );
  await context.sync();

  const surveyed: SurveyedSheet[] = sheets.items.map((sheet) => {
    const held = contents.get(sheet.id)?.();
    return {
      id: sheet.id,
      name: sheet.name,
      tables: tables.items.flatMap((table, i) => {
        const range = ranges[i];
        return table.worksheet.id === sheet.id && range
          ? [{ name: table.name, ...boxOf(range) }]
          : [];
      }),
      // A sheet no record points at is never Samkost's: what it holds is not asked.
      used: held?.used ?? null,
      hasObjects: held?.hasObjects ?? true,
      rowsBelow: held?.rowsBelow ?? new Map<number, boolean>(),
    };
  });
  return {
    survey: {
      sheets: surveyed,
      records,
      definedNames: names.items.map((n) => n.name),
    },
    positions: new Map(sheets.items.map((s) => [s.id, s.position])),
    records: recordNames,
  };
}
