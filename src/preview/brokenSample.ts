/**
 * The sample with a few planted input errors, so the preview (and its browser tests) can show
 * the problems view: a population that is not a number, a negative cost and a repeated
 * municipality. Planted by position, not by header, so it works whatever language the sample's
 * headers are in.
 */
import type { OutputValue, TableSheet } from '../engine/table';

const replaceCell = (
  sheet: TableSheet,
  row: number,
  column: number,
  value: OutputValue,
): TableSheet => ({
  ...sheet,
  rows: sheet.rows.map((cells, r) =>
    r === row ? cells.map((cell, c) => (c === column ? value : cell)) : cells,
  ),
});

/** The index of the first column whose value in `row` is a number, or -1. */
const firstNumberColumn = (sheet: TableSheet, row: number): number =>
  (sheet.rows[row] ?? []).findIndex((cell) => typeof cell === 'number');

/** Plant the errors in a copy of `sheets`; tables without the cells needed are left alone. */
export function brokenSample(sheets: readonly TableSheet[]): TableSheet[] {
  return sheets.map((sheet) => {
    if (sheet.tableName === 'Municipalities' && sheet.rows.length >= 3) {
      const numberColumn = firstNumberColumn(sheet, 0);
      const withText = numberColumn >= 0 ? replaceCell(sheet, 0, numberColumn, 'mange') : sheet;
      // The third municipality takes the second's name: names must be unique.
      return replaceCell(withText, 2, 0, sheet.rows[1]?.[0] ?? null);
    }
    if (sheet.tableName === 'Costs' && sheet.rows.length >= 1) {
      const numberColumn = firstNumberColumn(sheet, 0);
      return numberColumn >= 0 ? replaceCell(sheet, 0, numberColumn, -1000) : sheet;
    }
    return sheet;
  });
}
