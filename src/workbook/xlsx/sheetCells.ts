/**
 * Reading a worksheet part as it inflates, keeping only the non-empty cells inside the boxes
 * asked for (or every non-empty cell, for the worksheet fallback). Empty cells are never
 * materialised: a styled blank at XFD1048576 costs nothing, and every kept cell counts toward
 * the read's cell cap.
 */
import type { CellValue } from '../../engine/table';
import { WorkbookFileError } from '../fileErrors';
import { cellValue, unescapeText, type CellContext } from './cells';
import { MAX_COLS, MAX_ROWS, parseRange } from './structure';
import { parsePart } from './xml';
import type { ZipEntries } from './zip';

/** A zero-based, inclusive block of cells. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One row's kept cells, by ascending column. */
export interface RowCells {
  readonly cols: number[];
  readonly values: CellValue[];
}

/** The kept cells of a sheet: rows by ascending row index. */
export interface SheetCells {
  readonly rowIndexes: readonly number[];
  readonly rows: ReadonlyMap<number, RowCells>;
}

/** The cells one read may keep, across all its sheets (shared so the cap is the read's). */
export interface CellBudget {
  readonly limit: number;
  used: number;
}

export const spend = (budget: CellBudget, cells: number): void => {
  budget.used += cells;
  if (budget.used > budget.limit) {
    throw new WorkbookFileError('TOO_MANY_CELLS', { limit: budget.limit });
  }
};

export interface SheetContext extends CellContext {
  /** Styles (`s`) whose number format is a date; asked only in a 1904 workbook. */
  readonly dateStyles: ReadonlySet<number>;
}

/** The caps read once: a reference checked against them per cell must not go through a binding. */
const ROW_CAP = MAX_ROWS;
const COL_CAP = MAX_COLS;

/**
 * `B7` as a zero-based position, row * COL_CAP + column, or -1; without a regular expression
 * or an object, as this runs for every cell.
 */
