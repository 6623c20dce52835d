/**
 * Rewriting cells of one of the user's input tables in place (`samkost merge-scores`): the
 * given cells of its body rows are replaced, rows past its end are added, and the table's `ref`
 * and `autoFilter` (and the sheet's dimension) grow to hold them. Every other cell, every other
 * element of the sheet and every other part stays byte for byte. A cell keeps its style; a
 * formula is never overwritten, and the table never grows over a cell that is not its own.
 */
import { columnName, type CellValue } from '../../engine/table';
import type { Box } from '../ownership';
import { uniqueSheetName } from '../excel/names';
import { PackageWriter, type PackageFile } from './packageWriter';
import {
  forEachCell,
  growDimension,
  hasFormula,
  mergedRanges,
  overlaps,
  replaceCells,
} from './sheetEdits';
import type { TableContent } from './sheetXml';
import { readStructure, tablesOfSheet } from './structure';
import { surveyPackage } from './survey';
import { attribute, escapeText } from './xmlText';
import type { ZipEntries } from './zip';

/** One body row (0 = the first under the header): each cell's new value, undefined = kept. */
export interface BodyRowEdit {
  readonly index: number;
  readonly values: readonly (CellValue | undefined)[];
}

/** Why the table cannot be rewritten, in English for the log; the command words it for users. */
export class TableEditRefused extends Error {
  constructor(
    readonly reason: 'noTable' | 'totalsRow' | 'formula' | 'occupied',
    /** The cell or range concerned (`Scores!D7`), or the table's name. */
    readonly where: string,
  ) {
    super(`cannot rewrite the table: ${reason} at ${where}`);
  }
}

const ref = (row: number, col: number): string => `${columnName(col)}${row + 1}`;
const rangeRef = (box: Box): string =>
  `${ref(box.top, box.left)}:${ref(box.top + box.rows - 1, box.left + box.cols - 1)}`;

/** A cell element for `value` at (row, col), with `style` (` s="3"` or ''); '' for a blank. */
function cellXml(row: number, col: number, value: CellValue, style: string): string {
  const r = ref(row, col);
  if (value === null || value === '') return style === '' ? '' : `<c r="${r}"${style}/>`;
  if (typeof value === 'number') return `<c r="${r}"${style}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${r}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'object') {
    return `<c r="${r}"${style} t="e"><v>${escapeText(value.error)}</v></c>`;
  }
  // An inline string is text, never a formula, whatever it starts with (`=`, `+`, `-`, `@`).
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${r}"${style} t="inlineStr"><is><t${space}>${escapeText(value)}</t></is></c>`;
}

const styleOf = (cell: string): string => {
  const s = attribute(/^<(?:\w+:)?c\b([^>]*?)\/?>/.exec(cell)?.[1] ?? '', 's');
  return s === null || s === '0' ? '' : ` s="${s}"`;
};

/**
 * The sheet with the cells of `edits` (rows of `box`, from its top) written over the old ones,
 * in three passes whatever the number of edits: every row of `box` is given cell references,
 * the box's cells are lifted out by position, and the box is written back with each edited
 * cell replaced (keeping its style) and every other cell as it was.
 */
function writeCells(
  xml: string,
  box: Box,
  edits: ReadonlyMap<number, readonly (CellValue | undefined)[]>,
  sheet: string,
): string {
  const blankRows = Array.from({ length: box.rows }, () => '');
  const none: Box = { top: 0, left: 0, rows: 0, cols: 0 };
  const referenced = replaceCells(xml, none, { top: box.top, left: box.left, rows: blankRows });
  const old = new Map<string, string>();
  const lifted = replaceCells(referenced, box, { top: box.top, left: box.left, rows: [] }, (c) => {
    const r = attribute(/^<(?:\w+:)?c\b([^>]*?)\/?>/.exec(c)?.[1] ?? '', 'r');
    if (r !== null) old.set(r.toUpperCase(), c);
  });
  const rows = blankRows.map((_, i) => {
    const row = box.top + i;
    const values = edits.get(i) ?? [];
    let cells = '';
    for (let c = 0; c < box.cols; c += 1) {
      const at = ref(row, box.left + c);
      const before = old.get(at) ?? '';
      const value = values[c];
      if (value === undefined) cells += before;
      else if (hasFormula(before)) throw new TableEditRefused('formula', `${sheet}!${at}`);
      else cells += cellXml(row, box.left + c, value, styleOf(before));
    }
    return cells;
  });
  return replaceCells(lifted, box, { top: box.top, left: box.left, rows });
}

