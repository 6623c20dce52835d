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

/** A bound table: its header's binding and its rows. */
export interface BoundTable extends Binding {
  readonly rows: readonly BoundRow[];
}

/** A class, so the rows of a large table share one `get` rather than a closure each. */
class Row implements BoundRow {
  constructor(
    readonly all: readonly Cell[],
    private readonly binding: Binding,
    readonly cells: Readonly<Record<string, string>>,
  ) {}

  get(column: string): Cell | undefined {
    const index = this.binding.index(column);
    return index < 0 ? undefined : this.all[index];
  }
}

const headerText = (cell: Cell): string =>
  cell.value === null || typeof cell.value === 'object' ? '' : String(cell.value).trim();

/** Whether every cell of `row` is blank (null or only spaces). */
export function isBlankRow(row: readonly Cell[]): boolean {
  // Indexed: before the optimiser steps in, for-of makes an object per step of every row.
  for (let i = 0; i < row.length; i++) {
    const value = row[i]?.value ?? null;
    if (value !== null && (typeof value !== 'string' || value.trim() !== '')) return false;
  }
  return true;
}

/** A table's header bound to the contract's columns: what each row is read by. */
export interface Binding {
  readonly name: InputTableName;
  /** The header as the user wrote it, for messages; the canonical name when absent. */
  readonly label: (column: string) => string;
  readonly has: (column: string) => boolean;
  /** The position of a canonical column's cells in each row, or -1 when the table has none. */
  readonly index: (column: string) => number;
  /** False when a required column is missing: the table's rows make no items then. */
  readonly complete: boolean;
  readonly extras: readonly ExtraColumn[];
  /** Canonical column → address, for every bound column the row has a cell in (header order). */
  readonly cellsOf: (row: readonly Cell[]) => Record<string, string>;
}

/**
 * Bind the header of `table` as the contract table `name`. A missing required column is
 * reported as `Table[Column]`; the other columns are still bound so their cells are checked too.
 */
export function bindColumns(
  name: InputTableName,
  table: InputTable,
  required: readonly string[],
  problems: Problem[],
): Binding {
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
  const labels = new Map<string, string>();
  for (const [column, index] of columns) {
    const cell = table.headers[index];
    labels.set(column, cell ? headerText(cell) : column);
  }
  // Two arrays walked by position, so each row's record is made without an iterator or an entry.
  const bound = [...columns.keys()];
  const positions = [...columns.values()];
  return {
    name,
    label: (column) => labels.get(column) ?? column,
    has: (column) => columns.has(column),
    index: (column) => columns.get(column) ?? -1,
    complete: missing.length === 0,
    extras,
    cellsOf: (row) => {
      const cells: Record<string, string> = {};
      for (let k = 0; k < bound.length; k++) {
        const cell = row[positions[k] ?? -1];
        if (cell) cells[bound[k] ?? ''] = cell.address;
      }
      return cells;
    },
  };
}

/**
 * Bind `table` as the contract table `name` (see {@link bindColumns}), with its rows: every row
 * but those whose every cell is blank.
 */
export function bindTable(
  name: InputTableName,
  table: InputTable,
  required: readonly string[],
  problems: Problem[],
): BoundTable {
  const binding = bindColumns(name, table, required, problems);
  const rows: BoundRow[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    if (!isBlankRow(row)) rows.push(new Row(row, binding, binding.cellsOf(row)));
  }
  return { ...binding, rows };
}
