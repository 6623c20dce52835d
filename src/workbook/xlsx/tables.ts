/**
 * The Excel tables (ListObjects) of an exceljs worksheet. exceljs 4.4 keeps them in an untyped
 * field and its typings misdescribe `getTables()`, so this is the one place that reaches in.
 */
import type { Worksheet } from 'exceljs';

/** The parts of a table's model that Samkost reads or repairs. */
export interface TableModel {
  readonly name: string;
  /** The table's whole range, `A1:D9` (header and totals rows included). */
  readonly tableRef?: string;
  readonly headerRow?: boolean;
  readonly totalsRow?: boolean;
  style?: TableStyleModel | null;
}

export interface TableStyleModel {
  theme: string | null;
  showFirstColumn: boolean;
  showLastColumn: boolean;
  showRowStripes: boolean;
  showColumnStripes: boolean;
}

interface TableHolder {
  readonly tables?: Readonly<Record<string, { readonly table?: TableModel }>>;
}

/** The models of the tables on a worksheet, loaded from a file or added since. */
export function tablesOf(worksheet: Worksheet): TableModel[] {
  const holder = worksheet as unknown as TableHolder;
  return Object.values(holder.tables ?? {}).flatMap((t) => (t.table ? [t.table] : []));
}

/** The table's range as one-based first and last rows and columns, or null if unreadable. */
export function tableBounds(
  table: TableModel,
): { top: number; left: number; bottom: number; right: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(
    table.tableRef ?? '',
  );
  if (!match) return null;
  const column = (letters: string): number =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const left = column(match[1] ?? 'A');
  const top = Number(match[2]);
  return {
    top,
    left,
    bottom: match[4] ? Number(match[4]) : top,
    right: match[3] ? column(match[3]) : left,
  };
}

/**
 * A table without a style crashes exceljs 4.4 when it writes the file; give it Excel's own
 * meaning of "no style" (no style name, no stripes) instead.
 */
export function repairTableStyles(worksheet: Worksheet): void {
  for (const table of tablesOf(worksheet)) {
    table.style ??= {
      theme: null,
      showFirstColumn: false,
      showLastColumn: false,
      showRowStripes: false,
      showColumnStripes: false,
    };
  }
}
