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
 *
 * An output's footer (Allocation's totals, `AllocationTotals`) is recorded and proven the same
 * way, by its own record. It is written under its output's table, one blank row between: the
 * two go together, to a sheet of their own or in place, and the previous footer is always
 * removed (or goes with its sheet) before the new one is written under the new table.
 */
import {
  FOOTER_TABLE_NAMES,
  OUTPUT_TABLE_NAMES,
  type FooterTableName,
  type OutputTable,
  type OutputTableName,
  type WriteNotice,
} from '../engine/table';
import { uniqueSheetName } from './excel/names';

export type { WriteNotice };

export const RECORD_PREFIX = 'Samkost.Output.';

/** What a record may name: an output, or an output's footer. */
export type RecordedName = OutputTableName | FooterTableName;

/** Every name a record may carry: the outputs and their footers. */
export const RECORDED: readonly RecordedName[] = [...OUTPUT_TABLE_NAMES, ...FOOTER_TABLE_NAMES];

/** The defined name that records an output: `Samkost.Output.Allocation`. */
export const recordName = (output: RecordedName): string => `${RECORD_PREFIX}${output}`;

/** A zero-based rectangle of cells. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/** One output's record as found in the workbook. */
export interface OwnershipRecord {
  readonly output: RecordedName;
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
  const output = RECORDED.find((o) => lower(o) === rest);
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
  /**
   * The names of the sheet's other tables, whose place the adapter did not ask: on a sheet no
   * record points at, nothing is Samkost's, and a table there matters only by its name (a new
   * table may not take it). A sheet holding such a table is never Samkost's alone.
   */
  readonly unplaced?: readonly string[];
  /** The bounding box of every cell holding a value or a format; null for an empty sheet. */
  readonly used: Box | null;
  /**
   * Anything on the sheet besides cells that Samkost did not write itself: charts, images,
   * shapes, pivot tables, comments, notes, drawings, controls.
   */
  readonly hasObjects: boolean;
  /**
   * For the row just under each recorded table on the sheet (zero-based), whether it holds a
   * value or a format: the blank row between an output and its footer is the user's once used.
   * A row not asked about is absent, and counts as used.
   */
  readonly rowsBelow?: ReadonlyMap<number, boolean>;
}

export interface Survey {
  readonly sheets: readonly SurveyedSheet[];
  readonly records: readonly OwnershipRecord[];
  /** Every defined name in the workbook: a table may not take the name of one. */
  readonly definedNames: readonly string[];
}

