/**
 * The engine's view of a workbook: plain tables whose cells remember where they came from, so
 * every problem and flag can point the user at the exact cell.
 */

/** An Excel error value such as `#REF!` or `#DIV/0!`; always an input error when read. */
export interface ExcelError {
  readonly error: string;
}

/**
 * A cell value as an adapter hands it over. Dates arrive as Excel serial numbers (the adapters
 * convert), rich text as its plain text, formulas as their cached result.
 */
export type CellValue = string | number | boolean | null | ExcelError;

export interface Cell {
  readonly value: CellValue;
  /** Where the cell lives, `Sheet!B7` (sheet names quoted as Excel does when they need it). */
  readonly address: string;
}

export interface InputTable {
  /** The table's name in the workbook (or the worksheet's, for the worksheet fallback). */
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
}

/** Every input table the adapter found, by canonical contract name (`Municipalities`, ...). */
export type WorkbookTables = Readonly<Partial<Record<InputTableName, InputTable>>>;

export const INPUT_TABLE_NAMES = [
  'Municipalities',
  'Costs',
  'Systems',
  'Proposals',
  'Criteria',
  'Scores',
  'Budget',
  'StandAlone',
  'Settings',
  // Contract v1.1 §12.
  'CoalitionCosts',
  // Contract v1.1 §10.
  'CriteriaPairs',
] as const;

export type InputTableName = (typeof INPUT_TABLE_NAMES)[number];

/**
 * Other names an input may go by, as contract v1.1 names them (§10, §12). A table (or, for the
 * worksheet fallback, a sheet) is found by its contract name or one of these, compared without
 * case and spaces (a table name cannot hold a space; a sheet name can).
 */
const INPUT_TABLE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  CriteriaPairs: ['Kriteriepar', 'Pares de criterios'],
  CoalitionCosts: ['Koalisjonskostnader', 'Koalitionskostnader', 'Costes de coalición'],
};

const comparable = (name: string): string => name.toLowerCase().replace(/[\s_]/g, '');

/** True when a table or sheet named `candidate` is the input `name` (contract §1, v1.1). */
export function isInputNamed(candidate: string, name: InputTableName): boolean {
  if (candidate.toLowerCase() === name.toLowerCase()) return true;
  const wanted = comparable(candidate);
  return (INPUT_TABLE_ALIASES[name] ?? []).some((alias) => comparable(alias) === wanted);
}

export const OUTPUT_TABLE_NAMES = [
  'Allocation',
  'SplitComparison',
  'PcCharges',
  'Priorities',
  'RiskFlags',
  // Extension (additive, documented in the README): each municipality's total by source, which
  // the add-in charts.
  'Totals',
  // Contract v1.1 §12: what each municipality pays, would pay alone, and costs the others if it left.
  'ExitAnalysis',
  // Contract v1.1 §10: the criteria's weights as used, and how consistent the pairs behind them are.
  'CriteriaWeights',
  // Contract v1.1 §11: the best total score each budget level buys.
  'Frontier',
] as const;

export type OutputTableName = (typeof OUTPUT_TABLE_NAMES)[number];

/**
 * Tables written under an output's own table (an additive extension, documented in the README):
 * `AllocationTotals`, Allocation's totals, so that sorting or filtering the lines never mixes
 * them in. Each is recorded as Samkost's like an output (`Samkost.Output.AllocationTotals`).
 */
export const FOOTER_TABLE_NAMES = ['AllocationTotals'] as const;

export type FooterTableName = (typeof FOOTER_TABLE_NAMES)[number];

/**
 * A table written on its output's sheet directly under the output's table, one blank row
 * between, as an Excel table of its own; it has the output's columns, so each total stands
 * under the column it adds up.
 */
export interface FooterTable {
  readonly name: FooterTableName;
  readonly headers: readonly string[];
  readonly formats: readonly ColumnFormat[];
  readonly rows: readonly (readonly OutputValue[])[];
}

/** A value the engine writes: numbers are plain (currency units, not minor units). */
export type OutputValue = string | number | boolean | null;

/** How an adapter should format a column; the engine decides, adapters only apply. */
export type ColumnFormat =
  'text' | 'currency' | 'percent' | 'integer' | 'decimal' | 'year' | 'date';

export interface OutputTable {
  /** The contract's table name, never localised. */
  readonly name: OutputTableName;
  /** The worksheet name, localised. */
  readonly sheetName: string;
  readonly headers: readonly string[];
  readonly formats: readonly ColumnFormat[];
  readonly rows: readonly (readonly OutputValue[])[];
  /**
   * For each row, the input cell it came from (or null), so a UI can select it when the user
   * clicks the row (RiskFlags uses it for its Cell column).
   */
  readonly sources?: readonly (string | null)[];
  /**
   * The zero-based column whose body cells are links to their row's source cell (RiskFlags'
   * Cell), so a click in Excel selects the input the row is about. Rows without a source get none.
   */
  readonly linkColumn?: number;
  /** The table written under this one (Allocation's totals), if any. */
  readonly footer?: FooterTable;
}

/**
 * What a write tells the user about where its outputs went (contract v1.1 §6, ownership; the
 * adapters decide it in `src/workbook/ownership.ts`).
 */
export type WriteNotice =
  /** A table, sheet or defined name of the user's holds the output's name: it went beside it. */
  | {
      readonly code: 'NAME_TAKEN';
      /** The output, or its footer (Allocation's totals), that could not take its name. */
      readonly output: OutputTableName | FooterTableName;
      readonly tableName: string;
      readonly sheetName: string;
      /** The user's thing that holds the name. */
      readonly takenBy: { readonly kind: 'table' | 'sheet' | 'name'; readonly name: string };
    }
  /** Rewriting in place would have covered the user's cells: the output moved to a new sheet. */
  | {
      readonly code: 'MOVED';
      readonly output: OutputTableName;
      readonly tableName: string;
      readonly sheetName: string;
      readonly from: string;
    };

/** Build an A1 column name from a zero-based column index (0 → A, 26 → AA). */
export function columnName(index: number): string {
  let name = '';
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** `Sheet!B7` for a sheet and zero-based column and one-based row; quotes sheet names when Excel would. */
export function cellAddress(sheet: string, columnIndex: number, row: number): string {
  const needsQuotes = !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  const sheetPart = needsQuotes ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  return `${sheetPart}!${columnName(columnIndex)}${row}`;
}

/**
 * A sheet of tabular data to put into a workbook as one Excel table: the input templates, the
 * bundled samples. (Outputs use {@link OutputTable}.)
 */
export interface TableSheet {
  readonly tableName: string;
  readonly sheetName: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly OutputValue[])[];
  readonly formats?: readonly ColumnFormat[];
  /** Drop-down lists for data validation, by zero-based column index. */
  readonly validations?: readonly { readonly column: number; readonly list: readonly string[] }[];
}
