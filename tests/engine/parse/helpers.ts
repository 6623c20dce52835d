/** Shared helpers for the parser tests: parse with a fixed "today", and look at the result. */
import type { ParsedWorkbook } from '../../../src/engine/model';
import { parseWorkbook, type ParseResult } from '../../../src/engine/parse';
import type { Problem } from '../../../src/engine/problem';
import type { InputTableName } from '../../../src/engine/table';
import { MUNICIPALITIES, workbookTables, type TableSpec } from './tableBuilder';

export const TODAY = { year: 2026, month: 11, day: 23 } as const;

type Specs = Partial<Record<InputTableName, TableSpec | undefined>>;

/** Parse tables given as specs; Municipalities defaults to {@link MUNICIPALITIES} unless given. */
export function parse(specs: Specs = {}): ParseResult {
  const all: Partial<Record<InputTableName, TableSpec>> = {};
  for (const [name, spec] of Object.entries({ Municipalities: MUNICIPALITIES, ...specs })) {
    if (spec) all[name as InputTableName] = spec;
  }
  return parseWorkbook(workbookTables(all), TODAY);
}

/** The parsed workbook; fails the test (listing the problems) when there are any. */
export function parsed(specs: Specs = {}): ParsedWorkbook {
  const result = parse(specs);
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result.workbook;
}

/** The problems; fails the test when the workbook parsed cleanly. */
export function problemsOf(specs: Specs = {}): Problem[] {
  const result = parse(specs);
  if (result.ok) throw new Error('expected problems, the workbook parsed');
  return [...result.problems];
}

/** `CODE@Cell` for each problem, in the order found. */
export const codesAt = (problems: readonly Problem[]): string[] =>
  problems.map((p) => `${p.code}@${p.cell}`);
