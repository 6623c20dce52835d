/**
 * The .xlsx adapter's write: the input's own package with Samkost's outputs added, under the
 * ownership rule (../ownership.ts). Every part Samkost does not own is handed on byte for byte;
 * the bookkeeping parts are edited as text (see ./packageWriter.ts).
 */
import type { OutputTable, OutputTableName, TableSheet } from '../../engine/table';
import {
  type Box,
  footerBox,
  planOutputs,
  recordName,
  recordReference,
  type OutputPlan,
  type Placement,
  type WriteNotice,
} from '../ownership';
import { SEVERITY_COLUMN } from '../severity';
import { basePackage } from './basePackage';
import { PackageWriter, type PackageFile, type PendingFile } from './packageWriter';
import { contains, forEachCell, mergedRanges, overlaps } from './sheetEdits';
import { tableBox, type TableContent } from './sheetXml';
import { readStructure } from './structure';
import type { NewName } from './workbookXml';
import { surveyPackage, type PackageSheet, type PackageSurvey } from './survey';

/** A table part of a surveyed sheet, with the relationship that links it. */
type LinkedTable = PackageSheet['tables'][number];
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

/** The footer of `output` as a table to write, if it has one. */
const footerOf = (output: OutputTable): TableContent | null =>
  output.footer
    ? { headers: output.footer.headers, rows: output.footer.rows, formats: output.footer.formats }
    : null;

/** The cells the output's table at `table` and its footer under it take. */
function boxesAt(output: OutputTable, top: number, left: number): Box[] {
  const box = tableBox(contentOf(output), top, left);
  const footer = footerOf(output);
  if (!footer) return [box];
  const under = footerBox(box, 0, 0);
  return [box, tableBox(footer, under.top, under.left)];
}

/**
 * True when the output, rewritten where its previous table stands, would cover something of the
 * user's with its table or footer: a cell with a value or a style outside its previous table and
 * footer, another table, a merge.
 */
function collides(
  zip: ZipEntries,
  texts: ReadonlyMap<string, string>,
  sheet: PackageSheet,
  placement: Placement,
): boolean {
  if (placement.kind !== 'inPlace' || sheet.sheet.part === null) return false;
  const { previous, previousFooter } = placement;
  const ours = previousFooter ? [previous, previousFooter] : [previous];
  const boxes = boxesAt(placement.output, previous.top, previous.left);
  const mine = new Set(ours.map((t) => t.name.toLowerCase()));
  const others = sheet.tables.filter((t) => !mine.has(t.name.toLowerCase()));
  const covers = (other: Box): boolean => boxes.some((box) => overlaps(other, box));
  if (others.some(covers)) return true;
  const xml = texts.get(sheet.sheet.part) ?? zip.text(sheet.sheet.part);
  if (mergedRanges(xml).some(covers)) return true;
  let hit = false;
  forEachCell(xml, (row, col) => {
    hit ||=
      boxes.some((box) => contains(box, row, col)) &&
      !ours.some((table) => contains(table, row, col));
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
  const { writer, notices } = writeOutputs(zip, outputs);
  return { files: writer.files(), notices };
}

/**
 * {@link writeOutputsToPackage}, the sheets written whole still being compressed (the command
 * line's write: zlib's threads compress them while this thread writes).
 */
export function writeOutputsDeflating(
  zip: ZipEntries,
  outputs: readonly OutputTable[],
): { files: PendingFile[]; notices: readonly WriteNotice[] } {
  const { writer, notices } = writeOutputs(zip, outputs);
  return { files: writer.filesDeflating(), notices };
}

/** The package writer with `outputs` written into `zip`'s parts; see the module comment. */
function writeOutputs(
  zip: ZipEntries,
  outputs: readonly OutputTable[],
): { writer: PackageWriter; notices: readonly WriteNotice[] } {
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
  const records = result.placements.flatMap((placement): NewName[] => {
    const { output, tableName } = placement;
    const content = contentOf(output);
    const footer = footerOf(output);
    // The table's widths fit its footer's totals too, which are wider than any line's share.
    const alsoFits = footer?.rows ?? [];
    let written: { part: string; sheetName: string; box: Box };
    // The previous footer on the sheet the table is rewritten on (removed already, or now).
    let previousFooter: LinkedTable | null = null;
    if (placement.kind === 'newSheet') {
      const { sheetName } = placement;
      written = { sheetName, ...writer.addTableSheet(sheetName, content, tableName, alsoFits) };
    } else {
      const sheet = sheetOf(placement.sheet.id);
      const table = tableOf(sheet, placement.previous.name);
      const part = sheet.sheet.part ?? '';
      // A sheet rewritten whole loses the previous footer with it.
      if (placement.kind === 'replaceSheet') {
        sheet.tables.filter((t) => t !== table).forEach((t) => writer.removeTable(part, t));
      }
      const footerTable = placement.kind === 'inPlace' ? placement.previousFooter : null;
      previousFooter =
        placement.kind === 'replaceSheet'
          ? (sheet.tables.find((t) => t !== table) ?? null)
          : footerTable && tableOf(sheet, footerTable.name);
      const box =
        placement.kind === 'replaceSheet'
          ? writer.replaceSheet(part, table, content, tableName, alsoFits)
          : writer.rewriteInPlace(part, table, content, tableName);
      written = { part, sheetName: sheet.sheet.name, box };
    }
    const { part, sheetName, box } = written;
    const record = { name: recordName(output.name), text: recordReference(sheetName, box) };
    const footerName = placement.footerName;
    if (!footer || !output.footer || footerName === null) {
      return [{ ...record, comment: tableName }];
    }
    const under = footerBox(box, 0, 0);
    const at = writer.addTable(part, footer, footerName, under, previousFooter);
    return [
      { ...record, comment: tableName },
      {
        name: recordName(output.footer.name),
        text: recordReference(sheetName, at),
        comment: footerName,
      },
    ];
  });
  writer.setRecords(result.dropRecords, records);
  return { writer, notices: result.notices };
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
