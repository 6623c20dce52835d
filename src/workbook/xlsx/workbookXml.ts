/**
 * Surgical edits to the workbook part (`xl/workbook.xml`), as text: sheets added at the end or
 * removed, and defined names dropped or added. Removing a sheet does what Excel does: names
 * scoped to it go, later sheets' `localSheetId`s shift down, references to it in the names
 * that stay become `#REF!`, and the book view's active and first tab stay on a sheet.
 */
import { attribute, escapeAttribute, escapeText } from './xmlText';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const prefixOf = (xml: string): string => /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';

/** The prefix bound to the relationships namespace, declaring `r` on `element` if none is. */
function relPrefix(xml: string): { prefix: string; declare: string } {
  const bound = new RegExp(`xmlns:(\\w+)\\s*=\\s*"${REL_NS}"`).exec(xml);
  return bound?.[1] !== undefined
    ? { prefix: bound[1], declare: '' }
    : { prefix: 'r', declare: ` xmlns:r="${REL_NS}"` };
}

/** The workbook with a sheet appended to `<sheets>`. */
export function addSheet(xml: string, name: string, sheetId: number, relId: string): string {
  const p = prefixOf(xml);
  const { prefix, declare } = relPrefix(xml);
  const element = `<${p}sheet name="${escapeAttribute(name)}" sheetId="${sheetId}"${declare} ${prefix}:id="${escapeAttribute(relId)}"/>`;
  const end = xml.indexOf(`</${p}sheets>`);
  if (end >= 0) return xml.slice(0, end) + element + xml.slice(end);
  // A workbook with no sheet at all is not valid, but `<sheets/>` is still opened for one.
  return xml.replace(new RegExp(`<${p}sheets\\s*/>`), `<${p}sheets>${element}</${p}sheets>`);
}

/** A sheet name as a formula writes it before `!`, quoted or not. */
const sheetRefPattern = (name: string): string => {
  const escaped = escapeText(name).replace(/'/g, "''");
  const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `(?:'${literal(escaped)}'|${literal(escaped)})!`;
};

const NAME = /<((?:\w+:)?)definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g;

/**
 * The workbook without the sheets at zero-based positions `removed` (in `<sheets>` order) whose
 * names are `names`. Their relationships and parts are the caller's to remove.
 */
export function removeSheets(
  xml: string,
  removed: readonly number[],
  names: readonly string[],
): string {
  if (removed.length === 0) return xml;
  const gone = new Set(removed);
  const shift = (index: number): number => index - removed.filter((r) => r < index).length;
  let position = -1;
  let out = xml.replace(/<(?:\w+:)?sheet\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?sheet>)/g, (sheet) => {
    position += 1;
    return gone.has(position) ? '' : sheet;
  });
  const remaining = position + 1 - removed.length;
  const refs = names.map((n) => new RegExp(`(^|[^\\w.'])${sheetRefPattern(n)}`, 'gi'));
  out = out.replace(NAME, (element, p: string, attributes: string, text: string | undefined) => {
    const scope = attribute(attributes, 'localSheetId');
    if (scope !== null) {
      if (gone.has(Number(scope))) return '';
      attributes = attributes.replace(
        /(\slocalSheetId\s*=\s*")(\d+)"/,
        (_, start: string, id: string) => `${start}${shift(Number(id))}"`,
      );
    }
    if (text === undefined) return `<${p}definedName${attributes}/>`;
    const fixed = refs.reduce((t, ref) => t.replace(ref, '$1#REF!'), text);
    return `<${p}definedName${attributes}>${fixed}</${p}definedName>`;
  });
  // An empty <definedNames> is not valid: drop it.
  out = out.replace(/<((?:\w+:)?)definedNames>\s*<\/\1definedNames>/, '');
  return out.replace(/<(?:\w+:)?workbookView\b[^>]*>/g, (view) =>
    view.replace(/(\s(activeTab|firstSheet)\s*=\s*")(\d+)"/g, (_, start: string, _key, n) => {
      const index = Number(n);
      const moved = gone.has(index) ? Math.min(shift(index), remaining - 1) : shift(index);
      return `${start}${Math.max(0, moved)}"`;
    }),
  );
}

export interface NewName {
  readonly name: string;
  /** The reference, without `=`. */
  readonly text: string;
  readonly comment: string;
}

/**
 * The workbook without the workbook-scoped defined names in `drop` (compared case-insensitively,
 * as Excel compares names) and with `add` appended as hidden names.
 */
export function replaceDefinedNames(
  xml: string,
  drop: readonly string[],
  add: readonly NewName[],
): string {
  const dropped = new Set(drop.map((n) => n.toLowerCase()));
  let out = xml.replace(NAME, (element, _p, attributes: string) =>
    attribute(attributes, 'localSheetId') === null &&
    dropped.has((attribute(attributes, 'name') ?? '').toLowerCase())
      ? ''
      : element,
  );
  const p = prefixOf(out);
  const elements = add
    .map(
      (n) =>
        `<${p}definedName name="${escapeAttribute(n.name)}" comment="${escapeAttribute(n.comment)}" hidden="1">${escapeText(n.text)}</${p}definedName>`,
    )
    .join('');
  const close = out.indexOf(`</${p}definedNames>`);
  if (close >= 0) out = out.slice(0, close) + elements + out.slice(close);
  else if (elements !== '') {
    // <definedNames> follows <sheets>, <functionGroups> and <externalReferences>.
    const anchors = [`</${p}externalReferences>`, `</${p}functionGroups>`, `</${p}sheets>`];
    const anchor = anchors.find((a) => out.includes(a));
    if (anchor === undefined) throw new Error('the workbook part has no <sheets>');
    const at = out.indexOf(anchor) + anchor.length;
    out = `${out.slice(0, at)}<${p}definedNames>${elements}</${p}definedNames>${out.slice(at)}`;
  }
  return out.replace(/<((?:\w+:)?)definedNames>\s*<\/\1definedNames>/, '');
}
