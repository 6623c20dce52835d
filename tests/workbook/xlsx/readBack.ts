/**
 * Reading a written package back for the tests, independently of the writer: every table with
 * its sheet and cell values (inline and shared strings, numbers, booleans), and each sheet's
 * cells by reference.
 */
import { readFileSync } from 'fs';
import {
  readRelationships,
  readStructure,
  tablesOfSheet,
} from '../../../src/workbook/xlsx/structure';
import { unescapeXml } from '../../../src/workbook/xlsx/xmlText';
import { openZip, type ZipEntries } from '../../../src/workbook/xlsx/zip';

export type Value = string | number | boolean | null;

export interface WrittenTable {
  readonly sheet: string;
  readonly name: string;
  readonly ref: string;
  /** Header row first. */
  readonly values: Value[][];
}

/** OOXML's `_xHHHH_` escapes, back to characters. */
const unescapeOoxml = (text: string): string =>
  text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const textOf = (xml: string): string =>
  unescapeOoxml(
    [...xml.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)]
      .map((m) => unescapeXml(m[1] ?? ''))
      .join(''),
  );

function sharedStrings(zip: ZipEntries, workbookPart: string): string[] {
  const part = readRelationships(zip, workbookPart).find((r) => r.type.endsWith('/sharedStrings'));
  if (!part) return [];
  return (zip.text(part.target).match(/<(?:\w+:)?si>[\s\S]*?<\/(?:\w+:)?si>/g) ?? []).map(textOf);
}

/** Every cell of a sheet part with a value, by reference (`B7`). */
export function sheetCells(
  zip: ZipEntries,
  part: string,
  shared: readonly string[] = [],
): Map<string, Value> {
  const cells = new Map<string, Value>();
  const xml = zip.text(part);
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const ref = /\br="([^"]+)"/.exec(m[1] ?? '')?.[1];
    const type = /\bt="([^"]+)"/.exec(m[1] ?? '')?.[1];
    const body = m[2] ?? '';
    if (ref === undefined || body === '') continue;
    const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
    let value: Value = null;
    if (type === 'inlineStr') value = textOf(body);
    else if (type === 's') value = shared[Number(v)] ?? null;
    else if (type === 'b') value = v === '1';
    else if (type === 'str') value = unescapeOoxml(unescapeXml(v ?? ''));
    else if (v !== undefined) value = Number(v);
    cells.set(ref, value);
  }
  return cells;
}

const column = (index: number): string => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
};

/** Every table of the package, in sheet order. */
export function writtenTables(zip: ZipEntries): WrittenTable[] {
  const structure = readStructure(zip);
  const shared = sharedStrings(zip, structure.workbookPart);
  return structure.sheets.flatMap((sheet) => {
    if (sheet.part === null) return [];
    const part = sheet.part;
    const cells = sheetCells(zip, part, shared);
    return tablesOfSheet(zip, part).map((t) => ({
      sheet: sheet.name,
      name: t.name,
      ref: `${column(t.left)}${t.top + 1}:${column(t.left + t.cols - 1)}${t.top + t.rows}`,
      values: Array.from({ length: t.rows }, (_, r) =>
        Array.from(
          { length: t.cols },
          (_, c) => cells.get(`${column(t.left + c)}${t.top + r + 1}`) ?? null,
        ),
      ),
    }));
  });
}

/** Sheet names in order, each with its tables' names. */
export function layout(zip: ZipEntries): Record<string, string[]> {
  const structure = readStructure(zip);
  return Object.fromEntries(
    structure.sheets.map((s) => [
      s.name,
      s.part === null ? [] : tablesOfSheet(zip, s.part).map((t) => t.name),
    ]),
  );
}

/** Ownership records of the package: name → [reference, comment]. */
export function records(zip: ZipEntries): Record<string, [string, string | null]> {
  return Object.fromEntries(
    readStructure(zip)
      .definedNames.filter((n) => n.name.startsWith('Samkost.'))
      .map((n) => [n.name, [n.text, n.comment]]),
  );
}

/** The number format code and quote prefix of the cell `ref` of sheet part `part`. */
export function cellStyle(
  zip: ZipEntries,
  part: string,
  ref: string,
): { format: string; quotePrefix: boolean } {
  const cell = new RegExp(`<c r="${ref}"([^>]*)>`).exec(zip.text(part));
  const s = Number(/\bs="(\d+)"/.exec(cell?.[1] ?? '')?.[1] ?? 0);
  const styles = zip.text('xl/styles.xml');
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xf = xfs.match(/<xf\b[^>]*>/g)?.[s] ?? '';
  const id = Number(/numFmtId="(\d+)"/.exec(xf)?.[1] ?? 0);
  const builtIn: Record<number, string> = { 0: 'General', 1: '0', 3: '#,##0', 4: '#,##0.00' };
  const custom = new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]*)"`).exec(styles)?.[1];
  return { format: custom ?? builtIn[id] ?? `#${id}`, quotePrefix: /quotePrefix="1"/.test(xf) };
}

/** The names of every table in the .xlsx file `file`. */
export const tableNamesOfFile = (file: string): string[] =>
  Object.values(layout(openZip(new Uint8Array(readFileSync(file))))).flat();
