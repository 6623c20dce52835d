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
  /** Every cell of the row, by header position (extra columns included). */
  readonly all: readonly Cell[];
}

/** A column that is not the contract's: its position and header as written. */
export interface ExtraColumn {
  readonly index: number;
  readonly header: string;
  readonly cell: Cell;
}

export interface BoundTable {
  readonly name: InputTableName;
  /** The header as the user wrote it, for messages; the canonical name when absent. */
  readonly label: (column: string) => string;
  readonly has: (column: string) => boolean;
  /** False when a required column is missing: the table's rows make no items then. */
  readonly complete: boolean;
  readonly extras: readonly ExtraColumn[];
  readonly rows: readonly BoundRow[];
}

/** A class, so the rows of a large table share one `get` rather than a closure each. */
class Row implements BoundRow {
  constructor(
    readonly all: readonly Cell[],
    private readonly columns: ReadonlyMap<string, number>,
    readonly cells: Readonly<Record<string, string>>,
  ) {}

  get(column: string): Cell | undefined {
    return this.all[this.columns.get(column) ?? -1];
  }
}

const headerText = (cell: Cell): string =>
  cell.value === null || typeof cell.value === 'object' ? '' : String(cell.value).trim();

const blank = (cell: Cell): boolean =>
  cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');

/**
 * Bind `table` as the contract table `name`. A missing required column is reported as
 * `Table[Column]`; the other columns are still bound so their cells are checked too.
 */
export function bindTable(
  name: InputTableName,
  table: InputTable,
  required: readonly string[],
  problems: Problem[],
): BoundTable {
  const columns = new Map<string, number>();
  const extras: ExtraColumn[] = [];
  table.headers.forEach((cell, index) => {
    const header = headerText(cell);
    if (header === '') return;
    const canonical = canonicalColumn(name, header);
    const first = canonical === null ? undefined : columns.get(canonical);
    if (canonical === null) extras.push({ index, header, cell });
    else if (first !== undefined)
      problems.push(
        problem('DUPLICATE_COLUMN', cell.address, {
          table: name,
          column: canonical,
          found: header,
          first: table.headers[first]?.address ?? '',
        }),
      );
    else columns.set(canonical, index);
  });
  const missing = required.filter((column) => !columns.has(column));
  for (const column of missing) {
    problems.push(problem('MISSING_COLUMN', `${name}[${column}]`, { table: name, column }));
  }

  const rows = table.rows
    .filter((row) => !row.every(blank))
    .map((row): BoundRow => {
      const cells: Record<string, string> = {};
      for (const [column, index] of columns) {
        const cell = row[index];
        if (cell) cells[column] = cell.address;
      }
      return new Row(row, columns, cells);
    });
  return {
    name,
    label: (column) => {
      const cell = table.headers[columns.get(column) ?? -1];
      return cell ? headerText(cell) : column;
    },
    has: (column) => columns.has(column),
    complete: missing.length === 0,
    extras,
    rows,
  };
}
