/**
 * Surgical edits to the package's bookkeeping parts, as text: `[Content_Types].xml` and `.rels`
 * parts. Each edit adds or removes one element and leaves every other byte as it was.
 */
import { attribute, escapeAttribute } from './xmlText';

export const CONTENT_TYPES = '[Content_Types].xml';

export const TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
} as const;

const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const RELATIONSHIPS = {
  worksheet: `${REL_TYPE}/worksheet`,
  table: `${REL_TYPE}/table`,
  styles: `${REL_TYPE}/styles`,
} as const;

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Insert `element` just before the root's end tag `</…tag>`. */
function beforeEnd(xml: string, tag: string, element: string): string {
  const end = xml.search(new RegExp(`</(?:\\w+:)?${tag}>\\s*$`));
  if (end < 0) throw new Error(`no </${tag}> to add to`);
  return xml.slice(0, end) + element + xml.slice(end);
}

/** Content types with an Override for `part` (no leading `/`), unless it has one. */
export function addOverride(types: string, part: string, contentType: string): string {
  const overrides = types.match(/<(?:\w+:)?Override\b[^>]*>/g) ?? [];
  if (overrides.some((o) => sameName(attribute(o, 'PartName') ?? '', `/${part}`))) return types;
  const prefix = /<(\w+:)?Types\b/.exec(types)?.[1] ?? '';
  return beforeEnd(
    types,
    'Types',
    `<${prefix}Override PartName="/${escapeAttribute(part)}" ContentType="${contentType}"/>`,
  );
}

/** Content types without the Override of `part`. */
export function removeOverride(types: string, part: string): string {
  return types.replace(/<(?:\w+:)?Override\b[^>]*?(?:\/>|>\s*<\/(?:\w+:)?Override>)/g, (o) =>
    sameName(attribute(o, 'PartName') ?? '', `/${part}`) ? '' : o,
  );
}

/** An empty relationships part. */
export const emptyRels = (): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;

/** Every relationship id in a .rels part. */
export const relationshipIds = (rels: string): string[] =>
  (rels.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []).map((r) => attribute(r, 'Id') ?? '');

/** The first of `rId1`, `rId2`, … not in `taken` (and then taken). */
export function freeRelId(taken: Set<string>): string {
  for (let n = 1; ; n += 1) {
    if (!taken.has(`rId${n}`)) {
      taken.add(`rId${n}`);
      return `rId${n}`;
    }
  }
}

/** `rels` with one more relationship (`target` relative to the source part's folder). */
export function addRelationship(rels: string, id: string, type: string, target: string): string {
  const prefix = /<(\w+:)?Relationships\b/.exec(rels)?.[1] ?? '';
  const element = `<${prefix}Relationship Id="${escapeAttribute(id)}" Type="${type}" Target="${escapeAttribute(target)}"/>`;
  // An empty part written as `<Relationships …/>` is opened first.
  const selfClosed = new RegExp(`<${prefix}Relationships\\b([^>]*)/>`);
  if (selfClosed.test(rels)) {
    return rels.replace(
      selfClosed,
      `<${prefix}Relationships$1>${element}</${prefix}Relationships>`,
    );
  }
  return beforeEnd(rels, 'Relationships', element);
}

/** `rels` without the relationships whose Id is in `ids`. */
export function removeRelationships(rels: string, ids: ReadonlySet<string>): string {
  return rels.replace(
    /<(?:\w+:)?Relationship\b[^>]*?(?:\/>|>\s*<\/(?:\w+:)?Relationship>)/g,
    (r) => (ids.has(attribute(r, 'Id') ?? '') ? '' : r),
  );
}

/** `target` (a part name) relative to the folder of part `from`: `../tables/table1.xml`. */
export function relativeTarget(from: string, target: string): string {
  const base = from.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < base.length && common < to.length - 1 && base[common] === to[common]) {
    common += 1;
  }
  return [...base.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
