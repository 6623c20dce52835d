/**
 * One Excel table as SpreadsheetML text: its cells (a worksheet's rows, or rows to merge into a
 * sheet the user shares), the worksheet that holds it alone, and its table part. Written in one
 * pass straight into bytes (./byteText.ts): a national Allocation table has 1.5 million cells.
 *
 * Text is written as inline strings (`t="inlineStr"`), which Excel, LibreOffice and every reader
 * of the format take, so no shared-strings part of the user's has to be edited; a string cell is
 * never a formula. Text Excel would re-read when the user edits the cell (`=…`, `+47…`, `007`)
 * gets Excel's quote prefix, as the Office.js adapter writes it.
 */
import type { ColumnFormat, OutputValue } from '../../engine/table';
import { columnName } from '../../engine/table';
import { needsQuotePrefix } from '../excel/cells';
import type { Box } from '../ownership';
import { NUMBER_FORMATS } from '../numberFormats';
import { SEVERITY_COLOURS } from '../severity';
import type { OutputStyles } from './styles';
import { escapeAttribute, escapeText } from './xmlText';
import { asciiBytes, ByteText } from './byteText';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const TABLE_STYLE = 'TableStyleMedium2';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Rows a template's drop-down lists reach, so they are there as the user adds rows. */
const VALIDATION_ROWS = 500;

/** A table to write: headers as they should read, body rows, a format per column. */
export interface TableContent {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly OutputValue[])[];
  readonly formats?: readonly ColumnFormat[];
  /** Drop-down lists, by zero-based column (templates). */
  readonly validations?: readonly { readonly column: number; readonly list: readonly string[] }[];
  /** The zero-based column that gets the severity colours (RiskFlags). */
  readonly severityColumn?: number;
  /** Body cells that link to a place in the workbook (`Sheet!B7`), by row; see OutputTable. */
  readonly links?: { readonly column: number; readonly targets: readonly (string | null)[] };
}

/** Excel wants a table's headers non-blank and unique (case-insensitive). */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const taken = new Set<string>();
  return headers.map((header, index) => {
    const base = header.trim() === '' ? `Column${index + 1}` : header;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** The cells a table covers, zero-based: headers in the first row, one blank row when empty. */
export const tableBox = (content: TableContent, top: number, left: number): Box => ({
  top,
  left,
  rows: 1 + Math.max(1, content.rows.length),
  cols: content.headers.length,
});

/** `A1:E4` */
const rangeRef = (box: Box): string =>
  `${columnName(box.left)}${box.top + 1}:${columnName(box.left + box.cols - 1)}${box.top + box.rows}`;

/** Where the rows of a table go: each row's cells are written to the text `start` gives. */
interface RowSink {
  /** Body row `index` (0 is the header row), sheet row `sheetRow` (one-based), begins. */
  start(index: number, sheetRow: number): ByteText;
  end(): void;
}

/** Stands in for a column's piece the arrays always hold (noUncheckedIndexedAccess). */
const NOTHING = new Uint8Array(0);

/** Whether text must be written with `xml:space="preserve"` (it starts or ends in white space). */
const PADDED = /^\s|\s$/;

/**
 * The cells of each row of the table at (`top`, `left`), handed to `rows` in order: the cell
 * elements of sheet row `top + i`, in column order, without the `<row>` element.
 */
function writeTableRows(
  content: TableContent,
  top: number,
  left: number,
  styles: OutputStyles,
  rows: RowSink,
): void {
  const headers = uniqueHeaders(content.headers);
  const letters = headers.map((_, c) => columnName(left + c));
  const codes = headers.map((_, c) => NUMBER_FORMATS[content.formats?.[c] ?? 'text']);
  // ` s="3"` per column, or nothing for the default style.
  const attr = (s: number): string => (s === 0 ? '' : ` s="${s}"`);
  const plain = codes.map((code) => attr(styles.cell(code, false)));
  const quoted = codes.map((code) => attr(styles.cell(code, true)));
  // `<c r="B` … `"` + style + `><v>`: a number cell is its row, value and these two pieces.
  const open = letters.map((letter) => asciiBytes(`<c r="${letter}`));
  const numberOpen = plain.map((style) => asciiBytes(`"${style}><v>`));
  const booleanOpen = asciiBytes('" t="b"><v>');
  const numberClose = asciiBytes('</v></c>');
  const text = (out: ByteText, c: number, r: number, value: string, style: string): void => {
    out.put(open[c] ?? NOTHING);
    out.uint(r);
    out.text(
      `"${style} t="inlineStr"><is><t${PADDED.test(value) ? ' xml:space="preserve"' : ''}>${escapeText(value)}</t></is></c>`,
    );
  };

  // Headers are text in the workbook's default style, whatever their column's number format.
  const headerQuoted = attr(styles.cell(null, true));
  const headerRow = top + 1;
  const header = rows.start(0, headerRow);
  headers.forEach((h, c) => text(header, c, headerRow, h, needsQuotePrefix(h) ? headerQuoted : ''));
  rows.end();
  const body = content.rows;
  for (let i = 0; i < body.length; i += 1) {
    const values = body[i] ?? [];
    const r = top + 2 + i;
    const out = rows.start(i + 1, r);
    for (let c = 0; c < headers.length; c += 1) {
      const value = values[c];
      if (value === null || value === undefined || value === '') continue;
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) continue;
        out.put(open[c] ?? NOTHING);
        out.uint(r);
        out.put(numberOpen[c] ?? NOTHING);
        out.number(value);
        out.put(numberClose);
      } else if (typeof value === 'boolean') {
        out.put(open[c] ?? NOTHING);
        out.uint(r);
        out.put(booleanOpen);
        out.uint(value ? 1 : 0);
        out.put(numberClose);
      } else {
        text(out, c, r, value, (needsQuotePrefix(value) ? quoted[c] : plain[c]) ?? '');
      }
    }
    rows.end();
  }
  if (body.length === 0) {
    rows.start(1, top + 2);
    rows.end();
  }
}

