/**
 * The worksheet fallback (contract §1) for any adapter: a sheet named like an input, whose first
 * non-empty row is the header row and whose later non-blank rows are the data. Pure: adapters
 * hand in the values they read, this builds the engine's table with every cell's address.
 */
import { cellAddress, type Cell, type CellValue, type InputTable } from '../engine/table';

/** A worksheet's used range as an adapter read it. */
export interface WorksheetValues {
  readonly sheet: string;
  /** Zero-based row and column of the range's top-left cell on the sheet. */
  readonly origin: { readonly row: number; readonly col: number };
  /** Rows of values; rows may be ragged (missing cells are blank). */
  readonly values: readonly (readonly CellValue[])[];
  /**
   * Each row's zero-based offset below `origin`, when `values` leaves blank rows out (a sparse
   * reader); without it, row i is at offset i.
   */
  readonly rowOffsets?: readonly number[];
}

/** Blank as the parser sees it: no value, or text of nothing but spaces. */
const isBlank = (value: CellValue | undefined): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

const blankRow = (row: readonly CellValue[]): boolean => row.every(isBlank);

/**
 * The input table a worksheet holds, or null when the sheet has no non-blank cell. Blank rows
 * (a gap, or formatting left below the data) are dropped, and so are columns right of the last
 * non-blank cell; rows are padded so every row has a cell, with its address, in every column.
 */
export function worksheetTable({
  sheet,
  origin,
  values,
  rowOffsets,
}: WorksheetValues): InputTable | null {
  const headerIndex = values.findIndex((row) => !blankRow(row));
  if (headerIndex < 0) return null;
  // A loop, not Math.max(...rows): spreading 130,000 rows overflows the call stack.
  let width = 0;
  for (let r = headerIndex; r < values.length; r += 1) {
    const row = values[r] ?? [];
    let last = row.length - 1;
    while (last >= 0 && isBlank(row[last])) last -= 1;
    width = Math.max(width, last + 1);
  }
  const cellsOf = (row: readonly CellValue[], index: number): Cell[] =>
    Array.from({ length: width }, (_, c) => ({
      value: row[c] ?? null,
      address: cellAddress(sheet, origin.col + c, origin.row + (rowOffsets?.[index] ?? index) + 1),
    }));
  const rows = values.flatMap((row, index) =>
    index > headerIndex && !blankRow(row) ? [cellsOf(row, index)] : [],
  );
  return {
    name: sheet,
    sheet,
    headers: cellsOf(values[headerIndex] ?? [], headerIndex),
    rows,
  };
}
