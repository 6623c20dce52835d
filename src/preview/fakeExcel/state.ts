/**
 * The fake workbook's state and the mutations Excel would make to it. Proxies (./proxies) only
 * queue calls; when a batch syncs, the calls land here. Names are unique case-insensitively, as
 * in Excel: sheet names among sheets, table names across the workbook.
 */
import type { Rect } from './address';
import { invalidArgument, invalidOperation, itemAlreadyExists } from './errors';
import type { StoredValue } from './typing';

export interface CellState {
  value: StoredValue;
  numberFormat: string;
  formula?: string;
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
  readonly type: string;
  readonly source: Rect;
  readonly seriesBy: string;
  title: string;
  position: { readonly start: string; readonly end: string } | null;
}

export interface ValidationState {
  readonly rect: Rect;
  readonly rule: unknown;
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
  frozenRows: number;
  autofitColumns: number;
  deleted: boolean;
}

const FORBIDDEN_SHEET_CHARACTERS = /[\\/?*[\]:]/;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export class WorkbookState {
  readonly sheets: SheetState[] = [];
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
  }

  addTable(sheet: SheetState, rect: Rect): TableState {
    const overlaps = sheet.tables.some(
      (t) =>
        rect.row < t.rect.row + t.rect.rows &&
        t.rect.row < rect.row + rect.rows &&
        rect.col < t.rect.col + t.rect.cols &&
        t.rect.col < rect.col + rect.cols,
    );
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

  /** The cell, created when absent (for writing). */
  cell(sheet: SheetState, row: number, col: number): CellState {
    const cells = (sheet.grid[row] ??= []);
    return (cells[col] ??= { value: null, numberFormat: 'General' });
  }

  peek(sheet: SheetState, row: number, col: number): CellState | undefined {
    return sheet.grid[row]?.[col];
  }

  /** The smallest rectangle holding every non-empty cell, or null for a blank sheet. */
  usedRect(sheet: SheetState): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    sheet.grid.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell?.value === null || cell === undefined) return;
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
