/**
 * The pane follows the selection: Excel says the selection changed (`Workbook.onSelectionChanged`,
 * ExcelApi 1.2: any sheet, one handler), and the pane asks which cell of Samkost's own Allocation
 * table is active. Only a cell in the body of the table the ownership record proves Samkost's
 * counts (../ownership.ts); a cell anywhere else, the header row or a table of the user's named
 * like ours included, is none.
 *
 * Two round trips at most whatever the size: (1) the active cell, its sheet's tables and the
 * record; (2) only when the cell is on the record's sheet and in its columns, where the tables
 * stand, the header row and the cell's row.
 */
import type { CellValue } from '../../engine/table';
import { parseRecord, proven, recordName, type Box } from '../ownership';
import { cellFromExcel } from './cells';
import type { ExcelRun } from './run';

/** The selected cell of the proven Allocation table's body, with what it takes to read it. */
export interface AllocationCell {
  /** The table's header row, as the workbook has it. */
  readonly headers: readonly CellValue[];
  /** The selected cell's row, across the table. */
  readonly row: readonly CellValue[];
  /** The selected cell's column within the table (0: its first). */
  readonly column: number;
  /** The row's place in the table's body (0: its first row under the headers). */
  readonly position: number;
}

const PLACE = 'rowIndex, columnIndex, rowCount, columnCount';

const boxOf = (range: Excel.Range): Box => ({
  top: range.rowIndex,
  left: range.columnIndex,
  rows: range.rowCount,
  cols: range.columnCount,
});

const lower = (text: string): string => text.toLowerCase();

/** One row of `Range.values` with its `valueTypes`, as the engine reads cells. */
const cellsOf = (range: Excel.Range): CellValue[] =>
  (range.values[0] ?? []).map((value, c) =>
    cellFromExcel(value, range.valueTypes[0]?.[c] as string | undefined),
  );

/** The active cell, when it is in the body of Samkost's Allocation table; otherwise null. */
export function readAllocationCell(run: ExcelRun): Promise<AllocationCell | null> {
  return run(async (context) => {
    const { workbook } = context;
    const active = workbook.getActiveCell().load('rowIndex, columnIndex');
    const sheet = workbook.worksheets.getActiveWorksheet().load('name');
    const tables = sheet.tables.load('items/name');
    const named = workbook.names
      .getItemOrNullObject(recordName('Allocation'))
      .load('name, formula, comment');
    await context.sync();
    if (named.isNullObject) return null;
    const record = parseRecord(named.name, String(named.formula), named.comment);
    const box = record?.box;
    if (!record || !box || lower(record.sheet ?? '') !== lower(sheet.name)) return null;
    const { rowIndex: row, columnIndex: column } = active;
    if (row <= box.top || column < box.left || column >= box.left + box.cols) return null;
    // The record names its table; one whose name was lost is found by its range (see proven).
    const candidates = tables.items.filter(
      (t) => record.table === '' || lower(t.name) === lower(record.table),
    );
    if (candidates.length === 0) return null;
    const placed = candidates.map((table) => ({
      name: table.name,
      whole: table.getRange().load(PLACE),
      body: table.getDataBodyRange().load('rowIndex, rowCount'),
    }));
    const headers = sheet.getRangeByIndexes(box.top, box.left, 1, box.cols);
    const cells = sheet.getRangeByIndexes(row, box.left, 1, box.cols);
    headers.load('values, valueTypes');
    cells.load('values, valueTypes');
    await context.sync();

    const tablesHere = placed.map((p) => ({ name: p.name, ...boxOf(p.whole) }));
    const found = proven(record, [{ name: sheet.name, tables: tablesHere }]);
    // The table must still span the record's columns: the headers read are the table's.
    if (!found || found.table.cols !== box.cols) return null;
    const body = placed.find((p) => p.name === found.table.name)?.body;
    if (!body || row < body.rowIndex || row >= body.rowIndex + body.rowCount) return null;
    return {
      headers: cellsOf(headers),
      row: cellsOf(cells),
      column: column - box.left,
      position: row - body.rowIndex,
    };
  });
}

/**
 * Call `onChange` whenever the selection changes, from now on (one round trip). Resolves to the
 * way to stop, which removes the handler through the request context that added it (as
 * Office.js requires).
 */
export async function watchSelection(
  run: ExcelRun,
  onChange: () => void,
): Promise<() => Promise<void>> {
  const added = await run(async (context) => {
    const handler = context.workbook.onSelectionChanged.add(() => {
      onChange();
      return Promise.resolve();
    });
    await context.sync();
    return handler;
  });
  return async () => {
    added.remove();
    await added.context.sync();
  };
}
