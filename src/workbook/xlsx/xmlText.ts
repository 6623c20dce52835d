/**
 * Text into SpreadsheetML, as Excel writes it. XML 1.0 cannot hold most control characters, so
 * OOXML spells any character as `_xHHHH_` (ECMA-376 Part 1, §22.9.2.19 ST_Xstring); a literal
 * `_xHHHH_` in the text is kept by escaping its underscore as `_x005F_`. Lone surrogates, which
 * no encoding can carry, become U+FFFD.
 */

/** Everything that needs more than a copy: markup, forbidden characters, surrogates, `_x`. */
// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids
const SPECIAL = /[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x/;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, '0');

/**
 * `text` as element content or a double-quoted attribute value. In an attribute, tab and line
 * breaks are written as character references too, which XML's attribute normalisation would
 * otherwise turn into spaces.
 */
function escape(text: string, attribute: boolean): string {
  if (!SPECIAL.test(text) && !(attribute && /[\t\n\r]/.test(text))) return text;
  return text.replace(
    // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids
    /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g,
    (ch) => {
      if (ch.length === 2) return ch; // a surrogate pair: a character like any other
      const entity = ENTITIES[ch];
      if (entity !== undefined) return entity;
      if (ch === '_') return '_x005F_';
      const code = ch.charCodeAt(0);
      // Line ends in content would be normalised by any XML reader: \r is spelt out.
      if (ch === '\t' || ch === '\n' || ch === '\r') {
        return attribute ? `&#${code};` : ch === '\r' ? '_x000D_' : ch;
      }
      if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
      return `_x${hex4(code)}_`;
    },
  );
}

/** `text` as the content of an element. */
export const escapeText = (text: string): string => escape(text, false);

/** `text` as a double-quoted attribute value. */
export const escapeAttribute = (text: string): string => escape(text, true);

/** The value of attribute `name` in a start tag's attribute text, unescaped; null when absent. */
export function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  if (!match) return null;
  return unescapeXml(match[1] ?? match[2] ?? '');
}

/** XML's five entities and character references, back to text. */
export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);/g, (_, entity: string) => {
    switch (entity) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(
          entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
        );
    }
  });
}
