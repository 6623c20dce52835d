/**
 * Where each Excel table of an .xlsx package sits (sheet name, range, column names), read from the
 * package's own parts: the workbook's sheets, their relationships and the table parts. Written
 * without the adapter under test, so the check does not trust the code it checks.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';

export interface TableLocation {
  readonly name: string;
  readonly sheet: string;
  /** Zero-based first row and column of the range (its header row), and its size. */
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: readonly string[];
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
const decode = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, entity: string) =>
    entity.startsWith('#x') || entity.startsWith('#X')
      ? String.fromCodePoint(parseInt(entity.slice(2), 16))
      : entity.startsWith('#')
        ? String.fromCodePoint(parseInt(entity.slice(1), 10))
        : (ENTITIES[entity] ?? ''),
  );

const attribute = (element: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(element);
  const value = match?.[1] ?? match?.[2];
  return value === undefined ? undefined : decode(value);
};

const elements = (xml: string, tag: string): string[] =>
  xml.match(new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*>`, 'g')) ?? [];

/** `A1` → zero-based row and column. */
function cellPosition(ref: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!match?.[1] || !match[2]) throw new Error(`not a cell reference: ${ref}`);
  const column = [...match[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

export function tableLocations(file: string): TableLocation[] {
  const parts = unzipSync(readFileSync(file));
  const text = (name: string): string => {
    const part = parts[name];
    if (part === undefined) throw new Error(`${file} has no part ${name}`);
    return strFromU8(part);
  };
  /** The targets of `partName`'s relationships by id, as part names. */
  const relationships = (partName: string): Map<string, { type: string; part: string }> => {
    const dir = path.posix.dirname(partName);
    const relsName = path.posix.join(dir, '_rels', `${path.posix.basename(partName)}.rels`);
    const found = new Map<string, { type: string; part: string }>();
    if (parts[relsName] === undefined) return found;
    for (const element of elements(text(relsName), 'Relationship')) {
      const target = attribute(element, 'Target') ?? '';
      const part = target.startsWith('/')
        ? target.slice(1)
        : path.posix.normalize(path.posix.join(dir, target));
      found.set(attribute(element, 'Id') ?? '', { type: attribute(element, 'Type') ?? '', part });
    }
    return found;
  };
  const workbook = [...relationships('').values()].find((r) => r.type.endsWith('/officeDocument'));
  if (workbook === undefined) throw new Error(`${file} has no workbook part`);
  const sheetParts = relationships(workbook.part);
  const tables: TableLocation[] = [];
  for (const sheet of elements(text(workbook.part), 'sheet')) {
    const sheetPart = sheetParts.get(attribute(sheet, 'r:id') ?? '')?.part ?? '';
    for (const rel of relationships(sheetPart).values()) {
      if (!rel.type.endsWith('/table')) continue;
      const xml = text(rel.part);
      const [table = ''] = elements(xml, 'table');
      const [from = '', to = from] = (attribute(table, 'ref') ?? '').split(':');
      const start = cellPosition(from);
      tables.push({
        name: attribute(table, 'displayName') ?? attribute(table, 'name') ?? '',
        sheet: attribute(sheet, 'name') ?? '',
        row: start.row,
        column: start.column,
        rows: cellPosition(to).row - start.row + 1,
        columns: elements(xml, 'tableColumn').map((c) => attribute(c, 'name') ?? ''),
      });
    }
  }
  return tables;
}
