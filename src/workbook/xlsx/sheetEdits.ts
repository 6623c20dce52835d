/**
 * Reading and editing a worksheet part the user shares with an output table, as text: where its
 * cells are, and rewriting only the cells of one table (the rows around them, every other cell,
 * and every other element of the sheet are kept as written).
 */
import { columnName } from '../../engine/table';
import type { Box } from '../ownership';
import { parseCellRef, parseRange } from './structure';
import { attribute } from './xmlText';

export const contains = (box: Box, row: number, col: number): boolean =>
  row >= box.top && row < box.top + box.rows && col >= box.left && col < box.left + box.cols;

export const overlaps = (a: Box, b: Box): boolean =>
  a.top < b.top + b.rows &&
  b.top < a.top + a.rows &&
  a.left < b.left + b.cols &&
  b.left < a.left + a.cols;

const CELL_OR_ROW = /<(?:\w+:)?(row|c)\b([^>]*?)(\/?)>/g;

/** True when a cell's start tag carries a style other than the default. */
const styled = (attributes: string): boolean => {
  const s = attribute(attributes, 's');
  return s !== null && s !== '0';
};

/**
 * Visit every cell of the sheet that holds a value or a style, with its zero-based position.
 * Cells and rows without `r` (allowed, and written by some tools) follow the one before.
 */
export function forEachCell(xml: string, visit: (row: number, col: number) => void): void {
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  if (start < 0) return;
  CELL_OR_ROW.lastIndex = start;
  let row = -1;
  let col = -1;
  for (let m = CELL_OR_ROW.exec(xml); m !== null; m = CELL_OR_ROW.exec(xml)) {
    const attributes = m[2] ?? '';
    const r = /\br="([^"]*)"/.exec(attributes)?.[1];
    if (m[1] === 'row') {
      row = r === undefined ? row + 1 : Number(r) - 1;
      col = -1;
      continue;
    }
    const at = r === undefined ? null : parseCellRef(r);
    if (at) col = at.col;
    else col += 1;
    // A cell with content (not self-closed) or a style is the user's.
    if (m[3] !== '/' || styled(attributes)) visit(at ? at.row : row, col);
  }
}

/** The bounding box of the sheet's cells with a value or a style; null when it has none. */
export function usedBox(xml: string): Box | null {
  return rowEndsBox(xml) ?? scannedBox(xml);
}

/**
 * Whether each of `rows` (zero-based) holds a cell with a value or a style (as
 * {@link forEachCell} counts them). One pass over the row elements only, by `indexOf`: the
 * cells between them are skipped, so a large sheet costs little more than one search of it.
 */
