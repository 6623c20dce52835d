/** Reading a bound row's cells by canonical column, problems collected as they are found. */
import type { CalendarDate } from '../model';
import { problem, type Problem } from '../problem';
import type { Rational } from '../rational';
import type { Cell } from '../table';
import type { Binding, BoundRow } from './bind';
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

/**
 * Reads a bound row's cells by canonical column and pushes every problem it meets onto
 * `problems`. Reading a column the table does not have gives null without a problem (a missing
 * required column was reported when binding). A class, so thousands of rows share its methods;
 * each method reads its cell itself, so no reading makes a function.
 */
export class RowReader {
  constructor(
    private readonly table: Binding,
    private readonly row: BoundRow,
    private readonly problems: Problem[],
  ) {}

  /** The address of a column's cell in this row (the row's first cell when the column is absent). */
  cell(column: string): string {
    return this.row.cells[column] ?? this.row.all[0]?.address ?? this.table.name;
  }

  text(column: string): string | null {
    const cell = this.row.get(column);
    return cell ? this.settle(readText(cell, this.table.label(column)), cell, column, false) : null;
  }

  /** Text that must be there: REQUIRED when blank. */
  requiredText(column: string): string | null {
    const cell = this.row.get(column);
    return cell ? this.settle(readText(cell, this.table.label(column)), cell, column, true) : null;
  }

  /** Money: a number ≥ 0 that splits exactly in whole units of `roundTo` (see readMoney). */
  money(column: string, roundTo: Rational): Rational | null {
    return this.moneyOr(column, roundTo, false);
  }

  requiredMoney(column: string, roundTo: Rational): Rational | null {
    return this.moneyOr(column, roundTo, true);
  }

  /** A number > 0, required. */
  positive(column: string): Rational | null {
    return this.positiveOr(column, true);
  }

  /** A number > 0 or blank (criterion weights when CriteriaPairs gives them). */
  optionalPositive(column: string): Rational | null {
    return this.positiveOr(column, false);
  }

  whole(column: string, min: number, max: number): number | null {
    return this.wholeOr(column, min, max, false);
  }

  requiredWhole(column: string, min: number, max: number): number | null {
    return this.wholeOr(column, min, max, true);
  }

  boolean(column: string): boolean | null {
    const cell = this.row.get(column);
    return cell
      ? this.settle(readBoolean(cell, this.table.label(column)), cell, column, false)
      : null;
  }

  date(column: string): CalendarDate | null {
    const cell = this.row.get(column);
    return cell ? this.settle(readDate(cell, this.table.label(column)), cell, column, false) : null;
  }

  private moneyOr(column: string, roundTo: Rational, required: boolean): Rational | null {
    const cell = this.row.get(column);
    if (!cell) return null;
    return this.settle(readMoney(cell, this.table.label(column), roundTo), cell, column, required);
  }

  private wholeOr(column: string, min: number, max: number, required: boolean): number | null {
    const cell = this.row.get(column);
    if (!cell) return null;
    const label = this.table.label(column);
    return this.settle(readWhole(cell, label, min, max), cell, column, required);
  }

  private positiveOr(column: string, required: boolean): Rational | null {
    const cell = this.row.get(column);
    if (!cell) return null;
    return this.settle(readPositive(cell, this.table.label(column)), cell, column, required);
  }

  private settle<T>(value: Read<T>, cell: Cell, column: string, required: boolean): T | null {
    return settled(value, cell, required ? this.table.label(column) : null, this.problems);
  }
}

/**
 * A cell's value read, or null with its problem pushed: the reader's problem, or REQUIRED
 * naming `required` (the column's label) for a blank cell that must not be.
 */
export function settled<T>(
  value: Read<T>,
  cell: Cell,
  required: string | null,
  problems: Problem[],
): T | null {
  if (isProblem(value)) {
    problems.push(value);
    return null;
  }
  if (value === null && required !== null) {
    problems.push(problem('REQUIRED', cell.address, { column: required }));
  }
  return value;
}

/** A reader of `row`'s cells that pushes every problem it meets onto `problems`. */
export const rowReader = (table: Binding, row: BoundRow, problems: Problem[]): RowReader =>
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
