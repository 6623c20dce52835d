/**
 * The .xlsx adapter's write: the input's own package with Samkost's outputs added, under the
 * ownership rule (../ownership.ts). Every part Samkost does not own is handed on byte for byte;
 * the bookkeeping parts are edited as text (see ./packageWriter.ts).
 */
import type { OutputTable, OutputTableName, TableSheet } from '../../engine/table';
import {
  planOutputs,
  recordName,
  recordReference,
  type OutputPlan,
  type Placement,
  type WriteNotice,
} from '../ownership';
import { SEVERITY_COLUMN } from '../severity';
import { basePackage } from './basePackage';
import { PackageWriter, type PackageFile } from './packageWriter';
import { contains, forEachCell, mergedRanges, overlaps } from './sheetEdits';
import { tableBox, type TableContent } from './sheetXml';
import { readStructure } from './structure';
import { surveyPackage, type PackageSheet, type PackageSurvey } from './survey';
import { openZip, writeZip, type ZipEntries } from './zip';

const contentOf = (output: OutputTable): TableContent => ({
  headers: output.headers,
  rows: output.rows,
  formats: output.formats,
  severityColumn: output.name === 'RiskFlags' ? SEVERITY_COLUMN : undefined,
  links:
    output.linkColumn === undefined
      ? undefined
      : { column: output.linkColumn, targets: output.sources ?? [] },
});

/**
 * True when the output, rewritten where its previous table stands, would cover something of the
 * user's: a cell with a value or a style outside the previous table, another table, a merge.
 */
function collides(
  zip: ZipEntries,
  texts: ReadonlyMap<string, string>,
  sheet: PackageSheet,
  placement: Placement,
): boolean {
  if (placement.kind !== 'inPlace' || sheet.sheet.part === null) return false;
  const previous = placement.previous;
  const box = tableBox(contentOf(placement.output), previous.top, previous.left);
  const others = sheet.tables.filter((t) => t.name.toLowerCase() !== previous.name.toLowerCase());
  if (others.some((t) => overlaps(t, box))) return true;
  const xml = texts.get(sheet.sheet.part) ?? zip.text(sheet.sheet.part);
  if (mergedRanges(xml).some((m) => overlaps(m, box))) return true;
  let hit = false;
  forEachCell(xml, (row, col) => {
    if (!hit && contains(box, row, col) && !contains(previous, row, col)) hit = true;
  });
  return hit;
}

/** The plan, with outputs that would cover the user's cells where they stand moved away. */
function plan(
  zip: ZipEntries,
  surveyed: PackageSurvey,
  outputs: readonly OutputTable[],
): OutputPlan {
  const byId = new Map(surveyed.sheets.map((s) => [s.surveyed.id, s]));
  let blocked = new Set<OutputTableName>();
  for (;;) {
    const result = planOutputs(surveyed.survey, outputs, blocked);
    const clashing = result.placements.filter((p) => {
      const sheet = p.kind === 'inPlace' ? byId.get(p.sheet.id) : undefined;
      return sheet !== undefined && collides(zip, surveyed.texts, sheet, p);
    });
    if (clashing.length === 0) return result;
    blocked = new Set([...blocked, ...clashing.map((p) => p.output.name)]);
  }
}

/** The package `zip` with `outputs` written; see the module comment. */
export function writeOutputsToPackage(
  zip: ZipEntries,
  outputs: readonly OutputTable[],
): { files: PackageFile[]; notices: readonly WriteNotice[] } {
  const names = outputs.map((o) => o.name.toLowerCase());
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined) throw new Error(`two outputs are both named ${repeated}`);

  const surveyed = surveyPackage(zip);
  const result = plan(zip, surveyed, outputs);
  const byId = new Map(surveyed.sheets.map((s) => [s.surveyed.id, s]));
  const sheetOf = (id: string): PackageSheet => {
    const sheet = byId.get(id);
    if (!sheet || sheet.sheet.part === null) throw new Error(`no sheet part for ${id}`);
    return sheet;
  };
  const tableOf = (sheet: PackageSheet, name: string) => {
    const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!table) throw new Error(`no table ${name} on ${sheet.sheet.name}`);
    return table;
  };
  const writer = new PackageWriter(
    zip,
    surveyed.structure,
    surveyed.sheets.flatMap((s) => s.tables.map((t) => t.id)),
    surveyed.texts,
  );

  writer.deleteSheets(
    result.deleteSheets.map((s) => {
      const sheet = sheetOf(s.id);
      return {
        part: sheet.sheet.part ?? '',
        index: sheet.index,
        name: sheet.sheet.name,
        relId: sheet.sheet.relId,
        tables: sheet.tables,
      };
    }),
  );
  for (const { sheet, table } of result.removeTables) {
    const packaged = sheetOf(sheet.id);
    writer.removeTable(packaged.sheet.part ?? '', tableOf(packaged, table.name));
  }
  const records = result.placements.map((placement) => {
    const content = contentOf(placement.output);
    if (placement.kind === 'newSheet') {
      const box = writer.addTableSheet(placement.sheetName, content, placement.tableName);
      return { placement, sheetName: placement.sheetName, box };
    }
    const sheet = sheetOf(placement.sheet.id);
    const table = tableOf(sheet, placement.previous.name);
    const part = sheet.sheet.part ?? '';
    const box =
      placement.kind === 'replaceSheet'
        ? writer.replaceSheet(part, table, content, placement.tableName)
        : writer.rewriteInPlace(part, table, content, placement.tableName);
    return { placement, sheetName: sheet.sheet.name, box };
  });
  writer.setRecords(
    result.dropRecords,
    records.map(({ placement, sheetName, box }) => ({
      name: recordName(placement.output.name),
      text: recordReference(sheetName, box),
      comment: placement.tableName,
    })),
  );
  return { files: writer.files(), notices: result.notices };
}

/** A new workbook holding `sheets`, each one table at A1 of its own sheet (templates, samples). */
export function newWorkbookFiles(sheets: readonly TableSheet[]): PackageFile[] {
  if (sheets.length === 0) throw new Error('a workbook needs at least one sheet');
  const encoder = new TextEncoder();
  const zip = openZip(
    writeZip(basePackage().map(({ name, text }) => ({ name, data: encoder.encode(text) }))),
  );
  const writer = new PackageWriter(zip, readStructure(zip), []);
  for (const sheet of sheets) {
    writer.addTableSheet(
      sheet.sheetName,
      {
        headers: sheet.headers,
        rows: sheet.rows,
        formats: sheet.formats,
        validations: sheet.validations,
      },
      sheet.tableName,
    );
  }
  return writer.files();
}