export function rowsUsed(xml: string, rows: readonly number[]): Map<number, boolean> {
  const used = new Map(rows.map((row) => [row, false]));
  const open = /<((?:\w+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (rows.length === 0 || !open || open[2] === '/') return used;
  const tag = `<${open[1] ?? ''}row`;
  const close = `</${open[1] ?? ''}row>`;
  const last = Math.max(...rows);
  let row = -1;
  for (let at = xml.indexOf(tag, open.index); at >= 0 && row < last;) {
    const end = xml.indexOf('>', at);
    if (end < 0) break;
    // `<rowBreaks` and the like start the same way: only `<row` itself is a row.
    if (/[\s/>]/.test(xml[at + tag.length] ?? '')) {
      // A row without `r` follows the one before.
      const r = attribute(xml.slice(at + tag.length, end), 'r');
      row = r === null ? row + 1 : Number(r) - 1;
      if (used.has(row) && xml[end - 1] !== '/') {
        const stop = xml.indexOf(close, end);
        const element = xml.slice(at, stop < 0 ? xml.length : stop + close.length);
        forEachCell(`<sheetData>${element}</sheetData>`, () => used.set(row, true));
      }
    }
    at = xml.indexOf(tag, end);
  }
  return used;
}

/**
 * The sheet with a `<tablePart>` of relationship `relId` added to its `<tableParts>`, spelled as
 * the sheet's own (the sheet always holds a table of Samkost's already: the one the added table
 * stands under).
 */
export function addTablePart(xml: string, relId: string): string {
  const parts = /<((?:\w+:)?)tableParts\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1tableParts>)/.exec(xml);
  const inner = parts?.[2] ?? '';
  const prefix = /<(?:\w+:)?tablePart\b[^>]*?\s(\w+):id\s*=/.exec(inner)?.[1];
  if (!parts || prefix === undefined) throw new Error('the sheet has no <tablePart> to add to');
  const p = parts[1] ?? '';
  const items = `${inner}<${p}tablePart ${prefix}:id="${relId}"/>`;
  const count = (items.match(/<(?:\w+:)?tablePart\b/g) ?? []).length;
  const element = `<${p}tableParts count="${count}">${items}</${p}tableParts>`;
  return xml.slice(0, parts.index) + element + xml.slice(parts.index + parts[0].length);
}

/** The used box from every cell (see {@link forEachCell}). */
function scannedBox(xml: string): Box | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  forEachCell(xml, (row, col) => {
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  });
  return bottom < 0 ? null : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

const ROW_START = /<((?:\w+:)?)row\b([^>]*?)(\/?)>/g;

/**
 * The used box from the first and last cell of each row, without visiting the cells between:
 * a national output sheet has 1.5 million of them. An empty cell at a row's end counts as used
 * (the box may come out larger, never smaller). Undefined when a row or an end cell has no
 * reference (the cells must then be counted one by one).
 */
function rowEndsBox(xml: string): Box | null | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ROW_START.lastIndex = Math.max(0, xml.search(/<(?:\w+:)?sheetData\b/));
  for (let m = ROW_START.exec(xml); m !== null; m = ROW_START.exec(xml)) {
    if (m[3] === '/') continue;
    const p = m[1] ?? '';
    const start = m.index + m[0].length;
    const end = xml.indexOf(`</${p}row>`, start);
    if (end < 0) return undefined;
    ROW_START.lastIndex = end;
    // A cell starts `<c `, `<c>` or `<c/>` (not `<color`, say); the searches stay in the row.
    const row = xml.slice(start, end);
    const tag = `<${p}c`;
    const isCell = (at: number): boolean => /[\s>/]/.test(row.charAt(at + tag.length));
    let first = row.indexOf(tag);
    while (first >= 0 && !isCell(first)) first = row.indexOf(tag, first + 1);
    if (first < 0) continue;
    let last = row.lastIndexOf(tag);
    while (last > first && !isCell(last)) last = row.lastIndexOf(tag, last - 1);
    const ref = (at: number) => /^<(?:\w+:)?c\b[^>]*?\sr="([^"]*)"/.exec(row.slice(at, at + 200));
    const a = parseCellRef(ref(first)?.[1] ?? '');
    const b = parseCellRef(ref(last)?.[1] ?? '');
    if (!a || !b) return undefined;
    if (a.row < top) top = a.row;
    if (a.row > bottom) bottom = a.row;
    if (a.col < left) left = a.col;
    if (b.col > right) right = b.col;
  }
  return bottom < 0 ? null : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** Merged ranges of the sheet. */
export const mergedRanges = (xml: string): Box[] =>
  (xml.match(/<(?:\w+:)?mergeCell\b[^>]*>/g) ?? [])
    .map((m) => parseRange(attribute(m, 'ref') ?? ''))
    .filter((b): b is Box => b !== null);

const ROW = /<((?:\w+:)?)row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;

/**
 * The sheet with the cells inside `clear` removed and the rows `write.rows` (cell elements of
 * sheet rows `write.top`, `write.top + 1`, …, covering columns from `write.left` on) put in
 * their place. Cells of a row without `r` get one, so that their order stays right. Each cell
 * removed is handed to `removed`.
 */
