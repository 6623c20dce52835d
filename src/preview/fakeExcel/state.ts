/**
 * The fake workbook's state and the mutations Excel would make to it. Proxies (./proxies) only
 * queue calls; when a batch syncs, the calls land here. Names are unique case-insensitively, as
 * in Excel: sheet names among sheets, table names across the workbook.
 */
import { absoluteAddress, parseLocalAddress, quotedSheet, type Rect } from './address';
import { invalidArgument, invalidOperation, itemAlreadyExists } from './errors';
import type { StoredValue } from './typing';

export interface CellState {
  value: StoredValue;
  numberFormat: string;
  formula?: string;
  /** `Range.hyperlink` (ExcelApi 1.7): a URL (`address`) or a place in the workbook. */
  hyperlink?: HyperlinkState;
}

export interface HyperlinkState {
  readonly address?: string;
  readonly documentReference?: string;
  readonly screenTip?: string;
}

export interface TableState {
  readonly id: string;
  name: string;
  readonly sheet: SheetState;
  /** The table's cells including its header row. */
  rect: Rect;
  style: string;
}

/** A conditional format as metadata: the range it covers and its rule and colours. */
export interface ConditionalFormatState {
  readonly rect: Rect;
  readonly type: string;
  rule: unknown;
  fill: string | null;
  font: string | null;
}

export interface ChartState {
  name: string;
  readonly type: string;
  readonly source: Rect;
  readonly seriesBy: string;
  title: string;
  position: { readonly start: string; readonly end: string } | null;
  legend: boolean;
  /** The titles of the category (x) and value (y) axes; blank when not set. */
  axisTitles: { category: string; value: string };
}

export interface ValidationState {
  readonly rect: Rect;
  readonly rule: unknown;
}

/** A shape, pivot table, comment or note: only its presence (and name) matters here. */
export interface ObjectState {
  readonly name: string;
}

/**
 * A workbook-scoped defined name. A name that refers to a range keeps the sheet itself, so its
 * formula follows the sheet's renames as in Excel, and reads `=#REF!…` once the sheet is deleted.
 */
export interface NameState {
  readonly name: string;
  comment: string;
  visible: boolean;
  readonly target: { readonly sheet: SheetState; readonly rect: Rect } | null;
  /** The formula of a name that is not a range (a constant, `=#REF!`). */
  readonly constant: string;
}

export interface SheetState {
  readonly id: string;
  name: string;
  /** Sparse rows of cells; an absent cell is empty with the General format. */
  readonly grid: (CellState | undefined)[][];
  readonly tables: TableState[];
  readonly charts: ChartState[];
  readonly conditionalFormats: ConditionalFormatState[];
  readonly validations: ValidationState[];
  /** Shapes and pictures (charts are kept apart, as `charts`). */
  readonly shapes: ObjectState[];
  readonly pivotTables: ObjectState[];
  readonly comments: ObjectState[];
  readonly notes: ObjectState[];
  frozenRows: number;
  autofitColumns: number;
  deleted: boolean;
}

const FORBIDDEN_SHEET_CHARACTERS = /[\\/?*[\]:]/;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

const contains = (rect: Rect, row: number, col: number): boolean =>
  row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;

/** True when two rectangles share a cell. */
export const overlap = (a: Rect, b: Rect): boolean =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.col < b.col + b.cols &&
  b.col < a.col + a.cols;

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

