/** `Excel.Range` in the fake: values, number formats, formats as metadata, selection. */
import { type Rect, sheetAddress, WHOLE_SHEET } from '../address';
import { invalidArgument } from '../errors';
import type { ConditionalFormatState, SheetState } from '../state';
import { reportedValue, typeValue, valueType } from '../typing';
import { FakeObject, through } from './base';

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

type Grid = readonly (readonly unknown[])[];

function checkShape(rect: Rect, grid: Grid, what: string): void {
  const fits = grid.length === rect.rows && grid.every((row) => row.length === rect.cols);
  if (!fits) {
    throw invalidArgument(`${what}: expected ${rect.rows}×${rect.cols}, got ${grid.length} rows`);
  }
}

export class RangeProxy extends FakeObject<RangeTarget> {
  protected override isGone(target: RangeTarget): boolean {
    return target.sheet.deleted;
  }

  protected property(name: string, { sheet, rect }: RangeTarget): unknown {
    const cells = (read: (r: number, c: number) => unknown): unknown[][] =>
      Array.from({ length: rect.rows }, (_, r) =>
        Array.from({ length: rect.cols }, (_, c) => read(rect.row + r, rect.col + c)),
      );
    const stored = (r: number, c: number) => this.state.peek(sheet, r, c)?.value ?? null;
    switch (name) {
      case 'values':
        return cells((r, c) => reportedValue(stored(r, c)));
      case 'valueTypes':
        return cells((r, c) => valueType(stored(r, c)));
      case 'numberFormat':
        return cells((r, c) => this.state.peek(sheet, r, c)?.numberFormat ?? 'General');
      case 'hyperlink': {
        // Excel reports the top-left cell's link, with the text that cell shows.
        const link = this.state.peek(sheet, rect.row, rect.col)?.hyperlink;
        if (!link) return {};
        return { ...link, textToDisplay: String(reportedValue(stored(rect.row, rect.col))) };
      }
      case 'address':
        return sheetAddress(sheet.name, rect);
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.col;
      case 'rowCount':
        return rect.rows;
      case 'columnCount':
        return rect.cols;
      default:
        throw invalidArgument(`range property ${name}`);
    }
  }

  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  /** Writes as typing would; a null entry leaves its cell unchanged (Office.js semantics). */
  set values(grid: unknown[][]) {
    this.change(({ sheet, rect }) => {
      checkShape(rect, grid, 'values');
      grid.forEach((row, r) =>
        row.forEach((input, c) => {
          if (input === null) return;
          const cell = this.state.cell(sheet, rect.row + r, rect.col + c);
          const typed =
            cell.numberFormat === '@' && typeof input === 'string'
              ? { value: input === '' ? null : input }
              : typeValue(input);
          cell.value = typed.value;
          if ('formula' in typed && typed.formula !== undefined) cell.formula = typed.formula;
          else delete cell.formula;
        }),
      );
    });
  }