export function replaceCells(
  xml: string,
  clear: Box,
  write: { readonly top: number; readonly left: number; readonly rows: readonly string[] },
  removed: (cell: string) => void = () => undefined,
): string {
  const open = /<((?:\w+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) throw new Error('the sheet has no <sheetData>');
  const p = open[1] ?? '';
  const bodyStart = open.index + open[0].length;
  const bodyEnd = open[2] === '/' ? bodyStart : xml.indexOf(`</${p}sheetData>`, bodyStart);
  const body = xml.slice(bodyStart, bodyEnd);
  const touched = (row: number): boolean =>
    (row >= clear.top && row < clear.top + clear.rows) ||
    (row >= write.top && row < write.top + write.rows.length);

  const out: string[] = [];
  let next = write.top; // the next written row still to place
  let last = -1;
  const flushUntil = (row: number): void => {
    for (; next < write.top + write.rows.length && next < row; next += 1) {
      const cells = write.rows[next - write.top] ?? '';
      if (cells !== '') out.push(`<${p}row r="${next + 1}">${cells}</${p}row>`);
    }
  };
  ROW.lastIndex = 0;
  let copied = 0;
  for (let m = ROW.exec(body); m !== null; m = ROW.exec(body)) {
    const attributes = m[2] ?? '';
    const r = attribute(attributes, 'r');
    const row = r === null ? last + 1 : Number(r) - 1;
    last = row;
    if (!touched(row)) {
      flushUntil(row);
      out.push(body.slice(copied, m.index + m[0].length));
      copied = m.index + m[0].length;
      continue;
    }
    out.push(body.slice(copied, m.index));
    copied = m.index + m[0].length;
    flushUntil(row);
    const kept: { col: number; xml: string }[] = [];
    let col = -1;
    CELL.lastIndex = 0;
    const cells = m[3] ?? '';
    for (let c = CELL.exec(cells); c !== null; c = CELL.exec(cells)) {
      const ref = attribute(c[1] ?? '', 'r');
      const at = ref === null ? null : parseCellRef(ref);
      col = at ? at.col : col + 1;
      if (contains(clear, row, col)) {
        removed(c[0]);
        continue;
      }
      const cell =
        ref === null ? c[0].replace(/^<((?:\w+:)?)c\b/, `<$1c r="${cellRef(row, col)}"`) : c[0];
      kept.push({ col, xml: cell });
    }
    const written = row >= write.top && row < write.top + write.rows.length;
    if (written) next = row + 1;
    const mine = written ? (write.rows[row - write.top] ?? '') : '';
    const before = kept.filter((k) => k.col < write.left).map((k) => k.xml);
    const after = kept.filter((k) => k.col >= write.left).map((k) => k.xml);
    const content = before.join('') + mine + after.join('');
    // `spans` is a hint about the row's columns that no longer holds: it is dropped.
    const rowAttributes = attributes.replace(/\sspans\s*=\s*"[^"]*"/, '').replace(/\s*$/, '');
    const withR = r === null ? ` r="${row + 1}"${rowAttributes}` : rowAttributes;
    out.push(`<${p}row${withR}>${content}</${p}row>`);
  }
  out.push(body.slice(copied));
  flushUntil(Infinity);
  const sheetData = `<${p}sheetData>${out.join('')}</${p}sheetData>`;
  const end = open[2] === '/' ? bodyStart : bodyEnd + `</${p}sheetData>`.length;
  return xml.slice(0, open.index) + sheetData + xml.slice(end);
}

const cellRef = (row: number, col: number): string => `${columnName(col)}${row + 1}`;

/** The sheet without its `<tablePart>` of relationship `relId` (and `<tableParts>` if emptied). */
export function removeTablePart(xml: string, relId: string): string {
  let removed = false;
  const out = xml.replace(/<((?:\w+:)?)tablePart\b[^>]*?\/>/g, (element) => {
    const attrs = element.match(/\s[\w]+:id\s*=\s*"([^"]*)"/);
    if (attrs?.[1] !== relId) return element;
    removed = true;
    return '';
  });
  if (!removed) return xml;
  return out.replace(
    /<((?:\w+:)?)tableParts\b[^>]*>([\s\S]*?)<\/\1tableParts>/,
    (_, p: string, inner: string) => {
      const count = (inner.match(/<(?:\w+:)?tablePart\b/g) ?? []).length;
      return count === 0 ? '' : `<${p}tableParts count="${count}">${inner}</${p}tableParts>`;
    },
  );
}

