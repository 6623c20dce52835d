/**
 * The styles the outputs need, added to a workbook's own `xl/styles.xml` as text: number formats
 * (`numFmts`), cell formats (`cellXfs`) and the RiskFlags severity colours (`dxfs`), each count
 * kept right. A style the workbook already has (an earlier run's, or the user's identical one) is
 * reused, so a re-run leaves the part as it was. Nothing else in the part changes.
 */
import { NUMBER_FORMATS } from '../numberFormats';
import { SEVERITY_COLOURS } from '../severity';
import { attribute, escapeAttribute } from './xmlText';

/** `#RRGGBB` as the styles part writes a colour: opaque ARGB. */
const argb = (colour: string): string => `FF${colour.slice(1)}`;

/** Excel's built-in number formats the outputs use (ECMA-376 Part 1, §18.8.30). */
const BUILT_IN: Readonly<Record<string, number>> = { '0': 1, '#,##0': 3, '#,##0.00': 4 };
/** Ids below this are Excel's own. */
const FIRST_CUSTOM_FORMAT = 164;

/** Where the outputs' styles sit in a styles part. */
export interface OutputStyles {
  /** The `s` of a cell with number format `code` (null: General), quote-prefixed or not. */
  cell(code: string | null, quoted: boolean): number;
  /** The `dxfId` of each severity's colours, in {@link SEVERITY_COLOURS}' order. */
  readonly severity: readonly number[];
}

/** A collection element (`<cellXfs count="2">…</cellXfs>`) located in the part's text. */
interface Collection {
  readonly start: number;
  readonly end: number;
  /** Its top-level children, as written. */
  readonly items: string[];
}

