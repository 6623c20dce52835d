/**
 * The worksheet fallback (contract §1): a sheet named like an input, whose first non-empty row
 * is the header row and whose later non-blank rows are the data.
 */
import type { Cell, InputTable } from '../../engine/table';

const blank = (row: readonly Cell[]): boolean => row.every((cell) => cell.value === null);

/** The input held by a sheet's used range (cells with addresses), or null when it is empty. */
export function fallbackTable(
  sheet: string,
  cells: readonly (readonly Cell[])[],
): InputTable | null {
  const headerIndex = cells.findIndex((row) => !blank(row));
  const headers = cells[headerIndex];
  if (!headers) return null;
  return {
    name: sheet,
    sheet,
    headers,
    rows: cells.slice(headerIndex + 1).filter((row) => !blank(row)),
  };
}