/** Sheet elements that may follow `<conditionalFormatting>`, in the schema's order. */
const AFTER_CONDITIONAL = [
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/**
 * The sheet without the conditional formats lying wholly inside `box` (an output table's own)
 * and with `formatting` (a `<conditionalFormatting>` element, or nothing) added.
 */
export function replaceConditionalFormats(xml: string, box: Box, formatting: string): string {
  const out = xml.replace(
    /<((?:\w+:)?)conditionalFormatting\b([^>]*)>[\s\S]*?<\/\1conditionalFormatting>/g,
    (element, _p, attributes: string) => {
      const ranges = (attribute(attributes, 'sqref') ?? '').split(/\s+/).map(parseRange);
      const inside = ranges.every(
        (r) =>
          r !== null &&
          r.top >= box.top &&
          r.left >= box.left &&
          r.top + r.rows <= box.top + box.rows &&
          r.left + r.cols <= box.left + box.cols,
      );
      return inside ? '' : element;
    },
  );
  return formatting === '' ? out : insertBefore(out, formatting, AFTER_CONDITIONAL);
}

/** Insert `element` (unprefixed) before the first of `after` present, or at the sheet's end. */
function insertBefore(xml: string, element: string, after: readonly string[]): string {
  const prefix = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  const prefixed = prefix === '' ? element : element.replace(/<(\/?)(?=\w)/g, `<$1${prefix}`);
  const next = after
    .map((tag) => xml.search(new RegExp(`<${prefix}${tag}\\b`)))
    .find((i) => i >= 0);
  const at = next ?? xml.lastIndexOf(`</${prefix}worksheet>`);
  return xml.slice(0, at) + prefixed + xml.slice(at);
}

/**
 * The sheet without the links to places in the workbook inside `box` (an output table's own; a
 * link with a relationship goes out of the workbook and is the user's) and with `hyperlinks` (a
 * `<hyperlinks>` element, or nothing) added to the sheet's own.
 */
export function replaceHyperlinks(xml: string, box: Box, hyperlinks: string): string {
  let out = xml.replace(
    /<((?:\w+:)?)hyperlink\b([^>]*?)(?:\/>|>[\s\S]*?<\/\1hyperlink>)/g,
    (element, _p, attributes: string) => {
      if (/\sr:id\s*=/.test(attributes) || /\s\w+:id\s*=/.test(attributes)) return element;
      const ref = parseRange(attribute(attributes, 'ref') ?? '');
      const inside =
        ref !== null &&
        ref.top >= box.top &&
        ref.left >= box.left &&
        ref.top + ref.rows <= box.top + box.rows &&
        ref.left + ref.cols <= box.left + box.cols;
      return inside ? '' : element;
    },
  );
  // The schema wants at least one link in a `<hyperlinks>`.
  out = out.replace(/<((?:\w+:)?)hyperlinks\b[^>]*>\s*<\/\1hyperlinks>/, '');
  if (hyperlinks === '') return out;
  const inner = hyperlinks.replace(/^<hyperlinks>|<\/hyperlinks>$/g, '');
  const closing = /<\/((?:\w+:)?)hyperlinks>/.exec(out);
  if (closing) {
    const prefix = closing[1] ?? '';
    const element = prefix === '' ? inner : inner.replace(/<(?=\w)/g, `<${prefix}`);
    return out.slice(0, closing.index) + element + out.slice(closing.index);
  }
  return insertBefore(out, hyperlinks, AFTER_CONDITIONAL.slice(2));
}

/** The sheet with its `<dimension>` grown to hold `box` (a hint Excel keeps in step). */
export function growDimension(xml: string, box: Box): string {
  return xml.replace(/(<(?:\w+:)?dimension\b[^>]*?\sref\s*=\s*")([^"]*)"/, (whole, start, ref) => {
    const old = parseRange(String(ref));
    if (!old) return whole;
    const top = Math.min(old.top, box.top);
    const left = Math.min(old.left, box.left);
    const bottom = Math.max(old.top + old.rows, box.top + box.rows) - 1;
    const right = Math.max(old.left + old.cols, box.left + box.cols) - 1;
    return `${start}${cellRef(top, left)}:${cellRef(bottom, right)}"`;
  });
}

/**
 * True when a cell element (or a whole sheet) holds a formula: plain searches, fast on a large
 * sheet; text that merely contains `:f ` counts too, which only costs a rebuilt calc chain.
 */
export const hasFormula = (xml: string): boolean =>
  xml.includes('<f>') || xml.includes('<f ') || xml.includes(':f>') || xml.includes(':f ');
