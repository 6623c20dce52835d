/** Reading a bound row's cells by canonical column, problems collected as they are found. */
import type { CalendarDate } from '../model';
import { problem, type Problem } from '../problem';
import type { Rational } from '../rational';
import type { Cell } from '../table';
import type { BoundRow, BoundTable } from './bind';
import {
  isProblem,
  readBoolean,
  readDate,
  readNonNegative,
  readNumber,
  readText,
  readWhole,
  type Read,
} from './values';

export interface RowReader {
  readonly row: BoundRow;
  readonly cell: (column: string) => string;
  readonly text: (column: string) => string | null;
  /** Text that must be there: REQUIRED when blank. */
  readonly requiredText: (column: string) => string | null;
  readonly number: (column: string) => Rational | null;
  readonly money: (column: string) => Rational | null;
  readonly requiredMoney: (column: string) => Rational | null;
  readonly whole: (column: string, min: number, max?: number) => number | null;
  readonly boolean: (column: string) => boolean | null;
  readonly date: (column: string) => CalendarDate | null;
}

export function rowReader(table: BoundTable, row: BoundRow, problems: Problem[]): RowReader {
  const take = <T>(column: string, read: (cell: Cell, label: string) => Read<T>): T | null => {
    const cell = row.get(column);
    if (!cell) return null;
    const value = read(cell, table.label(column));
    if (isProblem(value)) {
      problems.push(value);
      return null;
    }
    return value;
  };
  const required = <T>(column: string, read: (cell: Cell, label: string) => Read<T>): T | null => {
    const before = problems.length;
    const value = take(column, read);
    const cell = row.get(column);
    if (value === null && problems.length === before && cell) {
      problems.push(problem('REQUIRED', cell.address, { column: table.label(column) }));
    }
    return value;
  };
  return {
    row,
    cell: (column) => row.cells[column] ?? row.all[0]?.address ?? table.table.name,
    text: (column) => take(column, readText),
    requiredText: (column) => required(column, readText),
    number: (column) => take(column, readNumber),
    money: (column) => take(column, readNonNegative),
    requiredMoney: (column) => required(column, readNonNegative),
    whole: (column, min, max) => take(column, (cell, label) => readWhole(cell, label, min, max)),
    boolean: (column) => take(column, readBoolean),
    date: (column) => take(column, readDate),
  };
}

/** Report the second and later occurrences of a value that must be unique (case-insensitive). */
export function uniqueness(problems: Problem[], column: string) {
  const first = new Map<string, string>();
  return (value: string, address: string): boolean => {
    const key = value.trim().toLowerCase();
    const earlier = first.get(key);
    if (earlier !== undefined) {
      problems.push(problem('DUPLICATE', address, { column, found: value, first: earlier }));
      return false;
    }
    first.set(key, address);
    return true;
  };
}
