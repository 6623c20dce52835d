/**
 * How outputs look in Excel: number formats per column format, severity colours on RiskFlags,
 * the stacked column chart of Totals and the line of the Frontier. Number format codes are Excel's invariant (en-US)
 * codes; Excel shows them with the user's separators.
 */
import type { ColumnFormat, OutputTable, TableSheet } from '../../engine/table';
import type { RecordedName } from '../ownership';
import { columnName } from '../../engine/table';
import { cellToExcel } from './cells';
import { payloadBytes, rowBlocks, type PayloadBudget } from './payload';
import { NUMBER_FORMATS } from '../numberFormats';
import { SEVERITY_COLOURS, SEVERITY_COLUMN } from '../severity';

/** Totals' columns the chart stacks: the municipality, then cost, system and proposal. */
const CHART_COLUMNS = 4;

/** The name Samkost gives its Totals chart: any other chart on an output's sheet is the user's. */
export const TOTALS_CHART = 'SamkostTotals';

/** The name Samkost gives its Frontier chart (contract v1.1 §11). */
export const FRONTIER_CHART = 'SamkostFrontier';

/** The chart Samkost draws beside an output's table, by output; a chart of any other name is the user's. */
export const OUR_CHARTS: Readonly<Partial<Record<RecordedName, string>>> = {
  Totals: TOTALS_CHART,
  Frontier: FRONTIER_CHART,
};

/** The columns of Frontier that the chart draws: Investment (x) and Score (y). */
const FRONTIER_X = 1;

/** Where a table's top-left cell goes (zero-based): A1 on a sheet of its own. */
export interface Origin {
  readonly row: number;
  readonly col: number;
}

const A1: Origin = { row: 0, col: 0 };

/** A table's values as one 2-D array, header first, text protected from becoming formulas. */
export function tableValues(
  headers: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): (string | number | boolean)[][] {
  return [
    headers.map(cellToExcel),
    ...rows.map((row) => headers.map((_, c) => cellToExcel(row[c] ?? null))),
  ];
}

/** Write a table's values from `at`: one 2-D write, or row blocks past the payload budget. */
export async function writeValues(
  worksheet: Excel.Worksheet,
  values: readonly (string | number | boolean)[][],
  budget: PayloadBudget,
  at: Origin = A1,
): Promise<void> {
  const cols = values[0]?.length ?? 0;
  for (const block of rowBlocks(values.map(payloadBytes), budget.limit)) {
    await budget.reserve(block.bytes);
    const rows = block.end - block.start;
    const range = worksheet.getRangeByIndexes(at.row + block.start, at.col, rows, cols);
    range.values = values.slice(block.start, block.end);
  }
}

/**
 * Number formats of the body's columns: one write per run of neighbouring columns with the same
 * format, as a 1×1 array, which Excel applies to every cell of the range. A grid of one code per
 * cell would weigh 17 MB on a national Allocation table (358 currency columns × 3,700 rows).
 */
export async function writeNumberFormats(
  worksheet: Excel.Worksheet,
  formats: readonly ColumnFormat[] | undefined,
  bodyRows: number,
  budget: PayloadBudget,
  at: Origin = A1,
): Promise<void> {
  if (bodyRows === 0) return;
  for (const run of formatRuns(formats ?? [])) {
    const grid = [[run.code]];
    await budget.reserve(payloadBytes(grid));
    const width = run.end - run.start;
    const range = worksheet.getRangeByIndexes(at.row + 1, at.col + run.start, bodyRows, width);
    range.numberFormat = grid;
  }
}

/** Runs `[start, end)` of neighbouring columns with the same number format (General left out). */
export function formatRuns(
  formats: readonly ColumnFormat[],
): { start: number; end: number; code: string }[] {
  const runs: { start: number; end: number; code: string }[] = [];
  formats.forEach((format, col) => {
    const code = NUMBER_FORMATS[format];
    if (code === null) return;
    const last = runs[runs.length - 1];
    if (last && last.end === col && last.code === code) last.end = col + 1;
    else runs.push({ start: col, end: col + 1, code });
  });
  return runs;
}

/**
 * The output's link column (RiskFlags' Cell): each body cell whose row has a source becomes a
 * link to it (ExcelApi 1.7), so a click selects the input cell. One cell at a time: a link set on
 * a range would go to every cell of it.
 */