function cellRef(ref: string): number {
  let i = 0;
  let col = 0;
  for (; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  let row = 0;
  const digits = i;
  for (; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    row = row * 10 + code - 48;
  }
  if (digits === 0 || i === digits || col > COL_CAP || row < 1 || row > ROW_CAP) return -1;
  return (row - 1) * COL_CAP + col - 1;
}

const inBox = (box: Box, row: number, col: number): boolean =>
  row >= box.top && row <= box.bottom && col >= box.left && col <= box.right;

const intersects = (a: Box, b: Box): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Sort a row's cells by column when the file gave them out of order; the last of a twin wins. */
function normalise(row: RowCells): void {
  const order = row.cols.map((col, i) => ({ col, i }));
  order.sort((a, b) => a.col - b.col || a.i - b.i);
  const cols: number[] = [];
  const values: CellValue[] = [];
  for (const { col, i } of order) {
    if (cols.length > 0 && cols[cols.length - 1] === col)
      values[values.length - 1] = row.values[i] ?? null;
    else {
      cols.push(col);
      values.push(row.values[i] ?? null);
    }
  }
  row.cols.length = 0;
  row.values.length = 0;
  for (let i = 0; i < cols.length; i += 1) {
    row.cols.push(cols[i] ?? 0);
    row.values.push(values[i] ?? null);
  }
}

/** First index in ascending `list` whose value is >= `value`. */
export function lowerBound(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Blank the hidden cells of merged ranges (all but each range's top-left cell), as Excel shows
 * them. The work is charged to the budget: overlapping merges (which Excel refuses) cannot make
 * it quadratic without end.
 */
function blankMerged(cells: SheetCells, merges: readonly Box[], budget: CellBudget): void {
  for (const merge of merges) {
    let r = lowerBound(cells.rowIndexes, merge.top);
    for (; r < cells.rowIndexes.length; r += 1) {
      const rowIndex = cells.rowIndexes[r] ?? 0;
      if (rowIndex > merge.bottom) break;
      spend(budget, 1);
      const row = cells.rows.get(rowIndex);
      if (!row) continue;
      for (let c = lowerBound(row.cols, merge.left); c < row.cols.length; c += 1) {
        const col = row.cols[c] ?? 0;
        if (col > merge.right) break;
        if (rowIndex !== merge.top || col !== merge.left) row.values[c] = null;
      }
    }
  }
}

/**
 * The non-empty cells of worksheet `part` inside `boxes`, or all of them when `boxes` is null.
 */
export function readSheetCells(
  zip: ZipEntries,
  part: string,
  boxes: readonly Box[] | null,
  context: SheetContext,
  budget: CellBudget,
): SheetCells {
  const rows = new Map<number, RowCells>();
  const unsorted = new Set<RowCells>();
  const merges: Box[] = [];
  const wanted = (row: number, col: number): boolean => {
    if (boxes === null) return true;
    for (const box of boxes) if (inBox(box, row, col)) return true;
    return false;
  };

  let inSheetData = false;
  let rowIndex = -1;
  let col = -1;
  let cellRow = -1;
  let type: string | undefined;
  let style = 0;
  let value: string | null = null;
  let inline: string | null = null;
  let capture: 'v' | 't' | null = null;
  let phonetic = 0;
  let inInline = false;

  const keep = (row: number, column: number, cell: CellValue): void => {
    spend(budget, 1);
    let cellsOfRow = rows.get(row);
    if (!cellsOfRow) {
      cellsOfRow = { cols: [], values: [] };
      rows.set(row, cellsOfRow);
    }
    const last = cellsOfRow.cols[cellsOfRow.cols.length - 1];
    if (last !== undefined && last >= column) unsorted.add(cellsOfRow);
    cellsOfRow.cols.push(column);
    cellsOfRow.values.push(cell);
  };

  parsePart(zip, part, {
    open: (name, attributes) => {
      switch (name) {
        case 'sheetData':
          inSheetData = true;
          return;
        case 'row': {
          if (!inSheetData) return;
          const r = attributes.r === undefined ? NaN : parseInt(attributes.r, 10);
          rowIndex = Number.isFinite(r) && r >= 1 && r <= ROW_CAP ? r - 1 : rowIndex + 1;
          col = -1;
          return;
        }
        case 'c': {
          if (!inSheetData) return;
          const ref = attributes.r === undefined ? -1 : cellRef(attributes.r);
          cellRow = ref >= 0 ? Math.floor(ref / COL_CAP) : Math.max(rowIndex, 0);
          col = ref >= 0 ? ref % COL_CAP : col + 1;
          type = attributes.t;
          style = attributes.s === undefined ? 0 : parseInt(attributes.s, 10);
          value = null;
          inline = null;
          return;
        }
        case 'v':
          if (inSheetData) {
            capture = 'v';
            value = '';
          }
          return;
        case 'is':
          inInline = true;
          inline = '';
          return;
        case 'rPh':
          phonetic += 1;
          return;
        case 't':
          if (inInline && phonetic === 0) capture = 't';
          return;
        case 'mergeCell': {
          const range = parseRange(attributes.ref ?? '');
          if (!range) return;
          const merge = {
            top: range.top,
            left: range.left,
            bottom: range.top + range.rows - 1,
            right: range.left + range.cols - 1,
          };
          if (boxes === null || boxes.some((box) => intersects(box, merge))) {
            spend(budget, 1);
            merges.push(merge);
          }
          return;
        }
        default:
          return;
      }
    },
    text: (chunk) => {
      if (capture === 'v') value += chunk;
      else if (capture === 't') inline += chunk;
    },
    close: (name) => {
      switch (name) {
        case 'sheetData':
          inSheetData = false;
          return;
        case 'v':
        case 't':
          capture = null;
          return;
        case 'rPh':
          phonetic -= 1;
          return;
        case 'is':
          inInline = false;
          return;
        case 'c': {
          if (!inSheetData || col < 0 || col >= COL_CAP) return;
          if (!wanted(cellRow, col)) return;
          const cell = cellValue(
            {
              type,
              value,
              inline: inline === null ? null : unescapeText(inline),
              dateStyled: context.date1904 && context.dateStyles.has(style),
            },
            context,
          );
          if (cell !== null) keep(cellRow, col, cell);
          return;
        }
        default:
          return;
      }
    },
  });

  for (const row of unsorted) normalise(row);
  const rowIndexes = Array.from(rows.keys()).sort((a, b) => a - b);
  const cells = { rowIndexes, rows };
  blankMerged(cells, merges, budget);
  return cells;
}
