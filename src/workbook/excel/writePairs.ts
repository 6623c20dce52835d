/**
 * The pane's pairwise judgements saved into `CriteriaPairs` (contract v1.1 §10), all or nothing:
 * the table is found under any accepted name (Kriteriepar, Pares de criterios) and headers, the
 * rows are planned by {@link planPairRows} (changed judgements update their pair's Ratio cells,
 * pairs without a row are added, nothing else is touched), and a workbook without the table gets
 * it on a new sheet, headed in the user's language. One read, one write.
 */
import { planPairRows, type PairColumn, type PairToSave } from '../pairRows';
import { appendRows } from './appendRows';
import { cellToExcel } from './cells';
import { parseCellReference, uniqueSheetName } from './names';
import { readInputTables } from './readTables';
import type { ExcelRun } from './run';

/** Sheet name and headers for a new CriteriaPairs table, in the user's language. */
export interface NewPairsTable {
  readonly sheetName: string;
  readonly criterionA: string;
  readonly criterionB: string;
  readonly ratio: string;
}

/** `saved`: cells updated and rows added; `missingColumns`: nothing written. */
export type PairsWrite =
  | { readonly kind: 'saved'; readonly updated: number; readonly added: number }
  | { readonly kind: 'missingColumns'; readonly columns: readonly PairColumn[] };

export function writePairs(
  run: ExcelRun,
  pairs: readonly PairToSave[],
  fresh: NewPairsTable,
): Promise<PairsWrite> {
  return run(async (context) => {
    const { tables, fromSheets } = await readInputTables(context, ['CriteriaPairs']);
    const table = tables.CriteriaPairs;
    if (!table) {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const worksheet = context.workbook.worksheets.add(uniqueSheetName(fresh.sheetName, taken));
      const range = worksheet.getRangeByIndexes(0, 0, pairs.length + 1, 3);
      range.values = [
        [fresh.criterionA, fresh.criterionB, fresh.ratio],
        ...pairs.map((p) => [p.a, p.b, p.ratio]),
      ].map((row) => row.map((value) => cellToExcel(value)));
      worksheet.tables.add(range, true).name = 'CriteriaPairs';
      await context.sync();
      return { kind: 'saved', updated: 0, added: pairs.length };
    }
    const plan = planPairRows(table, pairs);
    if (plan.kind === 'missingColumns') return plan;
    for (const { cell, value } of plan.updates) {
      const target = parseCellReference(cell);
      if (target?.kind !== 'cell') continue;
      context.workbook.worksheets.getItem(target.sheet).getRange(target.address).values = [
        [cellToExcel(value)],
      ];
    }
    const added = plan.added.map((row) => row.map((value) => cellToExcel(value)));
    if (added.length > 0) appendRows(context, table, !fromSheets.has('CriteriaPairs'), added);
    await context.sync();
    return { kind: 'saved', updated: plan.updates.length, added: added.length };
  });
}
