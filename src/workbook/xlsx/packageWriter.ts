/**
 * A package being changed: the input's parts, with Samkost's parts added, its own earlier parts
 * removed, and the bookkeeping parts (workbook, its relationships, content types, styles) edited
 * as text. A part nobody edits is handed on as the very bytes it was read as.
 */
import type { Box } from '../ownership';
import {
  addOverride,
  addRelationship,
  CONTENT_TYPES,
  emptyRels,
  freeRelId,
  relationshipIds,
  relativeTarget,
  RELATIONSHIPS,
  removeOverride,
  removeRelationships,
  TYPES,
} from './partEdits';
import {
  addTablePart,
  growDimension,
  hasFormula,
  removeTablePart,
  replaceCells,
  replaceConditionalFormats,
  replaceHyperlinks,
} from './sheetEdits';
import {
  hyperlinksXml,
  severityFormatting,
  tableBox,
  tableCells,
  tablePartXml,
  tableSheetXml,
  writeTableSheet,
  type TableBelow,
  type TableContent,
} from './sheetXml';
import { addOutputStyles, type OutputStyles } from './styles';
import { readRelationships, relsPartOf, type TablePart, type WorkbookStructure } from './structure';
import { BASE_STYLES } from './basePackage';
import { addSheet, removeSheets, replaceDefinedNames, type NewName } from './workbookXml';
import { ByteText } from './byteText';
import type { StoredEntry, ZipEntries, ZipInput } from './zip';
import { PartDeflater } from './zipWrite';

/** A part of the package to write: new or edited bytes, or an input's part copied as stored. */
export type PackageFile = ZipInput;

/** A new part being compressed in zlib's thread pool (see PartDeflater), its entry to come. */
export interface DeflatingFile {
  readonly name: string;
  readonly deflating: Promise<StoredEntry>;
}

/** A part of the package to write, perhaps still being compressed. */
export type PendingFile = PackageFile | DeflatingFile;

/** The parts, once those being compressed are: each then an entry to copy into the zip. */
export const settled = (files: readonly PendingFile[]): Promise<PackageFile[]> =>
  Promise.all(
    files.map(async (file) =>
      'deflating' in file
        ? { name: file.name, data: new Uint8Array(0), stored: await file.deflating }
        : file,
    ),
  );

/**
 * A part nobody changed: written as the input stored it (never inflated or compressed again);
 * its bytes are inflated only if someone asks for them.
 */
const copiedPart = (zip: ZipEntries, name: string): PackageFile => ({
  name,
  stored: zip.stored(name),
  get data(): Uint8Array {
    return zip.read(name);
  },
});

/** A table part of a sheet, with the relationship that links it. */
type LinkedTable = TablePart & { readonly relId: string };

/**
 * The sheet's `<sheetPr>` (tab colour, and in an .xlsm the code name that ties the sheet to its
 * VBA module, which Excel will not lose), without a namespace prefix; empty when it has none.
 */
function sheetProperties(xml: string): string {
  const found = /<(\w+:)?sheetPr\b[^>]*?(?:\/>|>[\s\S]*?<\/\1sheetPr>)/.exec(xml);
  if (!found) return '';
  const prefix = found[1] ?? '';
  return prefix === ''
    ? found[0]
    : found[0].split(`<${prefix}`).join('<').split(`</${prefix}`).join('</');
}

const folderOf = (part: string): string => part.slice(0, part.lastIndexOf('/') + 1);

/**
 * A sheet Samkost writes whole, not yet turned into XML: a footer added under its table joins
 * the draft, so the sheet is written once rather than written, parsed and edited again.
 */
interface SheetDraft {
  readonly content: TableContent;
  readonly relId: string;
  readonly properties: string;
  readonly alsoFits: TableContent['rows'];
  readonly below: TableBelow[];
}

/** Whether `box` lies wholly under every row of the draft's tables (a footer does). */
const below = (draft: SheetDraft, box: Box): boolean => {
  const main = tableBox(draft.content, 0, 0);
  return [main, ...draft.below.map((t) => tableBox(t.content, t.top, t.left))].every(
    (table) => box.top >= table.top + table.rows,
  );
};

const draftXml = (draft: SheetDraft, styles: OutputStyles): Uint8Array =>
  tableSheetXml(draft.content, draft.relId, styles, draft.properties, draft.alsoFits, draft.below);

