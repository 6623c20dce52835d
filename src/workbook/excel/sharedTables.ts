/**
 * Previous output tables on sheets that stay (they share the sheet with the user's things): the
 * check that rewriting one where it stands covers none of the user's cells, and what a write
 * keeps of each so that a failure can put it back exactly.
 */
import type { OutputTable, OutputTableName } from '../../engine/table';
import {
  type Box,
  footerBox,
  type OutputPlan,
  type Placement,
  type RecordedName,
  type Survey,
  type SurveyedSheet,
  type SurveyedTable,
  uncovered,
} from '../ownership';
import { cellToExcel } from './cells';
import { addOurChart, addSeverityFormats, OUR_CHARTS, type Origin } from './formats';
import { READ_BYTES_PER_CELL, REQUEST_BUDGET_BYTES, rowBlocks } from './payload';

/** A previous output table on a sheet that stays, with what it held. */
export interface KeptTable {
  readonly output: RecordedName;
  readonly sheet: SurveyedSheet;
  readonly table: SurveyedTable;
  /** Its values as Excel reported them, header first. */
  readonly values: readonly (readonly (string | number | boolean)[])[];
  /** Its body's number format per column (Samkost formats whole columns). */
  readonly formats: readonly string[];
  /** Whether Samkost's own chart of the output (Totals', Frontier's) stands on its sheet. */
  readonly chart: boolean;
}

const PLACE = 'rowIndex, columnIndex, rowCount, columnCount';

const rangeOf = (context: Excel.RequestContext, sheet: SurveyedSheet, box: Box): Excel.Range =>
  context.workbook.worksheets
    .getItem(sheet.id)
    .getRangeByIndexes(box.top, box.left, box.rows, box.cols);

/**
 * Queue the check of every in-place placement: the used part (values or formats) of the cells
 * its new table and footer would take beyond its previous ones. Read after the next sync: the
 * outputs whose new cells hold anything.
 */
export function queueGrowthChecks(
  context: Excel.RequestContext,
  plan: OutputPlan,
): () => Set<OutputTableName> {
  const checks = plan.placements.flatMap((placement) => {
    if (placement.kind !== 'inPlace') return [];
    const { output, sheet, previous, previousFooter } = placement;
    const ours = previousFooter ? [previous, previousFooter] : [previous];
    return newBoxes(placement)
      .flatMap((box) => uncovered(box, ours))
      .map((strip) => ({
        output: output.name,
        used: rangeOf(context, sheet, strip).getUsedRangeOrNullObject(false).load(PLACE),
      }));
  });
  return () => new Set(checks.filter((c) => !c.used.isNullObject).map((c) => c.output));
}

/** The previous output tables on sheets that stay: rewritten in place, or removed. */
export function sharedTables(
  plan: OutputPlan,
  survey: Survey,
): { output: RecordedName; sheet: SurveyedSheet; table: SurveyedTable }[] {
  const outputOf = (table: SurveyedTable): RecordedName | undefined =>
    survey.records.find((r) => r.table.toLowerCase() === table.name.toLowerCase())?.output;
  const inPlace = plan.placements.flatMap((p) =>
    p.kind === 'inPlace' ? [{ output: p.output.name, sheet: p.sheet, table: p.previous }] : [],
  );
  const removed = plan.removeTables.flatMap(({ sheet, table }) => {
    const output = outputOf(table);
    return output ? [{ output, sheet, table }] : [];
  });
  return [...inPlace, ...removed];
}

/**
 * Read what the shared tables hold: their values in row blocks that each fit a request (one
 * sync for ordinary tables, whatever is already queued riding on the first), and the number
 * formats of their first body row.
 */