  get valueTypes(): Excel.RangeValueType[][] {
    return this.loadedValue('valueTypes');
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(grid: unknown[][]) {
    this.change(({ sheet, rect }) => {
      // As Excel does: a single format (a 1×1 array) applies to every cell of the range.
      const single = grid.length === 1 && grid[0]?.length === 1 ? grid[0][0] : undefined;
      if (single === undefined) checkShape(rect, grid, 'numberFormat');
      for (let r = 0; r < rect.rows; r++) {
        for (let c = 0; c < rect.cols; c++) {
          const format = single === undefined ? grid[r]?.[c] : single;
          if (format !== null && format !== undefined) {
            this.state.cell(sheet, rect.row + r, rect.col + c).numberFormat = String(format);
          }
        }
      }
    });
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this.loadedValue('hyperlink');
  }
  /**
   * `Range.hyperlink` (ExcelApi 1.7): a URL or a place in the workbook on every cell of the
   * range; `textToDisplay` becomes the top-left cell's text.
   */
  set hyperlink(link: Excel.RangeHyperlink) {
    this.change(({ sheet, rect }) => {
      if (link.address === undefined && link.documentReference === undefined) {
        throw invalidArgument('hyperlink: needs an address or a documentReference');
      }
      const { address, documentReference, screenTip } = link;
      for (let r = 0; r < rect.rows; r++) {
        for (let c = 0; c < rect.cols; c++) {
          this.state.cell(sheet, rect.row + r, rect.col + c).hyperlink = {
            ...(address === undefined ? {} : { address }),
            ...(documentReference === undefined ? {} : { documentReference }),
            ...(screenTip === undefined ? {} : { screenTip }),
          };
        }
      }
      if (link.textToDisplay !== undefined) {
        this.state.cell(sheet, rect.row, rect.col).value = link.textToDisplay;
      }
    });
  }
  get address(): string {
    return this.loadedValue('address');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }

  /** `Range.clear(applyTo)`: contents, formats, or both (the default). */
  clear(applyTo: 'All' | 'Contents' | 'Formats' | 'Hyperlinks' = 'All'): void {
    this.change(({ sheet, rect }) => this.state.clear(sheet, rect, applyTo));
  }

  /** The used part of this range, or a null object when every cell of it is blank. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      through(this, ({ sheet, rect }) => {
        const used = this.state.usedRect(sheet, valuesOnly, rect);
        return used ? { sheet, rect: used } : null;
      }),
    );
  }

  /**
   * `Range.getRowsBelow(count)`: the `count` rows just under this range, as wide as it. Rows past
   * the sheet's last are refused (the call fails its batch).
   */
  getRowsBelow(count = 1): RangeProxy {
    return new RangeProxy(
      this.context,
      through(this, ({ sheet, rect }) => {
        const row = rect.row + rect.rows;
        if (count < 1 || row + count > WHOLE_SHEET.rows) throw invalidArgument('rows below');
        return { sheet, rect: { row, col: rect.col, rows: count, cols: rect.cols } };
      }),
    );
  }

  /** `Range.getEntireRow()`: this range's rows, every column of them. */
  getEntireRow(): RangeProxy {
    return new RangeProxy(
      this.context,
      through(this, ({ sheet, rect }) => ({
        sheet,
        rect: { row: rect.row, col: 0, rows: rect.rows, cols: WHOLE_SHEET.cols },
      })),
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(
      this.context,
      through(this, ({ sheet, rect }) => ({
        sheet,
        rect: { row: rect.row + row, col: rect.col + column, rows: 1, cols: 1 },
      })),
    );
  }

  select(): void {
    this.change((target) => {
      this.state.activeSheet = target.sheet;
      this.state.selection = { sheet: target.sheet, rect: target.rect };
      // As in Excel, selecting from code raises the selection event too.
      this.context.host.selectionChanged();
    });
  }

  get format(): RangeFormatProxy {
    return this.child(
      'format',
      () =>
        new RangeFormatProxy(
          this.context,
          through(this, (t) => t),
        ),
    );
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this.child(
      'conditionalFormats',
      () =>
        new ConditionalFormatCollectionProxy(
          this.context,
          through(this, (t) => t),
        ),
    );
  }

  get dataValidation(): DataValidationProxy {
    return this.child(
      'dataValidation',
      () =>
        new DataValidationProxy(
          this.context,
          through(this, (t) => t),
        ),
    );
  }
}

export class RangeFormatProxy extends FakeObject<RangeTarget> {
  protected property(name: string): unknown {
    throw invalidArgument(`format property ${name}`);
  }
  /** Recorded as a count: the fake has no column widths. */
  autofitColumns(): void {
    this.change(({ sheet }) => {
      sheet.autofitColumns += 1;
    });
  }
}

export class DataValidationProxy extends FakeObject<RangeTarget> {
  protected property(name: string): unknown {
    throw invalidArgument(`dataValidation property ${name}`);
  }
  set rule(rule: unknown) {
    this.change(({ sheet, rect }) => {
      sheet.validations.push({ rect, rule });
    });
  }
}

/** Conditional formats as metadata: their range, type, rule and colours. */
export class ConditionalFormatCollectionProxy extends FakeObject<RangeTarget> {
  protected property(name: string): unknown {
    throw invalidArgument(`conditionalFormats property ${name}`);
  }
  clearAll(): void {
    this.change(({ sheet, rect }) => this.state.clearConditionalFormats(sheet, rect));
  }

  add(type: string): ConditionalFormatProxy {
    let created: ConditionalFormatState | null = null;
    this.change(({ sheet, rect }) => {
      created = { rect, type, rule: null, fill: null, font: null };
      sheet.conditionalFormats.push(created);
    });
    return new ConditionalFormatProxy(this.context, () => created);
  }
}

type Setter = (apply: (state: ConditionalFormatState) => void) => void;

class ColorSetter {
  constructor(
    private readonly set: Setter,
    private readonly key: 'fill' | 'font',
  ) {}
  set color(color: string) {
    this.set((state) => {
      state[this.key] = color;
    });
  }
}

class CellValueFormat {
  readonly format: { readonly fill: ColorSetter; readonly font: ColorSetter };
  constructor(private readonly set: Setter) {
    this.format = { fill: new ColorSetter(set, 'fill'), font: new ColorSetter(set, 'font') };
  }
  set rule(rule: unknown) {
    this.set((state) => {
      state.rule = rule;
    });
  }
}

export class ConditionalFormatProxy extends FakeObject<ConditionalFormatState> {
  protected property(name: string): unknown {
    throw invalidArgument(`conditionalFormat property ${name}`);
  }
  get cellValue(): CellValueFormat {
    return new CellValueFormat((apply) => this.change(apply));
  }
}
