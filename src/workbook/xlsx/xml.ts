/**
 * Streaming XML over a package part (saxes). Elements and attributes arrive by local name, so
 * `x:sheet` and `sheet` are the same. A part that is not well-formed, declares a DOCTYPE (which
 * Office XML never does: it is how entity-expansion attacks start), nests deeper or carries more
 * attributes than any Office part does, ends in WorkbookFileError BAD_PART naming the part.
 */
import { SaxesParser } from 'saxes';
import { WorkbookFileError } from '../fileErrors';
import type { ZipEntries } from './zip';

/** Deepest element nesting accepted; Office parts nest a dozen deep at most. */
export const MAX_XML_DEPTH = 128;
/** Most attributes on one element. */
export const MAX_XML_ATTRIBUTES = 512;

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  open?(name: string, attributes: Attributes): void;
  close?(name: string): void;
  /** Character data (entities decoded; CDATA included), possibly in several pieces. */
  text?(text: string): void;
}

/** Thrown by a handler to stop reading a part early, once it has what it needs. */
export class StopReading extends Error {}

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Attributes by local name (`r:id` is `id`), namespace declarations left out. */
function localAttributes(attributes: Record<string, string>): Attributes {
  const local: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    // A namespace declaration (`xmlns:r`) is no attribute of the element's own.
    if (!name.startsWith('xmlns:')) local[localName(name)] = value;
  }
  return local;
}

const badPart = (part: string, reason: string): WorkbookFileError =>
  new WorkbookFileError('BAD_PART', { part, reason });

/**
 * Parse the part `part` of `zip` as it inflates, calling `handlers`. `limit` lowers the part's
 * size cap (small structural parts are held to less than worksheets).
 */
export function parsePart(
  zip: ZipEntries,
  part: string,
  handlers: XmlHandlers,
  limit?: number,
): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  let attributeCount = 0;
  // Whether the element being opened has a prefixed attribute: most (every cell) have none, and
  // their attributes are handed on as saxes made them.
  let prefixed = false;
  parser.on('doctype', () => {
    throw badPart(part, 'DOCTYPE');
  });
  parser.on('opentagstart', () => {
    depth += 1;
    attributeCount = 0;
    prefixed = false;
    if (depth > MAX_XML_DEPTH) throw badPart(part, `nested deeper than ${MAX_XML_DEPTH}`);
  });
  parser.on('attribute', (attribute) => {
    attributeCount += 1;
    if (attribute.name.includes(':')) prefixed = true;
    if (attributeCount > MAX_XML_ATTRIBUTES) throw badPart(part, 'too many attributes');
  });
  parser.on('opentag', (tag) => {
    const attributes = prefixed ? localAttributes(tag.attributes) : tag.attributes;
    handlers.open?.(localName(tag.name), attributes);
  });
  // saxes reports a self-closing element's end too.
  parser.on('closetag', (tag) => {
    depth -= 1;
    handlers.close?.(localName(tag.name));
  });
  const onText = handlers.text;
  if (onText) {
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  try {
    zip.streamText(part, (chunk) => parser.write(chunk), limit);
    parser.close();
  } catch (error) {
    if (error instanceof StopReading) return;
    if (error instanceof WorkbookFileError) throw error;
    throw badPart(part, error instanceof Error ? error.message.slice(0, 200) : 'not XML');
  }
}
