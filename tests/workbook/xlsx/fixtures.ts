/** Building .xlsx files for the adapter's tests, including ones written the way Excel writes them. */
import { readFileSync, writeFileSync } from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export { temporaryFolder } from '../../fixtures/xlsx/folder';

/** Write a workbook built by `build` to `file`. */
export async function writeWorkbook(
  file: string,
  build: (workbook: ExcelJS.Workbook) => void,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  await workbook.xlsx.writeFile(file);
}

/** Add a styled table from A1 of a new sheet. */
export function addTable(
  workbook: ExcelJS.Workbook,
  sheet: string,
  table: string,
  headers: readonly string[],
  rows: readonly (readonly ExcelJS.CellValue[])[],
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet);
  worksheet.addTable({
    name: table,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: rows.map((row) => [...row]),
  });
  return worksheet;
}

/** `/xl/...` for a relative target of the .rels file at `relsPath`. */
function absoluteTarget(relsPath: string, target: string): string {
  const base = relsPath.replace(/_rels\/[^/]*\.rels$/, '');
  const parts: string[] = [];
  for (const part of `${base}${target}`.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '' && part !== '.') parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/**
 * Rewrite `file` in place the way Excel (and other tools) write packages that exceljs 4.4
 * misreads: tables without `headerRowCount` (Excel leaves the default out) and without a
 * style, and relationship targets as absolute part names.
 */
export async function makeExcelStyle(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    let xml = await entry.async('string');
    if (/^xl\/tables\//.test(name)) {
      xml = xml.replace(/\s+headerRowCount="1"/, '').replace(/<tableStyleInfo[^>]*\/>/, '');
    }
    if (name.endsWith('.rels')) {
      xml = xml.replace(
        /Target="([^"]+)"/g,
        (_, target: string) => `Target="${absoluteTarget(name, target)}"`,
      );
    }
    zip.file(name, xml);
  }
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

/** The text of one part of an .xlsx package. */
export async function partText(file: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const entry = zip.file(part);
  if (!entry) throw new Error(`no part ${part} in ${file}`);
  return entry.async('string');
}

/** Every part name of an .xlsx package. */
export async function partNames(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return Object.keys(zip.files);
}
