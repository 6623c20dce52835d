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
  readPositive,
  readText,
  readWhole,
  type Read,
} from './values';

type Reader<T> = (cell: Cell, label: string) => Read<T>;

export interface RowReader {
  /** The address of a column's cell in this row (the row's first cell when the column is absent). */
  readonly cell: (column: string) => string;
  readonly text: (column: string) => string | null;
  /** Text that must be there: REQUIRED when blank. */
  readonly requiredText: (column: string) => string | null;
  /** A number ≥ 0 (money). */
  readonly money: (column: string) => Rational | null;
  readonly requiredMoney: (column: string) => Rational | null;
  readonly positive: (column: string) => Rational | null;
  readonly whole: (column: string, min: number, max: number) => number | null;
  readonly requiredWhole: (column: string, min: number, max: number) => number | null;
  readonly boolean: (column: string) => boolean | null;
  readonly date: (column: string) => CalendarDate | null;
}

/** A reader of `row`'s cells that pushes every problem it meets onto `problems`. */
export function rowReader(table: BoundTable, row: BoundRow, problems: Problem[]): RowReader {
  const take = <T>(column: string, read: Reader<T>): T | null => {
    const cell = row.get(column);
    if (!cell) return null;
    const value = read(cell, table.label(column));
    if (isProblem(value)) {
      problems.push(value);
      return null;
    }
    return value;
  };
  /** Like take, and a blank cell is REQUIRED (a missing column was reported when binding). */
  const need = <T>(column: string, read: Reader<T>): T | null => {
    const cell = row.get(column);
    if (!cell) return null;
    const value = read(cell, table.label(column));
    if (isProblem(value)) problems.push(value);
    else if (value === null)
      problems.push(problem('REQUIRED', cell.address, { column: table.label(column) }));
    return isProblem(value) ? null : value;
  };
  const whole =
    (min: number, max: number): Reader<number> =>
    (cell, label) =>
      readWhole(cell, label, min, max);
  return {
    cell: (column) => row.cells[column] ?? row.all[0]?.address ?? table.name,
    text: (column) => take(column, readText),
    requiredText: (column) => need(column, readText),
    money: (column) => take(column, readNonNegative),
    requiredMoney: (column) => need(column, readNonNegative),
    positive: (column) => need(column, readPositive),
    whole: (column, min, max) => take(column, whole(min, max)),
    requiredWhole: (column, min, max) => need(column, whole(min, max)),
    boolean: (column) => take(column, readBoolean),
    date: (column) => take(column, readDate),
  };
}

/**
 * A check that a value is unique (compared in the form `key` gives it, trimmed and
 * case-insensitive by default): the second and later occurrences are DUPLICATE, naming the
 * first's cell. Returns whether the value was new.
 */
export function uniqueness(
  problems: Problem[],
  column: string,
  key: (value: string) => string = (value) => value.trim().toLowerCase(),
): (value: string, address: string) => boolean {
  const first = new Map<string, string>();
  return (value, address) => {
    const earlier = first.get(key(value));
    if (earlier !== undefined) {
      problems.push(problem('DUPLICATE', address, { column, found: value, first: earlier }));
      return false;
    }
    first.set(key(value), address);
    return true;
  };
}

/** Whole calendar years a year column accepts. */
export const YEARS = { min: 1900, max: 9999 } as const;