export async function addLinks(
  worksheet: Excel.Worksheet,
  output: OutputTable,
  budget: PayloadBudget,
  at: Origin = A1,
): Promise<void> {
  const column = output.linkColumn;
  if (column === undefined) return;
  for (const [i, source] of (output.sources ?? []).entries()) {
    if (!source) continue;
    const link = { documentReference: source, textToDisplay: source };
    await budget.reserve(payloadBytes(link));
    worksheet.getRangeByIndexes(at.row + 1 + i, at.col + column, 1, 1).hyperlink = link;
  }
}

/** High red, medium amber, low grey on the Severity column of RiskFlags. */
export function addSeverityFormats(
  worksheet: Excel.Worksheet,
  bodyRows: number,
  at: Origin = A1,
): void {
  if (bodyRows === 0) return;
  const range = worksheet.getRangeByIndexes(at.row + 1, at.col + SEVERITY_COLUMN, bodyRows, 1);
  for (const { severity, fill, font } of SEVERITY_COLOURS) {
    const format = range.conditionalFormats.add('CellValue');
    format.cellValue.format.fill.color = fill;
    format.cellValue.format.font.color = font;
    format.cellValue.rule = { formula1: `="${severity}"`, operator: 'EqualTo' };
  }
}

/** A stacked column chart of each municipality's total by source, beside the Totals table. */
function addTotalsChart(
  worksheet: Excel.Worksheet,
  table: Pick<OutputTable, 'rows' | 'headers' | 'sheetName'>,
  at: Origin = A1,
): void {
  if (table.rows.length === 0) return;
  const source = worksheet.getRangeByIndexes(at.row, at.col, table.rows.length + 1, CHART_COLUMNS);
  const chart = worksheet.charts.add('ColumnStacked', source, 'Columns');
  chart.name = TOTALS_CHART;
  chart.title.text = table.sheetName;
  const left = columnName(at.col + table.headers.length + 1);
  const right = columnName(at.col + table.headers.length + 10);
  chart.setPosition(`${left}${at.row + 2}`, `${right}${at.row + 22}`);
}

/**
 * The efficient frontier as a line of points beside the Frontier table: the budget's investment
 * across, the best total score up, both axes titled with the table's own (localised) headers. A
 * blank Score (the mandatory proposals do not fit) is a gap in the line.
 */
function addFrontierChart(
  worksheet: Excel.Worksheet,
  table: Pick<OutputTable, 'rows' | 'headers' | 'sheetName'>,
  at: Origin = A1,
): void {
  if (table.rows.length === 0) return;
  const source = worksheet.getRangeByIndexes(at.row, at.col + FRONTIER_X, table.rows.length + 1, 2);
  const chart = worksheet.charts.add('XYScatterLines', source, 'Columns');
  chart.name = FRONTIER_CHART;
  chart.title.text = table.sheetName;
  chart.legend.visible = false;
  chart.axes.categoryAxis.title.text = String(table.headers[FRONTIER_X] ?? '');
  chart.axes.valueAxis.title.text = String(table.headers[FRONTIER_X + 1] ?? '');
  const left = columnName(at.col + table.headers.length + 1);
  const right = columnName(at.col + table.headers.length + 9);
  chart.setPosition(`${left}${at.row + 2}`, `${right}${at.row + 20}`);
}

/** Queue Samkost's own chart of `output` beside its table at `at`, if the output has one. */
export function addOurChart(
  worksheet: Excel.Worksheet,
  output: RecordedName,
  table: Pick<OutputTable, 'rows' | 'headers' | 'sheetName'>,
  at: Origin = A1,
): void {
  if (output === 'Totals') addTotalsChart(worksheet, table, at);
  if (output === 'Frontier') addFrontierChart(worksheet, table, at);
}

/** Data validation lists of an input template (ExcelApi 1.8; the caller checks support). */
export function addValidations(worksheet: Excel.Worksheet, sheet: TableSheet): void {
  const rows = Math.max(sheet.rows.length, 1);
  for (const { column, list } of sheet.validations ?? []) {
    // A list source is one comma-separated text of at most 255 characters.
    const source = list.join(',');
    if (list.some((item) => item.includes(',')) || source.length > 255) continue;
    worksheet.getRangeByIndexes(1, column, rows, 1).dataValidation.rule = {
      list: { inCellDropDown: true, source },
    };
  }
}
