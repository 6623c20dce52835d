/**
 * The ownership survey of an .xlsx package (see ../ownership.ts): its sheets with their tables,
 * the box of their used cells and whether they hold anything besides cells, and the records an
 * earlier run left. Only the parts of sheets holding a table some record names are read, since
 * the rule asks about no other sheet's cells or objects (their relationships still count).
 */
import { parseRecord, type OwnershipRecord, type Survey, type SurveyedSheet } from '../ownership';
import { rowsUsed, usedBox } from './sheetEdits';
import {
  parseRange,
  readRelationships,
  readStructure,
  tablesOfSheet,
  type Relationship,
  type TablePart,
  type WorkbookStructure,
  type WorkbookSheet,
} from './structure';
import type { ZipEntries } from './zip';
import { attribute } from './xmlText';

/** A sheet as surveyed, with what the writer needs to edit it. */
export interface PackageSheet {
  readonly sheet: WorkbookSheet;
  /** Zero-based position in `<sheets>`. */
  readonly index: number;
  readonly relationships: readonly Relationship[];
  readonly tables: readonly (TablePart & { readonly relId: string })[];
  readonly surveyed: SurveyedSheet;
}

export interface PackageSurvey {
  readonly structure: WorkbookStructure;
  readonly sheets: readonly PackageSheet[];
  readonly survey: Survey;
  /** The text of each sheet part the survey read, so the writer need not inflate it again. */
  readonly texts: ReadonlyMap<string, string>;
}

/** Sheet elements that are more than cells: objects, merges, links, lists, user filters. */
const OBJECTS =
  /<(?:\w+:)?(?:drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|mergeCells|hyperlinks|dataValidations|autoFilter|sheetProtection|protectedRanges|scenarios|customSheetViews|extLst)\b/;

/** True when a conditional format of the sheet reaches outside every table on it. */
function formatsOutsideTables(xml: string, tables: readonly TablePart[]): boolean {
  for (const match of xml.matchAll(/<(?:\w+:)?conditionalFormatting\b([^>]*)>/g)) {
    for (const ref of (attribute(match[1] ?? '', 'sqref') ?? '').split(/\s+/)) {
      const box = parseRange(ref);
      const inTable = tables.some(
        (t) =>
          box !== null &&
          box.top >= t.top &&
          box.left >= t.left &&
          box.top + box.rows <= t.top + t.rows &&
          box.left + box.cols <= t.left + t.cols,
      );
      if (!inTable) return true;
    }
  }
  return false;
}

const isTable = (r: Relationship): boolean => r.type.endsWith('/table');

/** Survey `zip` for the ownership rule. */
export function surveyPackage(zip: ZipEntries): PackageSurvey {
  const structure = readStructure(zip);
  const records = structure.definedNames
    .filter((n) => n.localSheetId === null)
    .map((n) => parseRecord(n.name, n.text, n.comment))
    .filter((r): r is OwnershipRecord => r !== null);
  // The rule asks about a sheet's cells only when it holds a table a record names: no other
  // sheet's part is read (an input sheet can be large).
  const recorded = new Set(records.map((r) => r.table.toLowerCase()));
  const sheetTypes = new Map(
    readRelationships(zip, structure.workbookPart).map((r) => [r.id, r.type] as const),
  );
  const texts = new Map<string, string>();
  const sheets = structure.sheets.map((sheet, index): PackageSheet => {
    const part = sheet.part;
    const relationships = part === null ? [] : readRelationships(zip, part);
    const byTarget = new Map(relationships.map((r) => [r.target, r.id]));
    const tables =
      part === null
        ? []
        : tablesOfSheet(zip, part).map((t) => ({ ...t, relId: byTarget.get(t.part) ?? '' }));
    let used = null;
    let rowsBelow = new Map<number, boolean>();
    let hasObjects = relationships.some((r) => !isTable(r));
    if (part !== null && tables.some((t) => recorded.has(t.name.toLowerCase()))) {
      const xml = zip.text(part);
      texts.set(part, xml);
      used = usedBox(xml);
      // The row under each recorded table here: a footer's blank row, which must stay blank.
      const below = records.flatMap((r) =>
        r.box && (r.sheet ?? '').toLowerCase() === sheet.name.toLowerCase()
          ? [r.box.top + r.box.rows]
          : [],
      );
      rowsBelow = rowsUsed(xml, below);
      // Every element beyond cells follows <sheetData>: only that tail is searched.
      const tail = xml.slice(Math.max(0, xml.lastIndexOf('sheetData>')));
      hasObjects ||= OBJECTS.test(tail) || formatsOutsideTables(tail, tables);
    } else if (part === null || !(sheetTypes.get(sheet.relId) ?? '').endsWith('/worksheet')) {
      // A chart sheet, a dialog sheet, a sheet whose part is missing: never Samkost's.
      hasObjects = true;
    }
    return {
      sheet,
      index,
      relationships,
      tables,
      surveyed: {
        id: part ?? `#${index}`,
        name: sheet.name,
        tables: tables.map(({ name, top, left, rows, cols }) => ({ name, top, left, rows, cols })),
        used,
        hasObjects,
        rowsBelow,
      },
    };
  });
  return {
    structure,
    sheets,
    texts,
    survey: {
      sheets: sheets.map((s) => s.surveyed),
      records,
      definedNames: structure.definedNames.map((n) => n.name),
    },
  };
}
