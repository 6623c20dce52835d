/**
 * What Excel makes of a value written to `Range.values`: the same as typing it into the cell.
 * A leading apostrophe makes the rest text; `=` (and `+`, `-`, `@` before anything that is not
 * a number) starts a formula; number-like text becomes a number. The fake needs this so a test can
 * prove the adapter protects text that Excel would otherwise turn into a formula or a number.
 */
import type { ExcelError } from '../../engine/table';

/** A stored cell value: null is an empty cell. */
export type StoredValue = string | number | boolean | ExcelError | null;

export interface Typed {
  readonly value: StoredValue;
  /** The formula, when the text was taken as one (the fake does not evaluate it). */
  readonly formula?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)\s?%$/;

/** Type a value as Excel would on writing it to a cell with the General format. */
export function typeValue(input: unknown): Typed {
  if (input === null || input === undefined || input === '') return { value: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1) === '' ? null : text.slice(1) };
  if (NUMBER.test(text.trim())) return { value: Number(text.trim()) };
  if (PERCENT.test(text.trim())) return { value: parseFloat(text.trim()) / 100 };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  // Err on the side of danger: a formula sign behind blanks or zero-width characters, or a
  // full-width one, counts as a formula too (a trimming tool or an IME would make it one).
  if (/^[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(text)) {
    // Evaluating is beyond the fake: any formula that reaches a cell shows as an error.
    return { value: { error: '#NAME?' }, formula: text };
  }
  return { value: text };
}

/** The value Office.js reports in `Range.values` for a stored value ('' for empty). */
export function reportedValue(value: StoredValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  return value;
}

/** `Range.valueTypes` for a stored value. */
export function valueType(value: StoredValue): Excel.RangeValueType {
  if (value === null) return 'Empty' as Excel.RangeValueType;
  if (typeof value === 'object') return 'Error' as Excel.RangeValueType;
  if (typeof value === 'number') return 'Double' as Excel.RangeValueType;
  if (typeof value === 'boolean') return 'Boolean' as Excel.RangeValueType;
  return 'String' as Excel.RangeValueType;
}
