/**
 * The structure of an .xlsx package: relationships, the workbook's sheets and defined names,
 * and the tables of a sheet. Parts are found the Open Packaging way, through relationships from
 * `_rels/.rels`, never by guessing their names: Excel, LibreOffice and other tools name and
 * place them differently, with absolute or relative targets and any namespace prefix.
 */
import { WorkbookFileError } from '../fileErrors';
import { parsePart, StopReading } from './xml';
import type { ZipEntries } from './zip';

/** Inflated bytes of a structural part (relationships, workbook, table): far above real ones. */
export const STRUCTURE_PART_BYTES = 32 * 1024 * 1024;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** resolved part name, no leading '/' (as given when external) */
  readonly target: string;
  readonly external: boolean;
}

/** 'xl/worksheets/sheet1.xml' -> 'xl/worksheets/_rels/sheet1.xml.rels'; '' -> '_rels/.rels'. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part that owns it. */
export function resolveTarget(part: string, target: string): string {
  const base = target.startsWith('/') ? [] : part.split('/').slice(0, -1);
  const segments = [...base];
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

/** The relationships of `part` ('' for the package's own), [] when it has none. */
export function readRelationships(zip: ZipEntries, part: string): Relationship[] {
  const rels = relsPartOf(part);
  if (!zip.has(rels)) return [];
  const relationships: Relationship[] = [];
  parsePart(
    zip,
    rels,
    {
      open: (name, attributes) => {
        if (name !== 'Relationship') return;
        const external = attributes.TargetMode === 'External';
        const target = attributes.Target ?? '';
        relationships.push({
          id: attributes.Id ?? '',
          type: attributes.Type ?? '',
          target: external ? target : resolveTarget(part, target),
          external,
        });
      },
    },
    STRUCTURE_PART_BYTES,
  );
  return relationships;
}

/** A relationship type by its last segment: transitional and strict OOXML differ before it. */
const isType = (relationship: Relationship, kind: string): boolean =>
  relationship.type.endsWith(`/${kind}`);

export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** The sheet's part, or null when its relationship is missing, external or names no part. */
  readonly part: string | null;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
}

export interface DefinedName {
  readonly name: string;
  readonly localSheetId: number | null;
  readonly hidden: boolean;
  readonly comment: string | null;
  readonly text: string;
}

export interface WorkbookStructure {
  readonly workbookPart: string;
  readonly sheets: readonly WorkbookSheet[];
  readonly definedNames: readonly DefinedName[];
  readonly date1904: boolean;
}

const notAWorkbook = (reason: string): WorkbookFileError =>
  new WorkbookFileError('NOT_A_WORKBOOK', { reason });

const truthy = (value: string | undefined): boolean => value === '1' || value === 'true';

const sheetState = (value: string | undefined): WorkbookSheet['state'] =>
  value === 'hidden' || value === 'veryHidden' ? value : 'visible';

/** From _rels/.rels' officeDocument relationship (absolute and relative targets both work). */
export function readStructure(zip: ZipEntries): WorkbookStructure {
  const office = readRelationships(zip, '').find((r) => isType(r, 'officeDocument') && !r.external);
  if (!office) throw notAWorkbook('no officeDocument relationship');
  const workbookPart = office.target;
  if (!zip.has(workbookPart)) throw notAWorkbook(`no ${workbookPart}`);
  const relationships = new Map(
    readRelationships(zip, workbookPart).map((r) => [r.id, r] as const),
  );

  const sheets: WorkbookSheet[] = [];
  const definedNames: DefinedName[] = [];
  let date1904 = false;
  let name: Omit<DefinedName, 'text'> | null = null;
  let text = '';
  parsePart(
    zip,
    workbookPart,
    {
      open: (element, attributes) => {
        if (element === 'workbookPr') date1904 = truthy(attributes.date1904);
        else if (element === 'sheet') {
          const relId = attributes.id ?? '';
          const relationship = relationships.get(relId);
          const part =
            relationship && !relationship.external && zip.has(relationship.target)
              ? relationship.target
              : null;
          sheets.push({
            name: attributes.name ?? '',
            sheetId: Number(attributes.sheetId ?? 0),
            relId,
            part,
            state: sheetState(attributes.state),
          });
        } else if (element === 'definedName') {
          const local = attributes.localSheetId;
          name = {
            name: attributes.name ?? '',
            localSheetId: local === undefined ? null : Number(local),
            hidden: truthy(attributes.hidden),
            comment: attributes.comment ?? null,
          };
          text = '';
        }
      },
      text: (chunk) => {
        if (name) text += chunk;
      },
      close: (element) => {
        if (element === 'definedName' && name) {
          definedNames.push({ ...name, text });
          name = null;
        }
      },
    },
    STRUCTURE_PART_BYTES,
  );
  return { workbookPart, sheets, definedNames, date1904 };
}

