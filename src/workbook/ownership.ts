/**
 * Ownership (contract v1.1 §6): Samkost replaces or deletes only what it wrote itself. Both
 * adapters survey the workbook, hand the survey to {@link planOutputs}, and carry out its plan;
 * the rule lives here once.
 *
 * The record (a documented, additive extension of the contract): for every output table it
 * writes, Samkost adds a hidden, workbook-scoped defined name `Samkost.Output.<Output>` (for
 * example `Samkost.Output.Allocation`) whose reference is the table's whole range
 * (`Fordeling!$A$1:$H$40`) and whose comment is the table's name as written. Excel and LibreOffice
 * keep a name's reference in step when the user renames or moves the sheet or inserts rows, so
 * the record survives renames; both Office.js (ExcelApi 1.4: `names.add`, `comment`, `visible`)
 * and the .xlsx format (`<definedName hidden="1" comment="…">`) read and write it.
 *
 * What counts as proven Samkost's: a record whose sheet still exists and holds a table of the
 * recorded name whose top-left cell is the record's (or, when the record's comment was lost on
 * a save by LibreOffice, a table whose whole range is the record's). Anything else, an output-named table in a
 * workbook written before records existed included, is the user's and is never touched.
 */
import {
  OUTPUT_TABLE_NAMES,
  type OutputTable,
  type OutputTableName,
  type WriteNotice,
} from '../engine/table';
import { uniqueSheetName } from './excel/names';

export type { WriteNotice };

export const RECORD_PREFIX = 'Samkost.Output.';

/** The defined name that records an output: `Samkost.Output.Allocation`. */
export const recordName = (output: OutputTableName): string => `${RECORD_PREFIX}${output}`;

/** A zero-based rectangle of cells. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/** One output's record as found in the workbook. */
export interface OwnershipRecord {
  readonly output: OutputTableName;
  /** The defined name as the workbook spells it (to delete or replace it). */
  readonly name: string;
  /** The sheet its reference points at; null when the reference is broken (`#REF!`). */
  readonly sheet: string | null;
  readonly box: Box | null;
  /** The table's name as written (the name's comment). */
  readonly table: string;
}

const lower = (text: string): string => text.toLowerCase();

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** `Fordeling!$A$1:$H$40`, or `'My sheet'!$A$1:$H$40`: a record's reference (no leading `=`). */
export function recordReference(sheet: string, box: Box): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const corner = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;
  const end = corner(box.top + box.rows - 1, box.left + box.cols - 1);
  return `${quoted}!${corner(box.top, box.left)}:${end}`;
}

const REFERENCE =
  /^=?(?:'((?:[^']|'')+)'|([^!'=]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/**
 * A record from a defined name, its reference (with or without `=`) and its comment; null when
 * the name is not a record of a known output (a future version's records are left alone).
 */
export function parseRecord(
  name: string,
  reference: string,
  comment: string | null | undefined,
): OwnershipRecord | null {
  if (!lower(name).startsWith(lower(RECORD_PREFIX))) return null;
  const rest = lower(name.slice(RECORD_PREFIX.length));
  const output = OUTPUT_TABLE_NAMES.find((o) => lower(o) === rest);
  if (!output) return null;
  const table = (comment ?? '').trim();
  const match = REFERENCE.exec(reference.trim());
  if (!match) return { output, name, sheet: null, box: null, table };
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? '');
  const top = Number(match[4]) - 1;
  const left = columnIndex(match[3] ?? 'A');
  const bottom = match[6] !== undefined ? Number(match[6]) - 1 : top;
  const right = match[5] !== undefined ? columnIndex(match[5]) : left;
  const box = { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  return { output, name, sheet, box, table };
}

export interface SurveyedTable extends Box {
  readonly name: string;
}