/** `<table ref>` and its `<autoFilter ref>` set to `box`. */
function growTablePart(xml: string, box: Box): string {
  const set =
    (element: string) =>
    (text: string): string =>
      text.replace(
        new RegExp(`(<(?:\\w+:)?${element}\\b[^>]*?\\sref\\s*=\\s*")[^"]*"`),
        `$1${rangeRef(box)}"`,
      );
  return set('autoFilter')(set('table')(xml));
}

/**
 * The package with the body of table `tableName` on sheet `sheetName` edited as `rows` say.
 * Throws {@link TableEditRefused} (nothing changed) when the table is not there, has a totals
 * row and must grow, a replaced cell holds a formula, or the grown table would cover a cell
 * with a value or style, a merged range or another table.
 */
export function editTableBody(
  zip: ZipEntries,
  sheetName: string,
  tableName: string,
  rows: readonly BodyRowEdit[],
): PackageFile[] {
  const structure = readStructure(zip);
  const sheet = structure.sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  const part = sheet?.part ?? null;
  const tables = part === null ? [] : tablesOfSheet(zip, part);
  const table = tables.find((t) => t.name.toLowerCase() === tableName.toLowerCase());
  if (!sheet || part === null || !table) throw new TableEditRefused('noTable', tableName);
  const where = (box: Box): string => `${sheet.name}!${rangeRef(box)}`;
  const last = Math.max(-1, ...rows.map((r) => r.index));
  const grown: Box = { ...table, rows: Math.max(table.rows, table.headerRowCount + last + 1) };
  let xml = zip.text(part);
  if (grown.rows > table.rows) {
    const extra: Box = {
      top: table.top + table.rows,
      left: table.left,
      rows: grown.rows - table.rows,
      cols: table.cols,
    };
    if (table.totalsRowCount > 0) throw new TableEditRefused('totalsRow', where(table));
    let taken: string | null = null;
    forEachCell(xml, (row, col) => {
      if (taken === null && overlaps(extra, { top: row, left: col, rows: 1, cols: 1 })) {
        taken = `${sheet.name}!${ref(row, col)}`;
      }
    });
    const blocking = [...mergedRanges(xml), ...tables.filter((t) => t !== table)].find((b) =>
      overlaps(extra, b),
    );
    if (blocking) taken ??= where(blocking);
    if (taken !== null) throw new TableEditRefused('occupied', taken);
  }
  const bodyTop = table.top + table.headerRowCount;
  const body: Box = {
    top: bodyTop,
    left: table.left,
    rows: grown.top + grown.rows - bodyTop,
    cols: table.cols,
  };
  xml = writeCells(xml, body, new Map(rows.map((r) => [r.index, r.values] as const)), sheet.name);
  const edited = new Map<string, string>([
    [part, grown.rows > table.rows ? growDimension(xml, grown) : xml],
  ]);
  if (grown.rows > table.rows) edited.set(table.part, growTablePart(zip.text(table.part), grown));
  const encoder = new TextEncoder();
  return zip.names.map((name) => {
    const text = edited.get(name);
    return { name, data: text === undefined ? zip.read(name) : encoder.encode(text) };
  });
}

/**
 * The package with a new sheet (named `sheetName`, made unique) holding one input table: the
 * council workbook that has no Scores yet gets one, as the pane gives it one. Only the new parts
 * and the bookkeeping parts (workbook, its relationships, content types, styles) change.
 */
export function addTableSheet(
  zip: ZipEntries,
  sheetName: string,
  tableName: string,
  content: TableContent,
): PackageFile[] {
  const surveyed = surveyPackage(zip);
  const writer = new PackageWriter(
    zip,
    surveyed.structure,
    surveyed.sheets.flatMap((s) => s.tables.map((t) => t.id)),
    surveyed.texts,
  );
  const taken = new Set(surveyed.structure.sheets.map((s) => s.name.toLowerCase()));
  writer.addTableSheet(uniqueSheetName(sheetName, taken), content, tableName);
  return writer.files();
}
