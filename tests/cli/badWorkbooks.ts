/**
 * A small valid workbook for the command line's bad-input suite, and the ways to plant one
 * defect in it. Every table sits on a sheet of its own name from A1, so a planted defect's
 * address is simply `Table!B3`.
 */
import { promises as fs } from 'fs';
import type { ExcelError, OutputValue } from '../../src/engine/table';
import { newWorkbookFiles } from '../../src/workbook/xlsx/writePackage';
import { writeZip } from '../../src/workbook/xlsx/zip';

type Value = OutputValue | ExcelError;
type Row = Value[];
export interface Sheet {
  headers: string[];
  rows: Row[];
}
export type Book = Record<string, Sheet>;

/** Three municipalities, costs of every kind, a system, three proposals, scores and a budget. */
export function validBook(): Book {
  return {
    Municipalities: {
      headers: ['Municipality', 'Population', 'PCs', 'Budget', 'Pupils'],
      rows: [
        ['Alfa', 10000, 500, 5_000_000, 1000],
        ['Beta', 5000, 250, 3_000_000, 500],
        ['Gamma', 1000, 50, 1_000_000, 100],
      ],
    },
    Costs: {
      headers: ['Item', 'Amount', 'Kind', 'Key', 'Participants', 'Year'],
      rows: [
        ['Operations', 100000, 'annual', 'population', null, null],
        ['Platform', 50000, 'one-off', '30% equal + 70% population', null, 2026],
        ['School admin', 20000, 'annual', 'Pupils', 'Alfa; Beta', null],
        ['Shared network', 30000, 'annual', 'standalone', null, null],
      ],
    },
    StandAlone: {
      headers: ['Item', 'Municipality', 'Cost'],
      rows: [
        ['Shared network', 'Alfa', 20000],
        ['Shared network', 'Beta', 15000],
        ['Shared network', 'Gamma', 8000],
      ],
    },
    Systems: {
      headers: [
        'System',
        'Owner',
        'LicenceCost',
        'Basis',
        'Participants',
        'ContractExpiry',
        'CooperationLevel',
      ],
      rows: [['Finance', 'Ola', 60000, null, null, '2028-01-31', 3]],
    },
    Proposals: {
      headers: [
        'ID',
        'Title',
        'Owner',
        'OneOffCost',
        'AnnualCost',
        'AnnualBenefit',
        'Lifetime',
        'Key',
        'Participants',
        'CostBenefit',
        'DependsOn',
        'Mandatory',
        'EarliestYear',
      ],
      rows: [
        [
          'P1',
          'Case management',
          'Kari',
          100000,
          10000,
          40000,
          5,
          null,
          null,
          'yes',
          null,
          'no',
          null,
        ],
        ['P2', 'Portal', 'Per', 80000, 5000, 30000, 5, 'equal', null, 'yes', 'P1', 'no', null],
        ['P3', 'Accessibility', 'Liv', 50000, 0, 0, 5, null, null, 'no', null, 'yes', null],
      ],
    },
    Criteria: {
      headers: ['Criterion', 'Weight'],
      rows: [
        ['Benefit', 2],
        ['Risk', 1],
      ],
    },
    Scores: {
      headers: ['Proposal', 'Scorer', 'Benefit', 'Risk'],
      rows: [
        ['P1', 'Anne', 4, 3],
        ['P2', 'Anne', 3, 2],
        ['P3', 'Anne', 5, 5],
        ['P1', 'Bo', 4, 4],
      ],
    },
    Budget: {
      headers: ['Year', 'Investment', 'Operating'],
      rows: [
        [2026, 150000, 50000],
        [2027, 100000, 50000],
      ],
    },
    Settings: {
      headers: ['Setting', 'Value'],
      rows: [
        ['PlanningYear', 2026],
        ['Currency', 'NOK'],
        ['RoundTo', 0.01],
        ['ScoreMax', 5],
      ],
    },
  };
}

/** `B3` → the zero-based column and the index into `rows` (row 2 is the first data row). */
function position(ref: string): { col: number; row: number } {
  const match = /^([A-Z])(\d+)$/.exec(ref);
  if (!match?.[1] || !match[2]) throw new Error(`bad test reference ${ref}`);
  return { col: match[1].charCodeAt(0) - 65, row: Number(match[2]) - 2 };
}

/** Put `value` into the cell `ref` (a data cell, row 2 or below) of `table`. */
export function setCell(book: Book, table: string, ref: string, value: Value): void {
  const sheet = book[table];
  if (!sheet) throw new Error(`no table ${table}`);
  const { col, row } = position(ref);
  const target = sheet.rows[row];
  if (!target) throw new Error(`no row ${ref} in ${table}`);
  target[col] = value;
}

/** Remove a column (by header) from a table. */
export function dropColumn(book: Book, table: string, header: string): void {
  const sheet = book[table];
  const index = sheet?.headers.indexOf(header) ?? -1;
  if (!sheet || index < 0) throw new Error(`no column ${header} in ${table}`);
  sheet.headers.splice(index, 1);
  sheet.rows.forEach((row) => row.splice(index, 1));
}

/** A text no test writes, standing for an error value until the sheet is written. */
const errorMark = (error: string): string => `\u0001error:${error}`;

/**
 * Write `book` as an .xlsx file, each table a real Excel table on the sheet of its name. Error
 * values (`#REF!`) become error cells, as Excel writes them.
 */
export async function writeBook(book: Book, file: string): Promise<void> {
  const files = newWorkbookFiles(
    Object.entries(book).map(([name, sheet]) => ({
      tableName: name,
      sheetName: name,
      headers: sheet.headers,
      rows: sheet.rows.map((row) =>
        sheet.headers.map((_, c) => {
          const value = row[c] ?? null;
          return value !== null && typeof value === 'object' ? errorMark(value.error) : value;
        }),
      ),
    })),
  );
  const encoder = new TextEncoder();
  const withErrors = files.map(({ name, data }) => {
    if (!name.startsWith('xl/worksheets/sheet')) return { name, data };
    const xml = new TextDecoder()
      .decode(data)
      .replace(
        /<c r="([A-Z]+\d+)"[^>]*t="inlineStr"><is><t>_x0001_error:([^<]*)<\/t><\/is><\/c>/g,
        '<c r="$1" t="e"><v>$2</v></c>',
      );
    return { name, data: encoder.encode(xml) };
  });
  await fs.writeFile(file, writeZip(withErrors));
}