/** A worksheet as an adapter surveyed it before a write. */
export interface SurveyedSheet {
  /** The adapter's own handle (Office.js worksheet id, or the sheet's part name in a file). */
  readonly id: string;
  readonly name: string;
  readonly tables: readonly SurveyedTable[];
  /** The bounding box of every cell holding a value or a format; null for an empty sheet. */
  readonly used: Box | null;
  /**
   * Anything on the sheet besides cells that Samkost did not write itself: charts, images,
   * shapes, pivot tables, comments, notes, drawings, controls.
   */
  readonly hasObjects: boolean;
}

export interface Survey {
  readonly sheets: readonly SurveyedSheet[];
  readonly records: readonly OwnershipRecord[];
  /** Every defined name in the workbook: a table may not take the name of one. */
  readonly definedNames: readonly string[];
}

/** Where one output goes. */
export type Placement =
  /** Its previous table fills a sheet of its own: the sheet is rewritten whole, name kept. */
  | {
      readonly kind: 'replaceSheet';
      readonly output: OutputTable;
      readonly sheet: SurveyedSheet;
      readonly previous: SurveyedTable;
      readonly tableName: string;
    }
  /** Its previous table shares the sheet with the user's things: rewritten where it stands. */
  | {
      readonly kind: 'inPlace';
      readonly output: OutputTable;
      readonly sheet: SurveyedSheet;
      readonly previous: SurveyedTable;
      readonly tableName: string;
    }
  /** A new sheet, at the end of the workbook, with its table at A1. */
  | {
      readonly kind: 'newSheet';
      readonly output: OutputTable;
      readonly sheetName: string;
      readonly tableName: string;
    };

export interface OutputPlan {
  readonly placements: readonly Placement[];
  /** Sheets holding only a previous output that this run does not write: deleted whole. */
  readonly deleteSheets: readonly SurveyedSheet[];
  /** Previous output tables (with their cells) to remove from sheets that stay. */
  readonly removeTables: readonly {
    readonly sheet: SurveyedSheet;
    readonly table: SurveyedTable;
  }[];
  /** Record names to delete: stale records, and those of previous outputs the plan replaces. */
  readonly dropRecords: readonly string[];
  readonly notices: readonly WriteNotice[];
}

const inside = (inner: Box, outer: Box): boolean =>
  inner.top >= outer.top &&
  inner.left >= outer.left &&
  inner.top + inner.rows <= outer.top + outer.rows &&
  inner.left + inner.cols <= outer.left + outer.cols;

/** True when `table` is the only thing on `sheet`. */
export const soleTable = (sheet: SurveyedSheet, table: SurveyedTable): boolean =>
  sheet.tables.length === 1 &&
  !sheet.hasObjects &&
  (sheet.used === null || inside(sheet.used, table));

/**
 * The sheet and table a record proves Samkost's, or null (the one rule: the write's plan and the
 * pane's following of the selection both ask it). A record whose comment is gone
 * (LibreOffice keeps a defined name's reference when it saves an .xlsx, but drops its comment
 * and hidden flag) proves only the table whose whole range is exactly the record's.
 */
export function proven<S extends Pick<SurveyedSheet, 'name' | 'tables'>>(
  record: OwnershipRecord,
  sheets: readonly S[],
): { sheet: S; table: SurveyedTable } | null {
  const box = record.box;
  if (record.sheet === null || box === null) return null;
  const sheet = sheets.find((s) => lower(s.name) === lower(record.sheet ?? ''));
  const table =
    record.table === ''
      ? sheet?.tables.find(
          (t) =>
            t.top === box.top && t.left === box.left && t.rows === box.rows && t.cols === box.cols,
        )
      : sheet?.tables.find((t) => lower(t.name) === lower(record.table));
  if (!sheet || !table) return null;
  return table.top === box.top && table.left === box.left ? { sheet, table } : null;
}

/** The first of `Allocation`, `Allocation_2`, `Allocation_3`, … that is free. */
function freeTableName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(lower(wanted))) return wanted;
  for (let n = 2; ; n += 1) {
    const candidate = `${wanted}_${n}`;
    if (!taken.has(lower(candidate))) return candidate;
  }
}

