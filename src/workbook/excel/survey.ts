/**
 * The survey a write plans from (see ../ownership.ts), in one round trip whenever Samkost's
 * tables carry the names it gives them, two otherwise (three on a host that will not reach
 * through a null object). What it asks: the sheets, the tables with
 * their sheets, and every defined name; where each table on a sheet a record points at stands;
 * and on each such sheet whatever else it holds: its used range (values and formats), charts
 * other than Samkost's own of the outputs recorded there, and where the host can tell, pivot
 * tables (ExcelApi 1.8), shapes (1.9), comments (1.10) and notes (1.18), and whether the row
 * under each recorded table is used (the blank row above a footer). What the host cannot tell
 * counts as the user's: on an older host an output's sheet is never deleted or replaced whole,
 * its table is rewritten in place.
 *
 * Which sheets a record points at is known only once the names are read, so the first request
 * also asks, for each name Samkost gives a table (`Allocation`, `AllocationTotals`, …), where a
 * table of that name stands, the row under it and what its sheet holds: navigation that needs no
 * earlier answer (for a name no table has, a null object, and everything reached through it is
 * one too). Once the names are read, a sheet a record points at is known when every table on it
 * was asked about and its recorded tables' rows below were among those asked; anything else (a
 * user's table beside an output, an output's table under another name, a record that lost its
 * comment to a LibreOffice save and points elsewhere) is asked in a second round trip, as before.
 * A table on a sheet no record points at is never Samkost's: only its name is kept.
 */
