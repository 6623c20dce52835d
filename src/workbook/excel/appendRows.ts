/** Rows added under an input the user keeps (Scores, CriteriaPairs), table or plain sheet. */
import type { InputTable } from '../../engine/table';
import { cellIndexes, parseCellReference } from './names';

/**
 * New rows under an input table (added to the table, which grows) or, for an input found as a
 * plain sheet (contract §1's fallback), under the sheet's last row. Queued only: the caller syncs.
 */
export function appendRows(
  context: Excel.RequestContext,
  table: InputTable,
  isTable: boolean,
  rows: (string | number | boolean)[][],
): void {
  if (isTable) {
    context.workbook.tables.getItem(table.name).rows.add(undefined, rows);
    return;
  }
  const last = table.rows[table.rows.length - 1] ?? table.headers;
  const header = parseCellReference(table.headers[0]?.address ?? '');
  const bottom = parseCellReference(last[0]?.address ?? '');
  const origin = header?.kind === 'cell' ? cellIndexes(header.address) : null;
  const end = bottom?.kind === 'cell' ? cellIndexes(bottom.address) : null;
  if (!origin || !end) return;
  context.workbook.worksheets
    .getItem(table.sheet)
    .getRangeByIndexes(end.row + 1, origin.col, rows.length, table.headers.length).values = rows;
}
