/**
 * Binding a table's headers to the contract's columns, and walking its rows. Collects
 * MISSING_COLUMN and DUPLICATE_COLUMN; skips rows whose every cell is blank (Excel tables often
 * end in one).
 */
import { problem, type Problem } from '../problem';
import type { Cell, InputTable, InputTableName } from '../table';
import { canonicalColumn } from './headers';

export interface BoundRow {
  /** The cell of a canonical column, or undefined when the table has no such column. */
  readonly get: (column: string) => Cell | undefined;
  /** Canonical column → address, for every bound column. */
  readonly cells: Readonly<Record<string, string>>;
  readonly all: readonly Cell[];
}

export interface BoundTable {
  readonly table: InputTable;
  /** The header as the user wrote it, for messages; the canonical name when absent. */
  readonly label: (column: string) => string;
  readonly has: (column: string) => boolean;
  /** Columns that are not the contract's: index and header as written. */
  readonly extras: readonly { readonly index: number; readonly header: string }[];
  readonly rows: readonly BoundRow[];
}

const headerText = (cell: Cell): string =>
  cell.value === null || typeof cell.value === 'object' ? '' : String(cell.value).trim();

const blankRow = (row: readonly Cell[]): boolean =>
  row.every((c) => c.value === null || (typeof c.value === 'string' && c.value.trim() === ''));

/**
 * Bind `table` as the contract table `name`. Returns null (with problems) when a required
 * column is missing: its rows cannot be read.
 */
export function bindTable(
  name: InputTableName,
  table: InputTable,
  required: readonly string[],
  problems: Problem[],
): BoundTable | null {
  const columns = new Map<string, number>();
  const extras: { index: number; header: string }[] = [];
  table.headers.forEach((cell, index) => {
    const header = headerText(cell);
    if (header === '') return;
    const canonical = canonicalColumn(name, header);
    if (canonical === null) extras.push({ index, header });
    else if (columns.has(canonical))
      problems.push(problem('DUPLICATE_COLUMN', cell.address, { table: name, column: header }));
    else columns.set(canonical, index);
  });
  const missing = required.filter((column) => !columns.has(column));
  for (const column of missing) {
    problems.push(problem('MISSING_COLUMN', `${name}[${column}]`, { table: name, column }));
  }
  if (missing.length > 0) return null;

  const rows = table.rows
    .filter((row) => !blankRow(row))
    .map((row): BoundRow => {
      const cells: Record<string, string> = {};
      for (const [column, index] of columns) {
        const cell = row[index];
        if (cell) cells[column] = cell.address;
      }
      return {
        get: (column) => {
          const index = columns.get(column);
          return index === undefined ? undefined : row[index];
        },
        cells,
        all: row,
      };
    });
  return {
    table,
    label: (column) => {
      const index = columns.get(column);
      const cell = index === undefined ? undefined : table.headers[index];
      return cell ? headerText(cell) : column;
    },
    has: (column) => columns.has(column),
    extras,
    rows,
  };
}