function findCollection(xml: string, prefix: string, tag: string, item: string): Collection | null {
  const open = new RegExp(`<${prefix}${tag}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return null;
  if (open[1] === '/') return { start: open.index, end: open.index + open[0].length, items: [] };
  const close = xml.indexOf(`</${prefix}${tag}>`, open.index);
  if (close < 0) throw new Error(`styles: <${tag}> is not closed`);
  const inner = xml.slice(open.index + open[0].length, close);
  const items =
    inner.match(
      new RegExp(`<${prefix}${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}${item}>)`, 'g'),
    ) ?? [];
  return { start: open.index, end: close + `</${prefix}${tag}>`.length, items };
}

/** Attributes of a start tag as a map. */
function attributesOf(element: string): Map<string, string> {
  const start = /^<[^\s/>]+([^>]*?)\/?>/.exec(element)?.[1] ?? '';
  const map = new Map<string, string>();
  for (const match of start.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) {
    map.set(match[1] ?? '', match[2] ?? '');
  }
  return map;
}

const sameAttributes = (a: Map<string, string>, b: Map<string, string>): boolean =>
  a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);

/**
 * Ensure `wanted` items are in the collection `tag` (created before the first of `before` that
 * exists, or at the end of the root, when missing); `same` says whether an existing item is one.
 * Returns the new text and each wanted item's index.
 */
function ensureItems(
  xml: string,
  prefix: string,
  tag: string,
  item: string,
  wanted: readonly string[],
  same: (existing: string, wantedItem: string) => boolean,
  before: readonly string[],
): { xml: string; indices: number[] } {
  const found = findCollection(xml, prefix, tag, item);
  const items = [...(found?.items ?? [])];
  const added: string[] = [];
  const indices = wanted.map((w) => {
    const at = items.findIndex((existing) => same(existing, w));
    if (at >= 0) return at;
    items.push(w);
    added.push(w);
    return items.length - 1;
  });
  if (added.length === 0) return { xml, indices };
  const element = `<${prefix}${tag} count="${items.length}">${items.join('')}</${prefix}${tag}>`;
  if (found) return { xml: xml.slice(0, found.start) + element + xml.slice(found.end), indices };
  const next = before
    .map((b) => new RegExp(`<${prefix}${b}\\b`).exec(xml)?.index ?? -1)
    .find((i) => i >= 0);
  const at = next ?? xml.lastIndexOf(`</${prefix}styleSheet>`);
  return { xml: xml.slice(0, at) + element + xml.slice(at), indices };
}

const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];
const after = (tag: string): string[] => ORDER.slice(ORDER.indexOf(tag) + 1);

const dxf = (fill: string, font: string): string =>
  `<dxf><font><color rgb="${font}"/></font><fill><patternFill><bgColor rgb="${fill}"/></patternFill></fill></dxf>`;

/** `styles` (a workbook's styles part) with the outputs' styles added; see the module comment. */
export function addOutputStyles(styles: string): { xml: string; styles: OutputStyles } {
  const prefix = /<(\w+:)?styleSheet\b/.exec(styles)?.[1] ?? '';
  const p = (element: string): string => element.replace(/<(\/?)(?=\w)/g, `<$1${prefix}`);

  const codes = [...new Set(Object.values(NUMBER_FORMATS))].filter(
    (code): code is string => code !== null && BUILT_IN[code] === undefined,
  );
  const formats = findCollection(styles, prefix, 'numFmts', 'numFmt')?.items ?? [];
  const ids = new Map<string, number>(Object.entries(BUILT_IN));
  let next = FIRST_CUSTOM_FORMAT;
  for (const item of formats) {
    const attributes = attributesOf(item);
    const id = Number(attributes.get('numFmtId'));
    const code = attribute(item.slice(0, item.indexOf('>')), 'formatCode');
    if (code !== null && !ids.has(code)) ids.set(code, id);
    if (Number.isFinite(id)) next = Math.max(next, id + 1);
  }
  const newFormats = codes.filter((code) => !ids.has(code));
  for (const code of newFormats) ids.set(code, next++);
  let xml = ensureItems(
    styles,
    prefix,
    'numFmts',
    'numFmt',
    codes.map((code) =>
      p(`<numFmt numFmtId="${ids.get(code)}" formatCode="${escapeAttribute(code)}"/>`),
    ),
    (existing, wanted) =>
      attributesOf(existing).get('numFmtId') === attributesOf(wanted).get('numFmtId'),
    after('numFmts'),
  ).xml;

  const keys = [null, ...new Set(Object.values(NUMBER_FORMATS))]
    .filter((code, i, all) => all.indexOf(code) === i)
    .flatMap((code) => [false, true].map((quoted) => ({ code, quoted })))
    // General, not quoted, is the workbook's default style 0.
    .filter(({ code, quoted }) => code !== null || quoted);
  const xf = ({ code, quoted }: { code: string | null; quoted: boolean }): string => {
    const id = code === null ? 0 : (ids.get(code) ?? 0);
    return p(
      `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"` +
        `${id === 0 ? '' : ' applyNumberFormat="1"'}${quoted ? ' quotePrefix="1"' : ''}/>`,
    );
  };
  const cellXfs = ensureItems(
    xml,
    prefix,
    'cellXfs',
    'xf',
    keys.map(xf),
    (existing, wanted) =>
      existing.endsWith('/>') && sameAttributes(attributesOf(existing), attributesOf(wanted)),
    after('cellXfs'),
  );
  xml = cellXfs.xml;
  const dxfs = ensureItems(
    xml,
    prefix,
    'dxfs',
    'dxf',
    SEVERITY_COLOURS.map(({ fill, font }) => p(dxf(argb(fill), argb(font)))),
    (existing, wanted) => existing === wanted,
    after('dxfs'),
  );
  const index = new Map(keys.map((key, i) => [`${key.code}|${key.quoted}`, cellXfs.indices[i]]));
  return {
    xml: dxfs.xml,
    styles: {
      cell: (code, quoted) =>
        code === null && !quoted ? 0 : (index.get(`${code}|${quoted}`) ?? 0),
      severity: dxfs.indices,
    },
  };
}