export interface TablePart {
  readonly part: string;
  readonly id: number;
  /** The name Excel shows and formulas use (`displayName`, else `name`). */
  readonly name: string;
  /** Zero-based row and column of the table's top-left cell (its header row, if any). */
  readonly top: number;
  readonly left: number;
  /** The whole range's size, header and totals rows included. */
  readonly rows: number;
  readonly cols: number;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
}

/** Excel's largest sheet: 1,048,576 rows of 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Zero-based column of letters `A`..`XFD`, or -1. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return -1;
    n = n * 26 + code - 64;
  }
  return n >= 1 && n <= MAX_COLS ? n - 1 : -1;
}

/** A cell reference `B7` (or `$B$7`) as zero-based row and column, or null. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!match) return null;
  const col = columnIndex(match[1] ?? '');
  const row = Number(match[2]) - 1;
  return col < 0 || row < 0 || row >= MAX_ROWS ? null : { row, col };
}

/** `A:C` (whole columns) or `1:1048576` (whole rows, as LibreOffice writes a whole-sheet table). */
function wholeLines(from: string, to: string): { row: number; col: number }[] | null {
  if (/^\$?\d{1,7}$/.test(from) && /^\$?\d{1,7}$/.test(to)) {
    const rows = [from, to].map((r) => Number(r.replace('$', '')) - 1);
    if (rows.some((r) => r < 0 || r >= MAX_ROWS)) return null;
    return [
      { row: rows[0] ?? 0, col: 0 },
      { row: rows[1] ?? 0, col: MAX_COLS - 1 },
    ];
  }
  if (/^\$?[A-Za-z]{1,3}$/.test(from) && /^\$?[A-Za-z]{1,3}$/.test(to)) {
    const cols = [from, to].map((c) => columnIndex(c.replace('$', '')));
    if (cols.some((c) => c < 0)) return null;
    return [
      { row: 0, col: cols[0] ?? 0 },
      { row: MAX_ROWS - 1, col: cols[1] ?? 0 },
    ];
  }
  return null;
}

/** A range `A1:D9` (or one cell, or whole rows or columns) as a zero-based box, or null. */
export function parseRange(
  ref: string,
): { top: number; left: number; rows: number; cols: number } | null {
  const [from = '', to = from, ...rest] = ref.split(':');
  if (rest.length > 0) return null;
  const cells = wholeLines(from, to) ?? [parseCellRef(from), parseCellRef(to)];
  const [a, b] = cells;
  if (!a || !b) return null;
  const top = Math.min(a.row, b.row);
  const left = Math.min(a.col, b.col);
  return {
    top,
    left,
    rows: Math.max(a.row, b.row) - top + 1,
    cols: Math.max(a.col, b.col) - left + 1,
  };
}

/** A table part's root element, or null when its `ref` is unreadable. */
function readTablePart(zip: ZipEntries, part: string): TablePart | null {
  let table: TablePart | null = null;
  parsePart(
    zip,
    part,
    {
      open: (element, attributes) => {
        if (element !== 'table') return;
        const box = parseRange(attributes.ref ?? '');
        const name = attributes.displayName ?? attributes.name;
        if (box && name !== undefined) {
          table = {
            part,
            id: Number(attributes.id ?? 0),
            name,
            ...box,
            headerRowCount: Number(attributes.headerRowCount ?? 1),
            totalsRowCount: Number(attributes.totalsRowCount ?? 0),
          };
        }
        // The root holds all Samkost needs; its columns and filters are not read.
        throw new StopReading();
      },
    },
    STRUCTURE_PART_BYTES,
  );
  return table;
}

/** The tables of a sheet part, through its rels (zero-based box from `ref`). */
export function tablesOfSheet(zip: ZipEntries, sheetPart: string): TablePart[] {
  return readRelationships(zip, sheetPart)
    .filter((r) => isType(r, 'table') && !r.external && zip.has(r.target))
    .flatMap((r) => {
      const table = readTablePart(zip, r.target);
      return table ? [table] : [];
    });
}