export class PackageWriter {
  private readonly edited = new Map<string, string | Uint8Array>();
  /** Sheets written whole, drafted until their XML is needed (see {@link SheetDraft}). */
  private readonly drafts = new Map<string, SheetDraft>();
  private readonly removed = new Set<string>();
  private readonly added: string[] = [];
  private readonly lowerNames: Set<string>;
  private readonly workbookRelsPart: string;
  private workbook: string;
  private workbookRels: string;
  private types: string;
  private nextSheetId: number;
  private nextTableId: number;
  private outputStyles: OutputStyles | null = null;
  /** Set when a formula cell of the user's went with a table or sheet (see `files`). */
  private formulasRemoved = false;

  constructor(
    private readonly zip: ZipEntries,
    private readonly structure: WorkbookStructure,
    tableIds: readonly number[],
    /** Parts' texts already read (by the survey), kept to save inflating them again. */
    private readonly read: ReadonlyMap<string, string> = new Map(),
  ) {
    this.lowerNames = new Set(zip.names.map((n) => n.toLowerCase()));
    this.workbookRelsPart = relsPartOf(structure.workbookPart);
    this.workbook = zip.text(structure.workbookPart);
    this.workbookRels = zip.has(this.workbookRelsPart)
      ? zip.text(this.workbookRelsPart)
      : emptyRels();
    this.types = zip.text(CONTENT_TYPES);
    this.nextSheetId = Math.max(0, ...structure.sheets.map((s) => s.sheetId)) + 1;
    this.nextTableId = tableIds.reduce((max, id) => Math.max(max, id), 0) + 1;
  }

  /** A part's current text. */
  text(part: string): string {
    this.render(part);
    const edited = this.edited.get(part);
    if (edited === undefined) return this.read.get(part) ?? this.zip.text(part);
    return typeof edited === 'string' ? edited : new TextDecoder().decode(edited);
  }

  /** A drafted sheet's XML, made now that it is needed as it is. */
  private render(part: string): void {
    const draft = this.drafts.get(part);
    if (!draft) return;
    this.drafts.delete(part);
    this.edited.set(part, draftXml(draft, this.styles()));
  }

  /** Draft a sheet written whole (its part's place among the parts is taken now). */
  private draft(part: string, draft: SheetDraft): void {
    this.set(part, new Uint8Array(0));
    this.drafts.set(part, draft);
  }

  /** Set a part's text (or UTF-8 bytes); a part whose text does not change keeps its bytes. */
  private set(part: string, text: string | Uint8Array): void {
    this.drafts.delete(part);
    if (typeof text === 'string' && !this.edited.has(part) && this.zip.has(part)) {
      if (!this.removed.has(part) && this.text(part) === text) return;
    }
    if (!this.zip.has(part) && !this.edited.has(part)) this.added.push(part);
    this.removed.delete(part);
    this.edited.set(part, text);
    this.lowerNames.add(part.toLowerCase());
  }

  private remove(part: string): void {
    this.drafts.delete(part);
    this.edited.delete(part);
    if (this.zip.has(part)) this.removed.add(part);
    const at = this.added.indexOf(part);
    if (at >= 0) this.added.splice(at, 1);
  }

  /** The first free `folder/stemN.xml`. */
  private freePart(folder: string, stem: string): string {
    for (let n = 1; ; n += 1) {
      const name = `${folder}${stem}${n}.xml`;
      if (!this.lowerNames.has(name.toLowerCase())) {
        this.lowerNames.add(name.toLowerCase());
        return name;
      }
    }
  }

  /** The outputs' cell styles, added to the workbook's styles part (created if it has none). */
  styles(): OutputStyles {
    if (this.outputStyles) return this.outputStyles;
    const relation = readRelationships(this.zip, this.structure.workbookPart).find(
      (r) => r.type.endsWith('/styles') && !r.external && this.zip.has(r.target),
    );
    let part = relation?.target;
    if (part === undefined) {
      part = this.freePart(folderOf(this.structure.workbookPart), 'styles');
      this.set(part, BASE_STYLES);
      const id = freeRelId(new Set(relationshipIds(this.workbookRels)));
      this.workbookRels = addRelationship(
        this.workbookRels,
        id,
        RELATIONSHIPS.styles,
        relativeTarget(this.structure.workbookPart, part),
      );
      this.types = addOverride(this.types, part, TYPES.styles);
    }
    const { xml, styles } = addOutputStyles(this.text(part));
    this.set(part, xml);
    this.outputStyles = styles;
    return styles;
  }

  private readonly noteRemoved = (cell: string): void => {
    this.formulasRemoved ||= hasFormula(cell);
  };

  private dropTablePart(table: LinkedTable): void {
    this.remove(table.part);
    const rels = relsPartOf(table.part);
    if (this.zip.has(rels)) this.remove(rels);
    this.types = removeOverride(this.types, table.part);
  }

