/**
 * The shared-string table (`xl/sharedStrings.xml`): every `<si>`'s text in order, rich text's
 * runs joined and phonetic guides (`<rPh>`, not cell text) left out. Streamed, so the part is
 * never held whole as text.
 */
import { unescapeText } from './cells';
import { parsePart } from './xml';
import type { ZipEntries } from './zip';

export function readSharedStrings(zip: ZipEntries, part: string): string[] {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  parsePart(zip, part, {
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 't' && phonetic === 0) inText = true;
      else if (name === 'rPh') phonetic += 1;
    },
    text: (chunk) => {
      if (inText) current += chunk;
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si') strings.push(unescapeText(current));
    },
  });
  return strings;
}