export async function keepTables(
  context: Excel.RequestContext,
  shared: readonly { output: RecordedName; sheet: SurveyedSheet; table: SurveyedTable }[],
  limit = REQUEST_BUDGET_BYTES,
): Promise<KeptTable[]> {
  const formats = shared.map(({ sheet, table }) =>
    rangeOf(context, sheet, { ...table, top: table.top + 1, rows: 1 }).load('numberFormat'),
  );
  const charts = shared.map(({ output, sheet }) => ourChart(context, sheet, output));
  const parts = shared.map(() => [] as Excel.Range[]);
  let queued = 0;
  for (const [i, { sheet, table }] of shared.entries()) {
    const rowBytes = Array.from({ length: table.rows }, () => table.cols * READ_BYTES_PER_CELL);
    for (const block of rowBlocks(rowBytes, limit)) {
      if (queued > 0 && queued + block.bytes > limit) {
        await context.sync();
        queued = 0;
      }
      queued += block.bytes;
      const box = { ...table, top: table.top + block.start, rows: block.end - block.start };
      parts[i]?.push(rangeOf(context, sheet, box).load('values'));
    }
  }
  await context.sync();
  return shared.map((entry, i) => ({
    ...entry,
    values: (parts[i] ?? []).flatMap((range) => range.values as (string | number | boolean)[][]),
    formats: ((formats[i]?.numberFormat ?? [[]])[0] ?? []).map(String),
    chart: charts[i]?.isNullObject === false,
  }));
}

/**
 * Queue putting a shared table back as it was kept: whatever now stands on its cells and those
 * the new table and footer took (`also`) is cleared, then its values, formats and table are
 * written again. `tables` names the tables on the sheet that may stand there now (deleted
 * first). A rewritten table is restored before the removed ones (its old footer among them), so
 * clearing its new cells never clears one of them put back.
 */
export function restoreTable(
  context: Excel.RequestContext,
  kept: KeptTable,
  also: readonly Box[],
  tables: readonly string[],
  chart: Excel.Chart | null,
): void {
  const worksheet = context.workbook.worksheets.getItem(kept.sheet.id);
  const { table } = kept;
  tables.forEach((name) => worksheet.tables.getItem(name).delete());
  chart?.delete();
  for (const box of [table, ...also]) {
    const range = worksheet.getRangeByIndexes(box.top, box.left, box.rows, box.cols);
    range.clear('All');
    range.conditionalFormats.clearAll();
  }
  const at: Origin = { row: table.top, col: table.left };
  const range = worksheet.getRangeByIndexes(table.top, table.left, table.rows, table.cols);
  range.values = kept.values.map((row) => row.map((v) => cellToExcel(v)));
  kept.formats.forEach((format, c) => {
    if (table.rows < 2 || format === 'General') return;
    worksheet.getRangeByIndexes(table.top + 1, table.left + c, table.rows - 1, 1).numberFormat = [
      [format],
    ];
  });
  worksheet.tables.add(range, true).name = table.name;
  const bodyRows = table.rows - 1;
  if (kept.output === 'RiskFlags') addSeverityFormats(worksheet, bodyRows, at);
  if (kept.chart) {
    const [headers = [], ...rows] = kept.values;
    const table = { headers: headers.map(String), rows, sheetName: kept.sheet.name };
    addOurChart(worksheet, kept.output, table, at);
  }
}

/**
 * Queue a lookup of Samkost's own chart of `output` on a sheet (to delete it when there); null
 * for an output Samkost draws no chart of.
 */
export function ourChart(
  context: Excel.RequestContext,
  sheet: SurveyedSheet,
  output: RecordedName,
): Excel.Chart | null {
  const name = OUR_CHARTS[output];
  if (name === undefined) return null;
  return context.workbook.worksheets.getItem(sheet.id).charts.getItemOrNullObject(name);
}

/** The box a new table of `output` takes at `previous`'s top-left. */
export const newBox = (previous: Box, output: OutputTable): Box => ({
  top: previous.top,
  left: previous.left,
  rows: output.rows.length + 1,
  cols: output.headers.length,
});

/** Where the footer of `output` stands under its table at `table`; null when it has none. */
export const newFooterBox = (table: Box, output: OutputTable): Box | null =>
  output.footer
    ? footerBox(table, output.footer.rows.length + 1, output.footer.headers.length)
    : null;

/** The boxes an in-place placement's new table and footer take. */
export function newBoxes(placement: Extract<Placement, { kind: 'inPlace' }>): Box[] {
  const box = newBox(placement.previous, placement.output);
  const footer = newFooterBox(box, placement.output);
  return footer ? [box, footer] : [box];
}