  /** Remove whole sheets (their parts, tables, relationships, overrides and workbook entries). */
  deleteSheets(
    sheets: readonly {
      readonly part: string;
      readonly index: number;
      readonly name: string;
      readonly relId: string;
      readonly tables: readonly LinkedTable[];
    }[],
  ): void {
    if (sheets.length === 0) return;
    for (const sheet of sheets) {
      this.formulasRemoved ||= hasFormula(this.text(sheet.part));
      sheet.tables.forEach((t) => this.dropTablePart(t));
      this.remove(sheet.part);
      const rels = relsPartOf(sheet.part);
      if (this.zip.has(rels)) this.remove(rels);
      this.types = removeOverride(this.types, sheet.part);
    }
    this.workbookRels = removeRelationships(this.workbookRels, new Set(sheets.map((s) => s.relId)));
    this.workbook = removeSheets(
      this.workbook,
      sheets.map((s) => s.index),
      sheets.map((s) => s.name),
    );
  }

  /** Remove a table and its cells from a sheet that stays. */
  removeTable(sheetPart: string, table: LinkedTable): void {
    let xml = this.text(sheetPart);
    xml = replaceCells(
      xml,
      table,
      { top: table.top, left: table.left, rows: [] },
      this.noteRemoved,
    );
    xml = removeTablePart(xml, table.relId);
    xml = replaceConditionalFormats(xml, table, '');
    xml = replaceHyperlinks(xml, table, '');
    this.set(sheetPart, xml);
    const rels = relsPartOf(sheetPart);
    this.set(rels, removeRelationships(this.text(rels), new Set([table.relId])));
    this.dropTablePart(table);
  }

  /**
   * Rewrite a sheet holding only `table` whole, with `content` as table `name` at A1; its widths
   * fit `alsoFits` too (the rows of a footer to be added under it).
   */
  replaceSheet(
    sheetPart: string,
    table: LinkedTable,
    content: TableContent,
    name: string,
    alsoFits: TableContent['rows'] = [],
  ): Box {
    const old = this.text(sheetPart);
    this.formulasRemoved ||= hasFormula(old);
    const properties = sheetProperties(old);
    this.styles();
    this.draft(sheetPart, { content, relId: table.relId, properties, alsoFits, below: [] });
    const box = tableBox(content, 0, 0);
    this.set(table.part, tablePartXml(content, table.id, name, box));
    return box;
  }

  /** Rewrite `table`'s cells where it stands, every other thing on the sheet kept. */
  rewriteInPlace(sheetPart: string, table: LinkedTable, content: TableContent, name: string): Box {
    const styles = this.styles();
    const box = tableBox(content, table.top, table.left);
    let xml = this.text(sheetPart);
    xml = replaceCells(
      xml,
      table,
      {
        top: box.top,
        left: box.left,
        rows: tableCells(content, box.top, box.left, styles),
      },
      this.noteRemoved,
    );
    const severity =
      content.severityColumn === undefined
        ? ''
        : severityFormatting(box, content.severityColumn, styles);
    xml = replaceConditionalFormats(xml, table, severity);
    xml = replaceHyperlinks(xml, table, hyperlinksXml(content, box));
    this.set(sheetPart, growDimension(xml, box));
    this.set(table.part, tablePartXml(content, table.id, name, box));
    return box;
  }

  /**
   * A new sheet at the end of the workbook holding `content` as table `name` at A1 (widths that
   * fit `alsoFits` too); its part and the table's cells.
   */
  addTableSheet(
    sheetName: string,
    content: TableContent,
    name: string,
    alsoFits: TableContent['rows'] = [],
  ): { part: string; box: Box } {
    const folder = folderOf(this.structure.workbookPart);
    const sheetPart = this.freePart(`${folder}worksheets/`, 'sheet');
    const tablePart = this.freePart(`${folder}tables/`, 'table');
    const box = tableBox(content, 0, 0);
    this.styles();
    this.draft(sheetPart, { content, relId: 'rId1', properties: '', alsoFits, below: [] });
    this.set(
      relsPartOf(sheetPart),
      addRelationship(
        emptyRels(),
        'rId1',
        RELATIONSHIPS.table,
        relativeTarget(sheetPart, tablePart),
      ),
    );
    this.set(tablePart, tablePartXml(content, this.nextTableId, name, box));
    this.nextTableId += 1;
    const relId = freeRelId(new Set(relationshipIds(this.workbookRels)));
    this.workbookRels = addRelationship(
      this.workbookRels,
      relId,
      RELATIONSHIPS.worksheet,
      relativeTarget(this.structure.workbookPart, sheetPart),
    );
    this.workbook = addSheet(this.workbook, sheetName, this.nextSheetId, relId);
    this.nextSheetId += 1;
    this.types = addOverride(
      addOverride(this.types, sheetPart, TYPES.worksheet),
      tablePart,
      TYPES.table,
    );
    return { part: sheetPart, box };
  }