/** `=Sheet!$A$1:$B$2` or `='My sheet'!$A$1`: a sheet and a rectangle, or null. */
const REFERENCE =
  /^=?(?:'((?:[^']|'')+)'|([^!'=]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/;

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  /** Workbook-scoped defined names, kept sorted by name as Excel lists them. */
  readonly names: NameState[] = [];
  activeSheet: SheetState | null = null;
  selection: { sheet: SheetState; rect: Rect } | null = null;
  private nextId = 1;

  private id(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  sheetByKey(key: string): SheetState | null {
    return this.sheets.find((s) => s.id === key || same(s.name, key)) ?? null;
  }

  tables(): TableState[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  tableByKey(key: string): TableState | null {
    return this.tables().find((t) => t.id === key || same(t.name, key)) ?? null;
  }

  private checkSheetName(name: string, except: SheetState | null): void {
    if (name.trim() === '' || name.length > 31 || FORBIDDEN_SHEET_CHARACTERS.test(name)) {
      throw invalidArgument(`sheet name "${name}"`);
    }
    const other = this.sheetByKey(name);
    if (other && other !== except) throw itemAlreadyExists(`sheet "${name}"`);
  }

  addSheet(name: string): SheetState {
    this.checkSheetName(name, null);
    const sheet: SheetState = {
      id: this.id('sheet'),
      name,
      grid: [],
      tables: [],
      charts: [],
      conditionalFormats: [],
      validations: [],
      shapes: [],
      pivotTables: [],
      comments: [],
      notes: [],
      frozenRows: 0,
      autofitColumns: 0,
      deleted: false,
    };
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  renameSheet(sheet: SheetState, name: string): void {
    this.checkSheetName(name, sheet);
    sheet.name = name;
  }

  deleteSheet(sheet: SheetState): void {
    if (this.sheets.length === 1) throw invalidOperation('a workbook keeps at least one sheet');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  moveSheet(sheet: SheetState, position: number): void {
    if (position < 0 || position >= this.sheets.length) throw invalidArgument('position');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  private checkTableName(name: string, except: TableState | null): void {
    if (!TABLE_NAME.test(name) || name.length > 255) throw invalidArgument(`table name "${name}"`);
    const other = this.tableByKey(name);
    if (other && other !== except) throw itemAlreadyExists(`table "${name}"`);
    // Tables and defined names share one namespace in Excel.
    if (this.nameByKey(name)) throw itemAlreadyExists(`name "${name}"`);
  }

  nameByKey(key: string): NameState | null {
    return this.names.find((n) => same(n.name, key)) ?? null;
  }

  /** The formula Excel reports for a name: its reference as the sheet is called now. */
  nameFormula(name: NameState): string {
    if (!name.target) return name.constant;
    const { sheet, rect } = name.target;
    return `=${sheet.deleted ? '#REF' : quotedSheet(sheet.name)}!${absoluteAddress(rect)}`;
  }

  /** Add a name for a range, or for a reference as text (`=Sheet!$A$1:$B$2`). */
  addName(
    name: string,
    reference: { readonly sheet: SheetState; readonly rect: Rect } | string,
    comment: string,
  ): NameState {
    if (!NAME.test(name) || name.length > 255 || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw invalidArgument(`name "${name}"`);
    }
    if (this.nameByKey(name) || this.tableByKey(name)) throw itemAlreadyExists(`name "${name}"`);
    let target: NameState['target'] = null;
    let constant = '';
    if (typeof reference !== 'string') target = reference;
    else {
      const match = REFERENCE.exec(reference.trim());
      const sheet = match
        ? this.sheetByKey(match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? ''))
        : null;
      if (match && sheet) target = { sheet, rect: parseLocalAddress(match[3] ?? '') };
      else if (match || !reference.startsWith('=')) throw invalidArgument(`reference ${reference}`);
      else constant = reference;
    }
    const created: NameState = { name, comment, visible: true, target, constant };
    this.names.push(created);
    this.names.sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
    return created;
  }

  deleteName(name: NameState): void {
    this.names.splice(this.names.indexOf(name), 1);
  }

  addTable(sheet: SheetState, rect: Rect): TableState {
    const overlaps = sheet.tables.some((t) => overlap(rect, t.rect));
    if (overlaps) throw invalidOperation('a table cannot overlap another table');
    let n = this.tables().length + 1;
    while (this.tableByKey(`Table${n}`)) n += 1;
    // A header-only range gets one empty body row, as Excel adds it.
    const table: TableState = {
      id: this.id('table'),
      name: `Table${n}`,
      sheet,
      rect: { ...rect, rows: Math.max(rect.rows, 2) },
      style: 'TableStyleMedium2',
    };
    // Excel replaces blank headers with Column1, Column2, ...
    for (let c = 0; c < rect.cols; c += 1) {
      const header = this.cell(sheet, rect.row, rect.col + c);
      if (header.value === null) header.value = `Column${c + 1}`;
    }
    sheet.tables.push(table);
    return table;
  }

  renameTable(table: TableState, name: string): void {
    this.checkTableName(name, table);
    table.name = name;
  }

  /** Deleting a table deletes its cells' contents too (Excel's ListObject.Delete). */
  deleteTable(table: TableState): void {
    const { sheet, rect } = table;
    sheet.tables.splice(sheet.tables.indexOf(table), 1);
    for (let r = rect.row; r < rect.row + rect.rows; r += 1) {
      for (let c = rect.col; c < rect.col + rect.cols; c += 1) {
        const row = sheet.grid[r];
        if (row) row[c] = undefined;
      }
    }
  }

  /**
   * `Range.clear`: contents, formats (number formats, conditional formats), hyperlinks, or all
   * (as in Excel, clearing contents or formats alone keeps a cell's link).
   */
  clear(
    sheet: SheetState,
    rect: Rect,
    applyTo: 'All' | 'Contents' | 'Formats' | 'Hyperlinks',
  ): void {
    sheet.grid.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (!cell || !contains(rect, r, c)) return;
        if (applyTo === 'All' || applyTo === 'Contents') {
          cell.value = null;
          delete cell.formula;
        }
        if (applyTo === 'All' || applyTo === 'Formats') cell.numberFormat = 'General';
        if (applyTo === 'All' || applyTo === 'Hyperlinks') delete cell.hyperlink;
        const blank = cell.value === null && cell.numberFormat === 'General';
        if (blank && cell.hyperlink === undefined) cells[c] = undefined;
      }),
    );
    if (applyTo === 'All' || applyTo === 'Formats') this.clearConditionalFormats(sheet, rect);
  }

  /** Remove the conditional formats that apply to any cell of `rect`. */
  clearConditionalFormats(sheet: SheetState, rect: Rect): void {
    const kept = sheet.conditionalFormats.filter((f) => !overlap(f.rect, rect));
    sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...kept);
  }

  /** The cell, created when absent (for writing). */
  cell(sheet: SheetState, row: number, col: number): CellState {
    const cells = (sheet.grid[row] ??= []);
    return (cells[col] ??= { value: null, numberFormat: 'General' });
  }

  peek(sheet: SheetState, row: number, col: number): CellState | undefined {
    return sheet.grid[row]?.[col];
  }

  /**
   * The smallest rectangle holding every non-empty cell (and, unless `valuesOnly`, every cell
   * with a number format of its own), or null for a blank sheet.
   */
  usedRect(sheet: SheetState, valuesOnly = true, within?: Rect): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    sheet.grid.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell === undefined) return;
        if (cell.value === null && (valuesOnly || cell.numberFormat === 'General')) return;
        if (within && !contains(within, r, c)) return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }),
    );
    if (bottom < 0) return null;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}