/** The cells of each row of the table at (`top`, `left`); see {@link writeTableRows}. */
export function tableCells(
  content: TableContent,
  top: number,
  left: number,
  styles: OutputStyles,
): string[] {
  const out: string[] = [];
  let row = new ByteText();
  writeTableRows(content, top, left, styles, {
    start: () => (row = new ByteText()),
    end: () => out.push(row.string()),
  });
  return out;
}

/** Roughly how wide a number shows, in characters (thousands separators and decimals included). */
function numberLength(
  magnitude: number,
  negative: boolean,
  format: ColumnFormat | undefined,
): number {
  const whole = Math.trunc(magnitude).toString().length;
  const grouping = format === 'currency' || format === 'integer' || format === 'decimal';
  const decimals = format === 'currency' || format === 'decimal' ? 3 : format === 'percent' ? 4 : 0;
  return whole + (grouping ? Math.floor((whole - 1) / 3) : 0) + decimals + (negative ? 1 : 0);
}

/**
 * Each column's width, in Excel's characters: the longest value, with room for the filter button.
 * A number column's longest value is that of its largest magnitude (a minus sign counted when
 * any value is negative), so each cell costs a comparison, not a formatting.
 */
function columnWidths(content: TableContent, alsoFits: TableContent['rows']): number[] {
  const headers = uniqueHeaders(content.headers);
  const widths = headers.map((h) => h.length + 3);
  const largest = headers.map(() => 0);
  const negative = headers.map(() => false);
  for (const row of [...content.rows, ...alsoFits]) {
    for (let c = 0; c < widths.length; c += 1) {
      const value = row[c];
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) continue;
        const magnitude = value < 0 ? -value : value;
        if (magnitude > (largest[c] ?? 0)) largest[c] = magnitude;
        if (value < 0) negative[c] = true;
      } else if (value !== null && value !== undefined) {
        const length = String(value).length;
        if (length > (widths[c] ?? 0)) widths[c] = length;
      }
    }
  }
  return widths.map((w, c) => {
    const numbers = numberLength(largest[c] ?? 0, negative[c] ?? false, content.formats?.[c]);
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.max(w, numbers) + 2));
  });
}

/** The severity colours on a column of the table's body. */
export function severityFormatting(box: Box, column: number, styles: OutputStyles): string {
  if (box.rows < 2) return '';
  const letter = columnName(box.left + column);
  const sqref = `${letter}${box.top + 2}:${letter}${box.top + box.rows}`;
  const rules = SEVERITY_COLOURS.map(
    ({ severity }, i) =>
      `<cfRule type="cellIs" dxfId="${styles.severity[i] ?? 0}" priority="${i + 1}" operator="equal"><formula>"${severity}"</formula></cfRule>`,
  );
  return `<conditionalFormatting sqref="${sqref}">${rules.join('')}</conditionalFormatting>`;
}

/**
 * The table's links to places in the workbook: a `location` needs no relationship (only links
 * out of the workbook have one).
 */
export function hyperlinksXml(content: TableContent, box: Box): string {
  const { links } = content;
  if (!links) return '';
  const letter = columnName(box.left + links.column);
  const elements = links.targets.flatMap((target, i) =>
    target
      ? [
          `<hyperlink ref="${letter}${box.top + 2 + i}" location="${escapeAttribute(target)}" display="${escapeAttribute(target)}"/>`,
        ]
      : [],
  );
  return elements.length === 0 ? '' : `<hyperlinks>${elements.join('')}</hyperlinks>`;
}

