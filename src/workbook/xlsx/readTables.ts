/**
 * Reading the contract's input tables from an .xlsx package: each by its table name
 * (case-insensitive), else a worksheet of that name through the worksheet fallback (contract
 * §1). Only the sheets that hold an input are read, and of them only the cells inside the
 * inputs' boxes; every range is cut to its last non-empty cell before anything is built.
 */
import {
  cellAddress,
  isInputNamed,
  INPUT_TABLE_NAMES,
  type Cell,
  type CellValue,
  type InputTable,
  type InputTableName,
  type WorkbookTables,
} from '../../engine/table';
import { WorkbookFileError } from '../fileErrors';
import { worksheetTable } from '../worksheetTable';
import { readDateStyles } from './dateStyles';
import { readSharedStrings } from './sharedStrings';
import {
  lowerBound,
  readSheetCells,
  spend,
  type Box,
  type CellBudget,
  type SheetCells,
  type SheetContext,
} from './sheetCells';
import {
  readRelationships,
  tablesOfSheet,
  type TablePart,
  type WorkbookSheet,
  type WorkbookStructure,
} from './structure';
import type { ZipEntries } from './zip';

/**
 * Most cells one read keeps: non-empty cells read (and merged ranges met), plus the cells of
 * the tables built from them (a kept row is as wide as its table). The shared-string table is
 * held to the same number of strings. Far above the national workbook (~450,000 together) and a
 * 130,000-row table (~780,000); at the cap a read peaks near 400 MB.
 */
export const MAX_CELLS = 4_000_000;

/** A table's data rows (header and totals rows apart) and columns, as a box. */
function dataBox(table: TablePart): Box {
  const totals = table.totalsRowCount > 0 ? 1 : 0;
  return {
    top: table.top,
    left: table.left,
    bottom: table.top + table.rows - 1 - totals,
    right: table.left + table.cols - 1,
  };
}

/** A row's non-blank cells inside a box: its zero-based index, their columns and values. */
interface BoxRow {
  readonly index: number;
  readonly cols: readonly number[];
  readonly values: readonly CellValue[];
}

/** The rows of `box` that have a non-blank cell in it (blank rows are dropped here). */
function rowsIn(cells: SheetCells, box: Box): BoxRow[] {
  const found: BoxRow[] = [];
  for (let r = lowerBound(cells.rowIndexes, box.top); r < cells.rowIndexes.length; r += 1) {
    const index = cells.rowIndexes[r] ?? 0;
    if (index > box.bottom) break;
    const row = cells.rows.get(index);
    if (!row) continue;
    const cols: number[] = [];
    const values: CellValue[] = [];
    for (let c = lowerBound(row.cols, box.left); c < row.cols.length; c += 1) {
      const col = row.cols[c] ?? 0;
      if (col > box.right) break;
      const value = row.values[c] ?? null;
      if (value === null) continue;
      cols.push(col);
      values.push(value);
    }
    if (cols.length > 0) found.push({ index, cols, values });
  }
  return found;
}

/** A table's header and non-blank body rows, cut to its last non-empty column. */
function tableInput(
  sheet: string,
  table: TablePart,
  cells: SheetCells,
  budget: CellBudget,
): InputTable {
  const box = dataBox(table);
  const rows = rowsIn(cells, box);
  let right = box.left - 1;
  for (const row of rows) right = Math.max(right, row.cols[row.cols.length - 1] ?? right);
  const width = right - box.left + 1;
  const hasHeader = table.headerRowCount > 0;
  const body = rows.filter((row) => !hasHeader || row.index > box.top);
  spend(budget, (body.length + 1) * width);
  // Each column's address without its row (`Sheet!B`), made once by the one rule for addresses.
  const columns = Array.from({ length: width }, (_, c) =>
    cellAddress(sheet, box.left + c, 1).slice(0, -1),
  );
  const cellsOf = (index: number, row?: BoxRow): Cell[] => {
    const out: Cell[] = [];
    const rowNumber = String(index + 1);
    let k = 0;
    for (let c = 0; c < width; c += 1) {
      const col = box.left + c;
      let value: CellValue = null;
      if (row && row.cols[k] === col) {
        value = row.values[k] ?? null;
        k += 1;
      }
      out.push({ value, address: `${columns[c] ?? ''}${rowNumber}` });
    }
    return out;
  };
  const header = rows[0]?.index === box.top ? rows[0] : undefined;
  return {
    name: table.name,
    sheet,
    // A table without a header row still names its columns in the row it starts on.
    headers: cellsOf(box.top, header),
    rows: body.map((row) => cellsOf(row.index, row)),
  };
}

