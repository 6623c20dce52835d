/**
 * Replacing the output tables of an exceljs workbook (in memory; saving is apart). Earlier
 * outputs go first: a sheet holding output tables and nothing else is removed whole; an output
 * table on a sheet that also holds other tables is removed with its cells. Every other sheet,
 * every input included, is left as it is. Then each output goes on a new sheet of its own.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { OUTPUT_TABLE_NAMES, type OutputTable } from '../../engine/table';
import { uniqueSheetName } from '../excel/names';
import { addTableSheet } from './tableSheet';
import { tableBounds, tablesOf, type TableModel } from './tables';

const OUTPUT_NAMES = new Set(OUTPUT_TABLE_NAMES.map((n) => n.toLowerCase()));
const isOutput = (table: TableModel): boolean => OUTPUT_NAMES.has(table.name.toLowerCase());

/** RiskFlags' Severity column, one-based, in the contract's column order (§6). */
const SEVERITY_COLUMN = 4;
/** Severity colours (fill, font), the same as the Office.js adapter's. */
const SEVERITY_COLOURS = {
  high: ['FFFFC7CE', 'FF9C0006'],
  medium: ['FFFFEB9C', 'FF9C5700'],
  low: ['FFEDEDED', 'FF3B3B3B'],
} as const;

/** Clear the cells of a table that is removed from a sheet it shares with other tables. */
function clearTable(worksheet: Worksheet, table: TableModel): void {
  const bounds = tableBounds(table);
  if (bounds) {
    for (let r = bounds.top; r <= bounds.bottom; r += 1) {
      for (let c = bounds.left; c <= bounds.right; c += 1) {
        const cell = worksheet.findRow(r)?.findCell(c);
        if (cell) {
          cell.value = null;
          cell.numFmt = 'General';
        }
      }
    }
  }
  worksheet.removeTable(table.name);
}

/** Remove the outputs an earlier run wrote. */
function removePrevious(workbook: Workbook): void {
  for (const worksheet of [...workbook.worksheets]) {
    const tables = tablesOf(worksheet);
    const outputs = tables.filter(isOutput);
    if (outputs.length === 0) continue;
    if (outputs.length === tables.length) workbook.removeWorksheet(worksheet.id);
    else outputs.forEach((table) => clearTable(worksheet, table));
  }
}

/** High red, medium amber, low grey on the Severity column of RiskFlags. */
function addSeverityFormats(worksheet: Worksheet, bodyRows: number): void {
  if (bodyRows === 0) return;
  const column = String.fromCharCode(64 + SEVERITY_COLUMN);
  worksheet.addConditionalFormatting({
    ref: `${column}2:${column}${bodyRows + 1}`,
    rules: Object.entries(SEVERITY_COLOURS).map(([severity, [fill, font]], i) => ({
      type: 'cellIs',
      operator: 'equal',
      formulae: [`"${severity}"`],
      priority: i + 1,
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } },
        font: { color: { argb: font } },
      },
    })),
  });
}

/** The workbook's active sheet may have been removed: point it at a sheet that exists. */
function keepActiveSheetValid(workbook: Workbook): void {
  const count = workbook.worksheets.length;
  workbook.views = (workbook.views ?? []).map((view) =>
    view.activeTab !== undefined && view.activeTab >= count ? { ...view, activeTab: 0 } : view,
  );
}

/** Replace the earlier outputs of `workbook` with `outputs` (see the module comment). */
export function replaceOutputs(workbook: Workbook, outputs: readonly OutputTable[]): void {
  const names = outputs.map((o) => o.name.toLowerCase());
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined) throw new Error(`two outputs are both named ${repeated}`);
  removePrevious(workbook);
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  for (const output of outputs) {
    const sheetName = uniqueSheetName(output.sheetName, taken);
    taken.add(sheetName.toLowerCase());
    const worksheet = addTableSheet(workbook, {
      tableName: output.name,
      sheetName,
      headers: output.headers,
      rows: output.rows,
      formats: output.formats,
    });
    if (output.name === 'RiskFlags') addSeverityFormats(worksheet, output.rows.length);
  }
  keepActiveSheetValid(workbook);
}
