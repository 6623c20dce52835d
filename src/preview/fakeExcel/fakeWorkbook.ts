/**
 * A workbook that lives in memory and answers the subset of the Excel JavaScript API the
 * Office.js adapter uses, with Office.js's batching. The preview renders it beside the real task
 * pane; the adapter's tests run against it, with injectable sync failures.
 */
import type { CellValue, TableSheet } from '../../engine/table';
import { localAddress, parseLocalAddress } from './address';
import { FakeRequestContext, type SelectionHandler, type SyncHost } from './context';
import { type HyperlinkState, type SheetState, WorkbookState } from './state';
import { NUMBER_FORMATS } from '../../workbook/numberFormats';

/** What the preview and tests see of one sheet. */
export interface FakeSheetView {
  readonly name: string;
  /** Values from A1 to the last used cell; empty cells are null, errors `{ error }`. */
  readonly values: readonly (readonly CellValue[])[];
  readonly tables: readonly { readonly name: string; readonly range: string }[];
  readonly charts: number;
  /** Number formats over the same area as `values`. */
  readonly numberFormats: readonly (readonly string[])[];
  /** Formulas written to cells (text that Excel took as a formula), by address. */
  readonly formulas: Readonly<Record<string, string>>;
  /** Links on cells (`Range.hyperlink`), by address. */
  readonly hyperlinks: Readonly<Record<string, HyperlinkState>>;
  readonly frozenRows: number;
  readonly conditionalFormats: readonly {
    readonly range: string;
    readonly type: string;
    readonly rule: unknown;
    readonly fill: string | null;
    readonly font: string | null;
  }[];
  readonly validations: readonly { readonly range: string; readonly rule: unknown }[];
  readonly chartDetails: readonly {
    readonly name: string;
    readonly type: string;
    readonly source: string;
    readonly seriesBy: string;
    readonly title: string;
    readonly legend: boolean;
    readonly axisTitles: { readonly category: string; readonly value: string };
    readonly position: { readonly start: string; readonly end: string } | null;
  }[];
}

export interface FakeNameView {
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
  readonly visible: boolean;
}

export interface SyncFailure {
  /** Calls of the batch that take effect before it fails (default 0; more than queued: all). */
  readonly afterOperations?: number;
  /** The OfficeExtension error code to fail with (default GeneralException). */
  readonly code?: string;
}

/** Excel on the web refuses a response over 5 MB; the fake does too, unless told otherwise. */
const RESPONSE_LIMIT_BYTES = 5_000_000;

export class FakeWorkbook implements SyncHost {
  readonly state = new WorkbookState();
  /** The most one sync's loaded properties may weigh (null: no limit, as on the desktop). */
  responseLimit: number | null = RESPONSE_LIMIT_BYTES;
  /** Every sync so far, including failed ones. */
  syncCount = 0;
  private readonly failures = new Map<number, SyncFailure>();
  private readonly listeners = new Set<() => void>();
  private readonly selectionHandlers = new Set<SelectionHandler>();