/** A template's drop-down lists (a warning, not a stop: the parser takes more spellings). */
function validationsXml(content: TableContent): string {
  const last = Math.max(content.rows.length + 1, VALIDATION_ROWS);
  const rules = (content.validations ?? []).flatMap(({ column, list }) => {
    // A list written into the rule is one comma-separated text of at most 255 characters.
    const source = list.join(',');
    if (list.some((item) => item.includes(',') || item.includes('"')) || source.length > 255) {
      return [];
    }
    const letter = columnName(column);
    return [
      `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1" sqref="${letter}2:${letter}${last}"><formula1>"${escapeText(source)}"</formula1></dataValidation>`,
    ];
  });
  return rules.length === 0
    ? ''
    : `<dataValidations count="${rules.length}">${rules.join('')}</dataValidations>`;
}

/** A table under a sheet's main table (a footer), with its table part's relationship. */
export interface TableBelow {
  readonly content: TableContent;
  readonly top: number;
  readonly left: number;
  readonly relId: string;
}

/** The smallest box holding both. */
const union = (a: Box, b: Box): Box => {
  const top = Math.min(a.top, b.top);
  const left = Math.min(a.left, b.left);
  return {
    top,
    left,
    rows: Math.max(a.top + a.rows, b.top + b.rows) - top,
    cols: Math.max(a.left + a.cols, b.left + b.cols) - left,
  };
};

/**
 * A worksheet holding the table alone at A1: header row frozen, widths, number formats, the
 * severity colours and drop-down lists when asked; `tableRelId` is its table part's relationship,
 * `sheetProperties` a `<sheetPr>` element to keep (unprefixed). The widths also fit the rows
 * `alsoFits` (a footer's). The tables `below` (a footer: under the table, in row order) are
 * written after its rows, as ./sheetEdits.ts would add them to the sheet.
 */
export function tableSheetXml(
  content: TableContent,
  tableRelId: string,
  styles: OutputStyles,
  sheetProperties = '',
  alsoFits: TableContent['rows'] = [],
  below: readonly TableBelow[] = [],
): Uint8Array {
  const out = new ByteText();
  writeTableSheet(out, content, tableRelId, styles, sheetProperties, alsoFits, below);
  return out.bytes();
}

/** {@link tableSheetXml}, written to `out`. */
export function writeTableSheet(
  out: ByteText,
  content: TableContent,
  tableRelId: string,
  styles: OutputStyles,
  sheetProperties: string,
  alsoFits: TableContent['rows'],
  below: readonly TableBelow[],
): void {
  const box = tableBox(content, 0, 0);
  const used = below.reduce(
    (all, table) => union(all, tableBox(table.content, table.top, table.left)),
    box,
  );
  const cols = columnWidths(content, alsoFits)
    .map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  out.text(
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${sheetProperties}` +
      `<dimension ref="${rangeRef(used)}"/>` +
      '<sheetViews><sheetView workbookViewId="0">' +
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      (cols === '' ? '' : `<cols>${cols}</cols>`) +
      '<sheetData>',
  );
  const rowOpen = asciiBytes('<row r="');
  const rowOpened = asciiBytes('">');
  const rowClose = asciiBytes('</row>');
  writeTableRows(content, 0, 0, styles, {
    start: (_, sheetRow) => {
      out.put(rowOpen);
      out.uint(sheetRow);
      out.put(rowOpened);
      return out;
    },
    end: () => out.put(rowClose),
  });
  // A table added under another leaves out its blank rows, as a rewrite of a sheet's cells does.
  for (const table of below) {
    tableCells(table.content, table.top, table.left, styles).forEach((cells, i) => {
      if (cells !== '') out.text(`<row r="${table.top + i + 1}">${cells}</row>`);
    });
  }
  const parts = [tableRelId, ...below.map((table) => table.relId)]
    .map((relId) => `<tablePart r:id="${escapeAttribute(relId)}"/>`)
    .join('');
  out.text(
    '</sheetData>' +
      (content.severityColumn === undefined
        ? ''
        : severityFormatting(box, content.severityColumn, styles)) +
      validationsXml(content) +
      hyperlinksXml(content, box) +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      `<tableParts count="${1 + below.length}">${parts}</tableParts>` +
      '</worksheet>',
  );
}

/**
 * A table column's name as Excel writes it: line breaks and tabs as `_x000A_` (a header cell
 * holding a line break must match its column's name, or Excel repairs the file).
 */
const columnNameAttribute = (name: string): string =>
  escapeAttribute(name).replace(
    /&#(9|10|13);/g,
    (_, code: string) => `_x${Number(code).toString(16).toUpperCase().padStart(4, '0')}_`,
  );

/** The table part: `id` unique in the workbook, `name` unique among tables and defined names. */
export function tablePartXml(content: TableContent, id: number, name: string, box: Box): string {
  const ref = rangeRef(box);
  const columns = uniqueHeaders(content.headers)
    .map((h, c) => `<tableColumn id="${c + 1}" name="${columnNameAttribute(h)}"/>`)
    .join('');
  return (
    `${XML_DECLARATION}<table xmlns="${MAIN_NS}" id="${id}" name="${escapeAttribute(name)}" ` +
    `displayName="${escapeAttribute(name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${content.headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    '</table>'
  );
}
