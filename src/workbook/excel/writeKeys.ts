/**
 * *Apply* of the pane's what-if: one key written into chosen `Key` cells of the Costs table, all
 * or nothing. The cells come from the last run; before writing, each must still be the Key cell
 * of a Costs row with the same Item (the user may have sorted or edited since), else nothing is
 * written. Two round trips whatever the number of cells: the read (its own constant number of
 * syncs) and the write.
 */
import { canonicalColumn } from '../../engine/parse/headers';
import type { InputTable } from '../../engine/table';
import { cellToExcel } from './cells';
import { parseCellReference } from './names';
import { readInputTables } from './readTables';
import type { ExcelRun } from './run';

/** A Key cell to write, with the Item its row had when the pane computed the what-if. */
export interface KeyTarget {
  readonly cell: string;
  readonly item: string;
}

/** `written`: every cell has the key; `moved`: some cell is no longer that row's Key cell (nothing written). */
export type KeyWrite = 'written' | 'moved';

/** The Costs table's Key cells, by address, with their row's Item. */
function keyCells(table: InputTable): Map<string, string> {
  const columnOf = (name: string): number =>
    table.headers.findIndex(
      (h) => typeof h.value === 'string' && canonicalColumn('Costs', h.value) === name,
    );
  const key = columnOf('Key');
  const item = columnOf('Item');
  const cells = new Map<string, string>();
  if (key < 0 || item < 0) return cells;
  for (const row of table.rows) {
    const address = row[key]?.address;
    const value = row[item]?.value;
    if (address !== undefined) cells.set(address, typeof value === 'string' ? value.trim() : '');
  }
  return cells;
}

export function writeKeys(
  run: ExcelRun,
  targets: readonly KeyTarget[],
  keyText: string,
): Promise<KeyWrite> {
  return run(async (context) => {
    const { tables } = await readInputTables(context, ['Costs']);
    const current = tables.Costs ? keyCells(tables.Costs) : new Map<string, string>();
    const places = targets.map((target) => ({
      reference: parseCellReference(target.cell),
      same: current.get(target.cell) === target.item.trim(),
    }));
    if (places.some((p) => !p.same || p.reference?.kind !== 'cell')) return 'moved';
    for (const { reference } of places) {
      if (reference?.kind !== 'cell') continue;
      const sheet = context.workbook.worksheets.getItem(reference.sheet);
      sheet.getRange(reference.address).values = [[cellToExcel(keyText)]];
    }
    await context.sync();
    return 'written';
  });
}