  /** A workbook holding each sheet as one table from A1 (a user's workbook, not typed in). */
  static fromTableSheets(sheets: readonly TableSheet[]): FakeWorkbook {
    const book = new FakeWorkbook();
    const { state } = book;
    for (const spec of sheets) {
      const sheet = state.addSheet(spec.sheetName);
      const width = spec.headers.length;
      spec.headers.forEach((header, c) => {
        state.cell(sheet, 0, c).value = header;
      });
      spec.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = state.cell(sheet, r + 1, c);
          cell.value = value === '' ? null : value;
          cell.numberFormat = NUMBER_FORMATS[spec.formats?.[c] ?? 'text'] ?? 'General';
        }),
      );
      const table = state.addTable(sheet, {
        row: 0,
        col: 0,
        rows: spec.rows.length + 1,
        cols: width,
      });
      state.renameTable(table, spec.tableName);
      for (const { column, list } of spec.validations ?? []) {
        const rect = { row: 1, col: column, rows: Math.max(spec.rows.length, 1), cols: 1 };
        sheet.validations.push({
          rect,
          rule: { list: { inCellDropDown: true, source: list.join(',') } },
        });
      }
    }
    if (state.sheets.length === 0) state.addSheet('Sheet1');
    state.activeSheet = state.sheets[0] ?? null;
    return book;
  }

  /** `Excel.run` over this workbook: one request context per batch, as in Office. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Office.js syncs what a batch left queued when it ends.
    if (context.pending > 0) await context.sync();
    return result;
  };

  sheetNames(): readonly string[] {
    return this.state.sheets.map((s) => s.name);
  }

  sheet(name: string): FakeSheetView | undefined {
    const sheet = this.state.sheetByKey(name);
    return sheet ? view(this.state, sheet) : undefined;
  }

  /** The workbook's defined names as Excel lists them (sorted), with their formulas. */
  names(): readonly FakeNameView[] {
    return this.state.names.map((n) => ({
      name: n.name,
      formula: this.state.nameFormula(n),
      comment: n.comment,
      visible: n.visible,
    }));
  }

  get selection(): { sheet: string; address: string } | null {
    const selected = this.state.selection;
    return selected ? { sheet: selected.sheet.name, address: localAddress(selected.rect) } : null;
  }

  get activeSheet(): string | null {
    return this.state.activeSheet?.name ?? null;
  }

  /**
   * The user selects `address` on `sheet` (the preview's grid): the sheet becomes active and, as
   * in Excel, every `onSelectionChanged` handler hears of it.
   */
  userSelects(sheet: string, address: string): void {
    const target = this.state.sheetByKey(sheet);
    if (!target) return;
    this.state.activeSheet = target;
    this.state.selection = { sheet: target, rect: parseLocalAddress(address) };
    this.changed();
    this.selectionChanged();
  }

  /** How many `onSelectionChanged` handlers are registered (tests check they are removed). */
  get selectionWatchers(): number {
    return this.selectionHandlers.size;
  }

  watchSelection(handler: SelectionHandler, on: boolean): void {
    if (on) this.selectionHandlers.add(handler);
    else this.selectionHandlers.delete(handler);
  }

  selectionChanged(): void {
    // Office raises the event after the change, never inside the sync that made it.
    for (const handler of [...this.selectionHandlers]) {
      setTimeout(() => void handler({ type: 'SelectionChanged' }), 0);
    }
  }

  /** Be told after each sync that changed something; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Make sync number `n` (1-based, counting every sync of this workbook) fail. */
  failSyncNumber(n: number, failure: SyncFailure = {}): void {
    this.failures.set(n, failure);
  }

  /** Make the next sync fail. */
  failNextSync(failure: SyncFailure = {}): void {
    this.failSyncNumber(this.syncCount + 1, failure);
  }

  /** A canonical text of the whole workbook, for byte-for-byte comparisons in tests. */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.sheetNames().map((name) => this.sheet(name)),
      names: this.names(),
    });
  }

  beginSync(): { failAfter: number; code: string } | null {
    this.syncCount += 1;
    const failure = this.failures.get(this.syncCount);
    if (!failure) return null;
    this.failures.delete(this.syncCount);
    return { failAfter: failure.afterOperations ?? 0, code: failure.code ?? 'GeneralException' };
  }

  changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function view(state: WorkbookState, sheet: SheetState): FakeSheetView {
  const used = state.usedRect(sheet);
  const rows = used ? used.row + used.rows : 0;
  const cols = used ? used.col + used.cols : 0;
  const grid = <V>(read: (r: number, c: number) => V): V[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => read(r, c)));
  const formulas: Record<string, string> = {};
  const hyperlinks: Record<string, HyperlinkState> = {};
  sheet.grid.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      const address = localAddress({ row: r, col: c, rows: 1, cols: 1 });
      if (cell?.formula) formulas[address] = cell.formula;
      if (cell?.hyperlink) hyperlinks[address] = cell.hyperlink;
    }),
  );
  return {
    name: sheet.name,
    values: grid((r, c) => state.peek(sheet, r, c)?.value ?? null),
    numberFormats: grid((r, c) => state.peek(sheet, r, c)?.numberFormat ?? 'General'),
    tables: sheet.tables.map((t) => ({ name: t.name, range: localAddress(t.rect) })),
    charts: sheet.charts.length,
    formulas,
    hyperlinks,
    frozenRows: sheet.frozenRows,
    conditionalFormats: sheet.conditionalFormats.map((f) => ({
      range: localAddress(f.rect),
      type: f.type,
      rule: f.rule,
      fill: f.fill,
      font: f.font,
    })),
    validations: sheet.validations.map((v) => ({ range: localAddress(v.rect), rule: v.rule })),
    chartDetails: sheet.charts.map((c) => ({
      name: c.name,
      type: c.type,
      source: localAddress(c.source),
      seriesBy: c.seriesBy,
      title: c.title,
      legend: c.legend,
      axisTitles: { ...c.axisTitles },
      position: c.position,
    })),
  };
}
