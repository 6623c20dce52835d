/** Sheet and table names: parsing cell references, unique sheet names, temporary names. */

/** Where a problem or flag points: a cell, a table's column, or a table (or sheet) by name. */
export type CellReference =
  | { readonly kind: 'cell'; readonly sheet: string; readonly address: string }
  | { readonly kind: 'table'; readonly name: string };

/**
 * Read `Sheet!B7`, `'My sheet'!B7:C9` (doubled quotes inside), `Costs[Amount]` or `Costs`.
 * Returns null for text that is none of these.
 */
export function parseCellReference(reference: string): CellReference | null {
  const text = reference.trim();
  const quoted = /^'((?:[^']|'')+)'!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(
    text,
  );
  if (quoted) {
    return { kind: 'cell', sheet: (quoted[1] ?? '').replace(/''/g, "'"), address: quoted[2] ?? '' };
  }
  const plain = /^([^!'[\]]+)!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(text);
  if (plain) return { kind: 'cell', sheet: plain[1] ?? '', address: plain[2] ?? '' };
  const table = /^([A-Za-z_\\][\w.\\]*)(?:\[[^\]]*\])?$/.exec(text);
  if (table) return { kind: 'table', name: table[1] ?? '' };
  return null;
}

const FORBIDDEN = /[\\/?*[\]:]/g;
const MAX_SHEET_NAME = 31;

/**
 * A sheet name Excel accepts that no name in `taken` (case-insensitive) already has: forbidden
 * characters become `-`, the name is cut to 31 characters, and ` (2)`, ` (3)`, ... is added.
 */
export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const clean =
    wanted
      .replace(FORBIDDEN, '-')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Samkost';
  const base = clean.slice(0, MAX_SHEET_NAME);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Names the adapter gives what it builds or sets aside during one write, unique per write. */
export interface TemporaryNames {
  newSheet(index: number): string;
  newTable(index: number): string;
  /** The footer built under new table `index`. */
  newFooter(index: number): string;
  oldSheet(index: number): string;
  oldTable(index: number): string;
}

/** Temporary names for one write; `token` makes them unique (letters and digits only). */
export function temporaryNames(token: string): TemporaryNames {
  const sheetPrefix = `Samkost~${token}~`;
  return {
    newSheet: (i) => `${sheetPrefix}${i}`,
    newTable: (i) => `SamkostNew_${token}_${i}`,
    newFooter: (i) => `SamkostNewFooter_${token}_${i}`,
    oldSheet: (i) => `${sheetPrefix}old${i}`,
    oldTable: (i) => `SamkostOld_${token}_${i}`,
  };
}

/** A short random token of letters and digits. */
export const randomToken = (): string => Math.random().toString(36).slice(2, 8).padEnd(6, '0');

/** Zero-based row and column of the first cell of a local address such as `B7` or `$B$7:C9`. */
export function cellIndexes(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(address);
  if (!match) return null;
  const letters = (match[1] ?? '').toUpperCase();
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}
