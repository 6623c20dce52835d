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
  readMoney,
  readPositive,
  readText,
  readWhole,
  type Read,
} from './values';

type Reader<T> = (cell: Cell, label: string) => Read<T>;

const whole =
  (min: number, max: number): Reader<number> =>
  (cell, label) =>
    readWhole(cell, label, min, max);

const money =
  (roundTo: Rational): Reader<Rational> =>
  (cell, label) =>
    readMoney(cell, label, roundTo);

/**
 * Reads a bound row's cells by canonical column and pushes every problem it meets onto
 * `problems`. Reading a column the table does not have gives null without a problem (a missing
 * required column was reported when binding). A class, so thousands of rows share its methods.
 */
export class RowReader {
  constructor(
    private readonly table: BoundTable,
    private readonly row: BoundRow,
    private readonly problems: Problem[],
  ) {}

  /** The address of a column's cell in this row (the row's first cell when the column is absent). */
  cell(column: string): string {
    return this.row.cells[column] ?? this.row.all[0]?.address ?? this.table.name;
  }

  text(column: string): string | null {
    return this.take(column, readText, false);
  }

  /** Text that must be there: REQUIRED when blank. */
  requiredText(column: string): string | null {
    return this.take(column, readText, true);
  }

  /** Money: a number ≥ 0 that splits exactly in whole units of `roundTo` (see readMoney). */
  money(column: string, roundTo: Rational): Rational | null {
    return this.take(column, money(roundTo), false);
  }

  requiredMoney(column: string, roundTo: Rational): Rational | null {
    return this.take(column, money(roundTo), true);
  }

  /** A number > 0, required. */
  positive(column: string): Rational | null {
    return this.take(column, readPositive, true);
  }

  /** A number > 0 or blank (criterion weights when CriteriaPairs gives them). */
  optionalPositive(column: string): Rational | null {
    return this.take(column, readPositive, false);
  }

  whole(column: string, min: number, max: number): number | null {
    return this.take(column, whole(min, max), false);
  }

  requiredWhole(column: string, min: number, max: number): number | null {
    return this.take(column, whole(min, max), true);
  }

  boolean(column: string): boolean | null {
    return this.take(column, readBoolean, false);
  }

  date(column: string): CalendarDate | null {
    return this.take(column, readDate, false);
  }

  private take<T>(column: string, read: Reader<T>, required: boolean): T | null {
    const cell = this.row.get(column);
    if (!cell) return null;
    const value = read(cell, this.table.label(column));
    if (isProblem(value)) {
      this.problems.push(value);
      return null;
    }
    if (value === null && required) {
      this.problems.push(problem('REQUIRED', cell.address, { column: this.table.label(column) }));
    }
    return value;
  }
}

/** A reader of `row`'s cells that pushes every problem it meets onto `problems`. */
export const rowReader = (table: BoundTable, row: BoundRow, problems: Problem[]): RowReader =>
  new RowReader(table, row, problems);

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