  /**
   * Add `content` as table `name` at (`top`, `left`) to a sheet that already holds a table of
   * Samkost's (a footer under its output's table); the cells it takes are known free. It takes
   * the part and id of `previous` (the footer it replaces, removed before), so a second run
   * writes the same package.
   */
  addTable(
    sheetPart: string,
    content: TableContent,
    name: string,
    at: { readonly top: number; readonly left: number },
    previous: TablePart | null,
  ): Box {
    const { top, left } = at;
    const box = tableBox(content, top, left);
    const draft = this.drafts.get(sheetPart);
    const drafted = draft !== undefined && below(draft, box);
    const xml = drafted
      ? ''
      : replaceCells(
          this.text(sheetPart),
          box,
          { top, left, rows: tableCells(content, top, left, this.styles()) },
          this.noteRemoved,
        );
    const rels = relsPartOf(sheetPart);
    const relsXml = this.zip.has(rels) || this.edited.has(rels) ? this.text(rels) : emptyRels();
    const relId = freeRelId(new Set(relationshipIds(relsXml)));
    const tablePart =
      previous?.part ?? this.freePart(`${folderOf(this.structure.workbookPart)}tables/`, 'table');
    const target = relativeTarget(sheetPart, tablePart);
    this.set(rels, addRelationship(relsXml, relId, RELATIONSHIPS.table, target));
    if (drafted) draft.below.push({ content, top, left, relId });
    else this.set(sheetPart, growDimension(addTablePart(xml, relId), box));
    const id = previous?.id ?? this.nextTableId;
    if (!previous) this.nextTableId += 1;
    this.set(tablePart, tablePartXml(content, id, name, box));
    this.types = addOverride(this.types, tablePart, TYPES.table);
    return box;
  }

  private dropCalcChain(): void {
    const chain = readRelationships(this.zip, this.structure.workbookPart).filter((r) =>
      r.type.endsWith('/calcChain'),
    );
    for (const relation of chain) {
      this.remove(relation.target);
      this.types = removeOverride(this.types, relation.target);
    }
    this.workbookRels = removeRelationships(this.workbookRels, new Set(chain.map((r) => r.id)));
  }

  /** Drop the defined names `drop` and add `add` (the ownership records). */
  setRecords(drop: readonly string[], add: readonly NewName[]): void {
    this.workbook = replaceDefinedNames(this.workbook, drop, add);
  }

  /**
   * {@link files}, with the sheets written whole compressed as they are written: zlib's threads
   * deflate one piece of a sheet while this thread writes the next.
   */
  filesDeflating(): PendingFile[] {
    const deflating = new Map<string, Promise<StoredEntry>>();
    for (const [part, draft] of this.drafts) {
      const deflater = new PartDeflater();
      const out = new ByteText((piece) => deflater.push(piece));
      const { content, relId, properties, alsoFits, below } = draft;
      writeTableSheet(out, content, relId, this.styles(), properties, alsoFits, below);
      const entry = deflater.end(out.rest());
      // A write that is never saved must not leave a failure unhandled; `settled` awaits it.
      entry.catch(() => undefined);
      deflating.set(part, entry);
    }
    this.drafts.clear();
    return this.files().map((file) => {
      const entry = deflating.get(file.name);
      return entry ? { name: file.name, deflating: entry } : file;
    });
  }

  /**
   * Every part of the package, in the input's order, then the added ones. When a formula of the
   * user's went (typed into an output table), the calculation chain, a cache Excel rebuilds,
   * goes too: Excel reports a file whose chain names a cell without a formula as corrupt.
   */
  files(): PackageFile[] {
    for (const part of [...this.drafts.keys()]) this.render(part);
    if (this.formulasRemoved) this.dropCalcChain();
    this.set(this.structure.workbookPart, this.workbook);
    this.set(this.workbookRelsPart, this.workbookRels);
    this.set(CONTENT_TYPES, this.types);
    const encoder = new TextEncoder();
    const file = (name: string): PackageFile => {
      const edited = this.edited.get(name);
      if (edited === undefined) return copiedPart(this.zip, name);
      return { name, data: typeof edited === 'string' ? encoder.encode(edited) : edited };
    };
    return [
      ...this.zip.names.filter((n) => !this.removed.has(n)).map(file),
      ...this.added.map(file),
    ];
  }
}