/**
 * Where each output goes and what of the previous run's goes, for a surveyed workbook.
 *
 * `blocked` names outputs whose previous table shares its sheet with the user's things and
 * whose new table, rewritten where it stands, would cover a cell of the user's: the adapter
 * checks that after a first plan and asks again, and those outputs move to a new sheet.
 */
export function planOutputs(
  survey: Survey,
  outputs: readonly OutputTable[],
  blocked: ReadonlySet<OutputTableName> = new Set(),
): OutputPlan {
  const owned = new Map<OutputTableName, { sheet: SurveyedSheet; table: SurveyedTable }>();
  const dropRecords: string[] = [];
  for (const record of survey.records) {
    const found = proven(record, survey.sheets);
    // A second record of the same output (a copied sheet) proves nothing more: it is dropped.
    if (found && !owned.has(record.output)) owned.set(record.output, found);
    dropRecords.push(record.name);
  }
  const writing = new Set(outputs.map((o) => o.name));
  const ownedTables = new Set([...owned.values()].map(({ table }) => lower(table.name)));
  const deleteSheets: SurveyedSheet[] = [];
  const removeTables: { sheet: SurveyedSheet; table: SurveyedTable }[] = [];
  for (const [output, { sheet, table }] of owned) {
    if (writing.has(output) && !blocked.has(output)) continue;
    if (soleTable(sheet, table)) deleteSheets.push(sheet);
    else removeTables.push({ sheet, table });
  }
  const deleted = new Set(deleteSheets.map((s) => s.id));

  // Names a new table may not take: every table and defined name that is not Samkost's own.
  const takenTables = new Set<string>(
    survey.definedNames.filter((n) => !n.startsWith(RECORD_PREFIX)).map(lower),
  );
  for (const sheet of survey.sheets) {
    for (const table of sheet.tables) {
      if (!ownedTables.has(lower(table.name))) takenTables.add(lower(table.name));
    }
  }
  const takenSheets = new Set(
    survey.sheets.filter((s) => !deleted.has(s.id)).map((s) => lower(s.name)),
  );
  const userTable = (name: string): SurveyedTable | undefined =>
    survey.sheets
      .flatMap((s) => s.tables)
      .find((t) => lower(t.name) === lower(name) && !ownedTables.has(lower(t.name)));

  const placements: Placement[] = [];
  const notices: WriteNotice[] = [];
  for (const output of outputs) {
    const previous = owned.get(output.name);
    const keep = previous && !blocked.has(output.name) ? previous : undefined;
    const tableName = takenTables.has(lower(output.name))
      ? (keep?.table.name ?? freeTableName(output.name, takenTables))
      : output.name;
    takenTables.add(lower(tableName));
    if (keep) {
      const kind = soleTable(keep.sheet, keep.table) ? 'replaceSheet' : 'inPlace';
      placements.push({ kind, output, sheet: keep.sheet, previous: keep.table, tableName });
      continue;
    }
    const sheetName = uniqueSheetName(output.sheetName, takenSheets);
    takenSheets.add(lower(sheetName));
    placements.push({ kind: 'newSheet', output, sheetName, tableName });
    if (previous) {
      notices.push({
        code: 'MOVED',
        output: output.name,
        tableName,
        sheetName,
        from: previous.sheet.name,
      });
    } else if (tableName !== output.name || lower(sheetName) !== lower(output.sheetName)) {
      const holder = userTable(output.name);
      const takenBy =
        tableName === output.name
          ? { kind: 'sheet' as const, name: output.sheetName }
          : holder
            ? { kind: 'table' as const, name: holder.name }
            : { kind: 'name' as const, name: output.name };
      // A sheet name Excel would refuse (too long, a forbidden character) is not the user's.
      if (takenBy.kind !== 'sheet' || takenSheets.has(lower(output.sheetName))) {
        notices.push({ code: 'NAME_TAKEN', output: output.name, tableName, sheetName, takenBy });
      }
    }
  }
  return { placements, deleteSheets, removeTables, dropRecords, notices };
}