/** Where one output goes. Its footer, if any, goes under its table, named `footerName`. */
export type Placement =
  /**
   * Its previous table (with its footer) fills a sheet of its own: the sheet is rewritten whole,
   * name kept; every table on it goes with it.
   */
  | {
      readonly kind: 'replaceSheet';
      readonly output: OutputTable;
      readonly sheet: SurveyedSheet;
      readonly previous: SurveyedTable;
      readonly tableName: string;
      readonly footerName: string | null;
    }
  /**
   * Its previous table shares the sheet with the user's things: rewritten where it stands. The
   * previous footer on the same sheet (`previousFooter`) is among the plan's `removeTables`.
   */
  | {
      readonly kind: 'inPlace';
      readonly output: OutputTable;
      readonly sheet: SurveyedSheet;
      readonly previous: SurveyedTable;
      readonly previousFooter: SurveyedTable | null;
      readonly tableName: string;
      readonly footerName: string | null;
    }
  /** A new sheet, at the end of the workbook, with its table at A1. */
  | {
      readonly kind: 'newSheet';
      readonly output: OutputTable;
      readonly sheetName: string;
      readonly tableName: string;
      readonly footerName: string | null;
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

/** The parts of `box` outside every one of `holes`, as boxes that do not overlap. */
export function uncovered(box: Box, holes: readonly Box[]): Box[] {
  let parts: Box[] = [box];
  for (const hole of holes) {
    parts = parts.flatMap((part) => {
      const top = Math.max(part.top, hole.top);
      const bottom = Math.min(part.top + part.rows, hole.top + hole.rows);
      const left = Math.max(part.left, hole.left);
      const right = Math.min(part.left + part.cols, hole.left + hole.cols);
      if (top >= bottom || left >= right) return [part];
      const pieces: Box[] = [
        { top: part.top, left: part.left, rows: top - part.top, cols: part.cols },
        { top: bottom, left: part.left, rows: part.top + part.rows - bottom, cols: part.cols },
        { top, left: part.left, rows: bottom - top, cols: left - part.left },
        { top, left: right, rows: bottom - top, cols: part.left + part.cols - right },
      ];
      return pieces.filter((p) => p.rows > 0 && p.cols > 0);
    });
  }
  return parts;
}

/** Where an output's footer of `rows` × `cols` cells stands: under `table`, one blank row between. */
export const footerBox = (table: Box, rows: number, cols: number): Box => ({
  top: table.top + table.rows + 1,
  left: table.left,
  rows,
  cols,
});

/**
 * True when `tables` (an output's table, and its footer under it) are all there is on `sheet`:
 * no other table, no object, no used cell outside them but in the blank row between them,
 * which must be known empty.
 */
export function ownSheet(sheet: SurveyedSheet, tables: readonly SurveyedTable[]): boolean {
  if (sheet.hasObjects || (sheet.unplaced ?? []).length > 0) return false;
  if (sheet.tables.length !== tables.length) return false;
  if (sheet.used === null) return true;
  const top = Math.min(...tables.map((t) => t.top));
  const left = Math.min(...tables.map((t) => t.left));
  const bounds = {
    top,
    left,
    rows: Math.max(...tables.map((t) => t.top + t.rows)) - top,
    cols: Math.max(...tables.map((t) => t.left + t.cols)) - left,
  };
  if (!inside(sheet.used, bounds)) return false;
  const emptyRow = (row: number): boolean => sheet.rowsBelow?.get(row) === false;
  return uncovered(bounds, tables).every((gap) =>
    Array.from({ length: gap.rows }, (_, i) => gap.top + i).every(emptyRow),
  );
}

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
  type Found = { sheet: SurveyedSheet; table: SurveyedTable };
  const owned = new Map<RecordedName, Found>();
  const dropRecords: string[] = [];
  for (const record of survey.records) {
    const found = proven(record, survey.sheets);
    // A second record of the same output (a copied sheet) proves nothing more: it is dropped.
    if (found && !owned.has(record.output)) owned.set(record.output, found);
    dropRecords.push(record.name);
  }
  const ownedTables = new Set([...owned.values()].map(({ table }) => lower(table.name)));

  // The outputs rewritten where their previous table stood, with the previous footer beside it.
  type Kept = Found & { kind: 'replaceSheet' | 'inPlace'; footer: SurveyedTable | null };
  const kept = new Map<RecordedName, Kept>();
  for (const output of outputs) {
    const previous = owned.get(output.name);
    if (!previous || blocked.has(output.name)) continue;
    const oldFooter = output.footer ? owned.get(output.footer.name) : undefined;
    const footer = oldFooter?.sheet.id === previous.sheet.id ? oldFooter.table : null;
    const tables = footer ? [previous.table, footer] : [previous.table];
    const kind = ownSheet(previous.sheet, tables) ? 'replaceSheet' : 'inPlace';
    kept.set(output.name, { ...previous, kind, footer });
  }
  const replacedWith = new Set(
    [...kept.values()].flatMap((k) => (k.kind === 'replaceSheet' && k.footer ? [k.footer] : [])),
  );

  // Every other previous table goes: with its sheet when it and the others going from there
  // are all the sheet holds, else alone. A footer on a sheet rewritten whole goes with it.
  const going = new Map<string, Found[]>();
  for (const [name, found] of owned) {
    if (kept.has(name) || replacedWith.has(found.table)) continue;
    going.set(found.sheet.id, [...(going.get(found.sheet.id) ?? []), found]);
  }
  const deleteSheets: SurveyedSheet[] = [];
  const removeTables: Found[] = [];
  for (const [, found] of going) {
    const sheet = found[0]?.sheet;
    if (!sheet) continue;
    if (
      ownSheet(
        sheet,
        found.map((f) => f.table),
      )
    )
      deleteSheets.push(sheet);
    else removeTables.push(...found);
  }
  const deleted = new Set(deleteSheets.map((s) => s.id));

  // Names a new table may not take: every table and defined name that is not Samkost's own.
  const takenTables = new Set<string>(
    survey.definedNames.filter((n) => !n.startsWith(RECORD_PREFIX)).map(lower),
  );
  /** Every table name in the workbook, placed or not. */
  const tableNames = survey.sheets.flatMap((s) => [
    ...s.tables.map((t) => t.name),
    ...(s.unplaced ?? []),
  ]);
  for (const name of tableNames) {
    if (!ownedTables.has(lower(name))) takenTables.add(lower(name));
  }
  const takenSheets = new Set(
    survey.sheets.filter((s) => !deleted.has(s.id)).map((s) => lower(s.name)),
  );
  /** The user's table of that name, as the workbook spells it. */
  const userTable = (name: string): string | undefined =>
    tableNames.find((t) => lower(t) === lower(name) && !ownedTables.has(lower(t)));
  /** The name a table of `wanted` takes: its own, else its previous one's, else a free one. */
  const tableNameOf = (wanted: RecordedName): string => {
    const name = takenTables.has(lower(wanted))
      ? (owned.get(wanted)?.table.name ?? freeTableName(wanted, takenTables))
      : wanted;
    takenTables.add(lower(name));
    return name;
  };

  const placements: Placement[] = [];
  const notices: WriteNotice[] = [];
  for (const output of outputs) {
    const previous = owned.get(output.name);
    const keep = kept.get(output.name);
    const tableName = tableNameOf(output.name);
    const footerName = output.footer ? tableNameOf(output.footer.name) : null;
    if (keep?.kind === 'replaceSheet') {
      const { sheet, table } = keep;
      placements.push({
        kind: 'replaceSheet',
        output,
        sheet,
        previous: table,
        tableName,
        footerName,
      });
      continue;
    }
    if (keep) {
      const { sheet, table, footer } = keep;
      placements.push({
        kind: 'inPlace',
        output,
        sheet,
        previous: table,
        previousFooter: footer,
        tableName,
        footerName,
      });
      continue;
    }
    const sheetName = uniqueSheetName(output.sheetName, takenSheets);
    takenSheets.add(lower(sheetName));
    placements.push({ kind: 'newSheet', output, sheetName, tableName, footerName });
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
            ? { kind: 'table' as const, name: holder }
            : { kind: 'name' as const, name: output.name };
      // A sheet name Excel would refuse (too long, a forbidden character) is not the user's.
      if (takenBy.kind !== 'sheet' || takenSheets.has(lower(output.sheetName))) {
        notices.push({ code: 'NAME_TAKEN', output: output.name, tableName, sheetName, takenBy });
      }
    }
  }
  // A footer that could not take its own name (the user's table or name holds it) is said too.
  for (const placement of placements) {
    const footer = placement.output.footer;
    if (!footer || placement.footerName === null || placement.footerName === footer.name) continue;
    const holder = userTable(footer.name);
    notices.push({
      code: 'NAME_TAKEN',
      output: footer.name,
      tableName: placement.footerName,
      sheetName: placement.kind === 'newSheet' ? placement.sheetName : placement.sheet.name,
      takenBy: holder ? { kind: 'table', name: holder } : { kind: 'name', name: footer.name },
    });
  }
  return { placements, deleteSheets, removeTables, dropRecords, notices };
}
