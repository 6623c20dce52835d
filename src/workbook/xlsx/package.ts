/**
 * Repairs to an .xlsx package before exceljs 4.4 reads it, for two of its defects with files
 * Excel and other tools write:
 *
 * - Relationship targets written as absolute part names (`/xl/workbook.xml`), which the Open
 *   Packaging Conventions allow, make exceljs fail to find the workbook, sheets and tables.
 *   They are rewritten relative to the part that owns the relationships.
 * - A table whose XML omits `headerRowCount` has a header row (the schema's default, and what
 *   Excel itself writes), but exceljs reads it as headerless and would write it back with
 *   `headerRowCount="0"`, corrupting the user's table. The default is made explicit.
 *
 * jszip is exceljs's own zip library (a dependency of exceljs, not of Samkost directly).
 */
import JSZip from 'jszip';

const RELS = /(^|\/)_rels\/[^/]*\.rels$/;
const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/;

/** The folder (ending in `/`, or empty at the root) that a .rels file's targets resolve from. */
const relsBase = (relsPath: string): string => relsPath.replace(/_rels\/[^/]*\.rels$/, '');

/** `/xl/tables/table1.xml` seen from `xl/worksheets/` is `../tables/table1.xml`. */
export function relativeTarget(base: string, absolute: string): string {
  const from = base.split('/').filter((p) => p !== '');
  const to = absolute.split('/').filter((p) => p !== '');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) {
    common += 1;
  }
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** A .rels file with its internal absolute targets made relative; external links are kept. */
export function relativeRelationships(relsPath: string, xml: string): string {
  const base = relsBase(relsPath);
  return xml.replace(/<Relationship\b[^>]*>/g, (element) => {
    if (/TargetMode\s*=\s*"External"/.test(element)) return element;
    return element.replace(
      /(\bTarget\s*=\s*")\/([^"]*)"/,
      (_, start: string, target: string) => `${start}${relativeTarget(base, `/${target}`)}"`,
    );
  });
}

/** A table part with `headerRowCount="1"` written out when it was left to the default. */
export function explicitHeaderRow(xml: string): string {
  return xml.replace(/<((?:\w+:)?table)\b([^>]*)>/, (element, tag: string, attributes: string) =>
    /\bheaderRowCount\s*=/.test(attributes) ? element : `<${tag} headerRowCount="1"${attributes}>`,
  );
}

/** The package with the repairs above; the same bytes when nothing needed repairing. */
export async function repairPackage(data: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  let changed = false;
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const repair = RELS.test(path)
      ? (xml: string) => relativeRelationships(path, xml)
      : TABLE_PART.test(path)
        ? explicitHeaderRow
        : null;
    if (!repair) continue;
    const xml = await entry.async('string');
    const repaired = repair(xml);
    if (repaired !== xml) {
      zip.file(path, repaired);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) : data;
}