import {
  type Box,
  type OwnershipRecord,
  parseRecord,
  RECORDED,
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

const lower = (text: string): string => text.toLowerCase();

/** What a sheet holds besides its tables, once read. */
interface Contents {
  readonly used: Box | null;
  readonly hasObjects: boolean;
}

/**
 * What else a sheet holds, queued; read once a sync has brought it, not counting Samkost's own
 * charts (`ours`) of the outputs recorded on the sheet.
 */
function queueContents(
  sheet: Excel.Worksheet,
  supports: Supports,
): (ours: ReadonlySet<string>) => Contents {
  const used = sheet.getUsedRangeOrNullObject(false).load(PLACE);
  const charts = sheet.charts.load('items/name');
  // Each collection is read where the host has it; where it has not, the sheet may hold such a
  // thing and counts as the user's.
  const pivots = supports('ExcelApi', '1.8') ? sheet.pivotTables.load('items/id') : null;
  const shapes = supports('ExcelApi', '1.9') ? sheet.shapes.load('items/name') : null;
  const comments = supports('ExcelApi', '1.10') ? sheet.comments.load('items/id') : null;
  const notes = supports('ExcelApi', '1.18') ? sheet.notes.load('items/content') : null;
  return (ours) => {
    const notOurs = (item: { name: string }): boolean => !ours.has(item.name);
    return {
      used: used.isNullObject ? null : boxOf(used),
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
    };
  };
}

/** Whether a row (a range of whole rows) holds a value or a format, queued; read after a sync. */
function queueRowUsed(row: Excel.Range): () => boolean {
  const used = row.getUsedRangeOrNullObject(false).load(PLACE);
  return () => !used.isNullObject;
}

/** What the first request asks about a table of a name Samkost gives, before knowing it exists. */
interface Guess {
  readonly name: string;
  /** The table's range: a null object when no table has the name. */
  readonly range: Excel.Range;
  /** Whether the row under the table is used. */
  readonly rowBelow: () => boolean;
  /** What the table's sheet holds besides its tables. */
  readonly contents: (ours: ReadonlySet<string>) => Contents;
}

function queueGuess(context: Excel.RequestContext, name: string, supports: Supports): Guess {
  const table = context.workbook.tables.getItemOrNullObject(name);
  const range = table.getRange().load(PLACE);
  return {
    name,
    range,
    rowBelow: queueRowUsed(range.getRowsBelow(1).getEntireRow()),
    contents: queueContents(table.worksheet, supports),
  };
}

/** What is known of a sheet a record points at: its contents, and its recorded rows below. */
interface Known {
  readonly contents: (ours: ReadonlySet<string>) => Contents;
  readonly rowsBelow: ReadonlyMap<number, () => boolean>;
}

/** The first request: the names, sheets and tables, and (when `guessing`) the guesses. */
async function firstRequest(context: Excel.RequestContext, supports: Supports, guessing: boolean) {
  const { workbook } = context;
  const names = workbook.names.load('items/name, items/formula, items/comment, items/visible');
  const sheets = workbook.worksheets.load('items/name, items/id, items/position');
  const tables = workbook.tables.load('items/name, items/worksheet/id');
  const guesses = guessing ? RECORDED.map((name) => queueGuess(context, name, supports)) : [];
  await context.sync();
  return { names, sheets, tables, guesses };
}

/** Survey the workbook for a write (one sync, two when the first request's guesses fell short). */
export async function surveyWorkbook(
  context: Excel.RequestContext,
  supports: Supports,
): Promise<ExcelSurvey> {
  // The guesses reach through null objects (no table has most of the names Samkost gives). The
  // docs do not say how every host answers that, so a refusal of any kind is asked again without
  // them, at the cost of a sync: the request only reads, so asking twice changes nothing.
  const { names, sheets, tables, guesses } = await firstRequest(context, supports, true).catch(() =>
    firstRequest(context, supports, false),
  );

  const records: OwnershipRecord[] = [];
  const recordNames: RecordName[] = [];
  for (const item of names.items) {
    const formula = typeof item.formula === 'string' ? item.formula : String(item.formula);
    const record = parseRecord(item.name, formula, item.comment);
    if (!record) continue;
    records.push(record);
    recordNames.push({ name: item.name, formula, comment: item.comment, visible: item.visible });
  }
  const recordsOn = (sheet: string): OwnershipRecord[] =>
    records.filter((r) => r.box !== null && lower(r.sheet ?? '') === lower(sheet));
  // The row under each recorded table: where a footer's blank row is, and must stay blank.
  const rowsBelow = (sheet: string): number[] =>
    recordsOn(sheet).flatMap((r) => (r.box ? [r.box.top + r.box.rows] : []));
  // Samkost's chart of an output counts as its own only on the sheet that output's record names.
  const chartsOn = (sheet: string): ReadonlySet<string> =>
    new Set(recordsOn(sheet).flatMap((r) => OUR_CHARTS[r.output] ?? []));
  const recordSheets = sheets.items.filter((s) => recordsOn(s.name).length > 0);
  const tablesOn = (sheet: Excel.Worksheet): Excel.Table[] =>
    tables.items.filter((t) => t.worksheet.id === sheet.id);

  // What the guesses found: tables by name, and on each sheet what its guessed tables said.
  const found = guesses.flatMap((guess) => {
    if (guess.range.isNullObject) return [];
    const table = tables.items.find((t) => lower(t.name) === lower(guess.name));
    return table ? [{ guess, sheet: table.worksheet.id, box: boxOf(guess.range) }] : [];
  });
  const places = new Map<string, Box>();
  for (const { guess, box } of found) places.set(lower(guess.name), box);
  const knownOf = (sheet: Excel.Worksheet): Known | null => {
    const here = found.filter((f) => f.sheet === sheet.id);
    const first = here[0];
    const below = new Map<number, () => boolean>();
    for (const { guess, box } of here) below.set(box.top + box.rows, guess.rowBelow);
    const complete = rowsBelow(sheet.name).every((row) => below.has(row));
    return first && complete ? { contents: first.guess.contents, rowsBelow: below } : null;
  };

  // The second round trip, only for what the guesses did not tell.
  const ranges = new Map<string, Excel.Range>();
  const known = new Map<string, Known>();
  let asking = false;
  for (const sheet of recordSheets) {
    for (const table of tablesOn(sheet)) {
      if (places.has(lower(table.name))) continue;
      ranges.set(lower(table.name), table.getRange().load(PLACE));
      asking = true;
    }
    const guessed = knownOf(sheet);
    asking ||= guessed === null;
    known.set(
      sheet.id,
      guessed ?? {
        contents: queueContents(sheet, supports),
        rowsBelow: new Map(
          rowsBelow(sheet.name).map((row) => [
            row,
            queueRowUsed(sheet.getRangeByIndexes(row, 0, 1, MAX_SHEET_COLUMNS)),
          ]),
        ),
      },
    );
  }
  if (asking) await context.sync();
  for (const [name, range] of ranges) places.set(name, boxOf(range));

  const surveyed: SurveyedSheet[] = sheets.items.map((sheet) => {
    const held = known.get(sheet.id);
    const here = tablesOn(sheet);
    const placed = here.flatMap((table) => {
      const box = held ? places.get(lower(table.name)) : undefined;
      return box ? [{ name: table.name, ...box }] : [];
    });
    const base = {
      id: sheet.id,
      name: sheet.name,
      tables: placed,
      unplaced: here.map((t) => t.name).filter((name) => !placed.some((p) => p.name === name)),
    };
    // A sheet no record points at is never Samkost's: what it holds is not asked.
    if (!held)
      return { ...base, used: null, hasObjects: true, rowsBelow: new Map<number, boolean>() };
    const { used, hasObjects } = held.contents(chartsOn(sheet.name));
    // A row not asked about is absent, and counts as used.
    const rows = rowsBelow(sheet.name).flatMap((row) => {
      const usedRow = held.rowsBelow.get(row);
      return usedRow ? [[row, usedRow()] as const] : [];
    });
    return { ...base, used, hasObjects, rowsBelow: new Map(rows) };
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
