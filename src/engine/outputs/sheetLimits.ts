/**
 * An Excel sheet holds at most 16,384 columns and 1,048,576 rows. An output that would not fit
 * (Allocation has a column per municipality, PcCharges a column per item charged by PCs) is a
 * problem reported with the run's others, before anything is written, rather than a write that
 * fails half way in Excel or a file Excel repairs.
 */
import { problem, type Problem } from '../problem';
import type { OutputTable, OutputTableName } from '../table';

export const MAX_SHEET_COLUMNS = 16_384;
export const MAX_SHEET_ROWS = 1_048_576;

/** The input table whose rows make an output wide (columns) or long (rows). */
const WIDE_BECAUSE: Readonly<Partial<Record<OutputTableName, string>>> = {
  Allocation: 'Municipalities',
  PcCharges: 'Costs',
  Totals: 'Municipalities',
};
const LONG_BECAUSE: Readonly<Partial<Record<OutputTableName, string>>> = {
  Allocation: 'Costs',
  Priorities: 'Proposals',
};

/** A problem for every output that would not fit on a sheet (its header row included). */
export function sheetLimitProblems(outputs: readonly OutputTable[]): Problem[] {
  const problems: Problem[] = [];
  for (const output of outputs) {
    const columns = output.headers.length;
    // A footer table stands under the output's, one blank row between.
    const footer = output.footer ? 1 + output.footer.rows.length + 1 : 0;
    const rows = output.rows.length + 1 + footer;
    if (columns > MAX_SHEET_COLUMNS) {
      const cell = WIDE_BECAUSE[output.name] ?? 'Municipalities';
      problems.push(
        problem('OUTPUT_TOO_WIDE', cell, {
          table: output.name,
          count: columns,
          max: MAX_SHEET_COLUMNS,
        }),
      );
    }
    if (rows > MAX_SHEET_ROWS) {
      const cell = LONG_BECAUSE[output.name] ?? 'Municipalities';
      problems.push(
        problem('OUTPUT_TOO_LONG', cell, { table: output.name, count: rows, max: MAX_SHEET_ROWS }),
      );
    }
  }
  return problems;
}