/** The used cells of a sheet as the worksheet fallback reads them. */
function sheetInput(sheet: string, cells: SheetCells, budget: CellBudget): InputTable | null {
  const all: Box = { top: 0, left: 0, bottom: Infinity, right: Infinity };
  const rows = rowsIn(cells, all);
  if (rows.length === 0) return null;
  let left = Infinity;
  let right = 0;
  for (const row of rows) {
    left = Math.min(left, row.cols[0] ?? left);
    right = Math.max(right, row.cols[row.cols.length - 1] ?? right);
  }
  spend(budget, rows.length * (right - left + 1));
  const top = rows[0]?.index ?? 0;
  const values = rows.map((row) => {
    const dense: CellValue[] = new Array<CellValue>(
      (row.cols[row.cols.length - 1] ?? left) - left + 1,
    ).fill(null);
    row.cols.forEach((col, k) => {
      dense[col - left] = row.values[k] ?? null;
    });
    return dense;
  });
  return worksheetTable({
    sheet,
    origin: { row: top, col: left },
    values,
    rowOffsets: rows.map((row) => row.index - top),
  });
}

/** What one sheet must give: input tables by their boxes, and whether it is a fallback input. */
interface SheetPlan {
  readonly sheet: WorkbookSheet;
  readonly part: string;
  readonly tables: { name: InputTableName; table: TablePart }[];
  readonly fallback: InputTableName[];
}

/** Every table of the workbook, refusing two whose names differ only in case. */
function allTables(
  zip: ZipEntries,
  sheets: readonly WorkbookSheet[],
): { sheet: WorkbookSheet; part: string; table: TablePart }[] {
  const found: { sheet: WorkbookSheet; part: string; table: TablePart }[] = [];
  const byName = new Map<string, TablePart>();
  // Each part once: a workbook listing one part under many sheets must not make it read again.
  const seen = new Set<string>();
  for (const sheet of sheets) {
    if (sheet.part === null || seen.has(sheet.part)) continue;
    seen.add(sheet.part);
    for (const table of tablesOfSheet(zip, sheet.part)) {
      const key = table.name.toLowerCase();
      const twin = byName.get(key);
      if (twin) {
        throw new WorkbookFileError('DUPLICATE_TABLE', { first: twin.name, second: table.name });
      }
      byName.set(key, table);
      found.push({ sheet, part: sheet.part, table });
    }
  }
  return found;
}

function plan(zip: ZipEntries, structure: WorkbookStructure): Map<string, SheetPlan> {
  const tables = allTables(zip, structure.sheets);
  const plans = new Map<string, SheetPlan>();
  const planOf = (sheet: WorkbookSheet, part: string): SheetPlan => {
    let existing = plans.get(part);
    if (!existing) {
      existing = { sheet, part, tables: [], fallback: [] };
      plans.set(part, existing);
    }
    return existing;
  };
  for (const name of INPUT_TABLE_NAMES) {
    const found = tables.find(({ table }) => isInputNamed(table.name, name));
    if (found) {
      planOf(found.sheet, found.part).tables.push({ name, table: found.table });
      continue;
    }
    const sheet = structure.sheets.find((s) => isInputNamed(s.name, name));
    if (sheet?.part) planOf(sheet, sheet.part).fallback.push(name);
  }
  return plans;
}

/** The context cells are read in: shared strings, and date styles in a 1904 workbook. */
function sheetContext(zip: ZipEntries, structure: WorkbookStructure): SheetContext {
  const relationships = readRelationships(zip, structure.workbookPart);
  const partOf = (kind: string): string | null => {
    const found = relationships.find(
      (r) => r.type.endsWith(`/${kind}`) && !r.external && zip.has(r.target),
    );
    return found ? found.target : null;
  };
  const strings = partOf('sharedStrings');
  const styles = structure.date1904 ? partOf('styles') : null;
  return {
    sharedStrings: strings ? readSharedStrings(zip, strings, MAX_CELLS) : [],
    date1904: structure.date1904,
    dateStyles: styles ? readDateStyles(zip, styles) : new Set(),
  };
}

/** Every contract input the workbook holds: a table by that name wins over a sheet by it. */
export function readInputTables(zip: ZipEntries, structure: WorkbookStructure): WorkbookTables {
  const plans = plan(zip, structure);
  if (plans.size === 0) return {};
  const context = sheetContext(zip, structure);
  const budget: CellBudget = { limit: MAX_CELLS, used: 0 };
  const tables: Partial<Record<InputTableName, InputTable>> = {};
  for (const { sheet, part, tables: wanted, fallback } of plans.values()) {
    const boxes = fallback.length > 0 ? null : wanted.map(({ table }) => dataBox(table));
    const cells = readSheetCells(zip, part, boxes, context, budget);
    for (const { name, table } of wanted)
      tables[name] = tableInput(sheet.name, table, cells, budget);
    for (const name of fallback) {
      const input = sheetInput(sheet.name, cells, budget);
      if (input) tables[name] = input;
    }
  }
  return tables;
}
