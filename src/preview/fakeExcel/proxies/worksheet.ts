/** `Excel.Worksheet`, its collection, charts and freeze panes in the fake. */
import { parseLocalAddress, WHOLE_SHEET } from '../address';
import { invalidArgument, itemNotFound } from '../errors';
import type { ChartState, ObjectState, SheetState, WorkbookState } from '../state';
import { FakeObject, through } from './base';
import { FakeCollection } from './collection';
import { RangeProxy } from './range';
import { TableCollectionProxy } from './table';

export class WorksheetProxy extends FakeObject<SheetState> {
  protected override isGone(sheet: SheetState): boolean {
    return sheet.deleted;
  }

  protected property(name: string, sheet: SheetState): unknown {
    switch (name) {
      case 'name':
        return sheet.name;
      case 'id':
        return sheet.id;
      case 'position':
        return this.state.sheets.indexOf(sheet);
      default:
        throw invalidArgument(`worksheet property ${name}`);
    }
  }

  get name(): string {
    return this.loadedValue('name');
  }
  set name(name: string) {
    this.change((sheet) => this.state.renameSheet(sheet, name));
  }
  get id(): string {
    return this.loadedValue('id');
  }
  get position(): number {
    return this.loadedValue('position');
  }
  set position(position: number) {
    this.change((sheet) => this.state.moveSheet(sheet, position));
  }

  delete(): void {
    this.change((sheet) => this.state.deleteSheet(sheet));
  }

  activate(): void {
    this.change((sheet) => {
      this.state.activeSheet = sheet;
    });
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this.context,
      through(this, (sheet) => ({
        sheet,
        rect: address === undefined ? WHOLE_SHEET : parseLocalAddress(address),
      })),
    );
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return new RangeProxy(
      this.context,
      through(this, (sheet) => {
        if (row < 0 || column < 0 || rows < 1 || columns < 1) throw invalidArgument('indexes');
        return { sheet, rect: { row, col: column, rows, cols: columns } };
      }),
    );
  }

  /**
   * The used range, or a null object: cells with values, and unless `valuesOnly` cells with a
   * number format of their own (the fake keeps no other formatting).
   */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      through(this, (sheet) => {
        const rect = this.state.usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : null;
      }),
    );
  }

  get tables(): TableCollectionProxy {
    return this.child(
      'tables',
      () =>
        new TableCollectionProxy(
          this.context,
          through(this, (sheet) => ({ sheet })),
        ),
    );
  }

  get charts(): ChartCollectionProxy {
    return this.child(
      'charts',
      () =>
        new ChartCollectionProxy(
          this.context,
          through(this, (s) => s),
        ),
    );
  }

  get shapes(): ObjectCollectionProxy {
    return this.objects('shapes');
  }

  get pivotTables(): ObjectCollectionProxy {
    return this.objects('pivotTables');
  }

  get comments(): ObjectCollectionProxy {
    return this.objects('comments');
  }

  get notes(): ObjectCollectionProxy {
    return this.objects('notes');
  }

  private objects(kind: ObjectKind): ObjectCollectionProxy {
    return this.child(
      kind,
      () =>
        new ObjectCollectionProxy(
          this.context,
          through(this, (sheet) => ({ sheet, kind })),
        ),
    );
  }

  get freezePanes(): FreezePanesProxy {
    return this.child(
      'freezePanes',
      () =>
        new FreezePanesProxy(
          this.context,
          through(this, (s) => s),
        ),
    );
  }
}

export class WorksheetCollectionProxy extends FakeCollection<
  WorkbookState,
  SheetState,
  WorksheetProxy
> {
  protected list(state: WorkbookState): readonly SheetState[] {
    return state.sheets;
  }

  protected wrap(sheet: SheetState): WorksheetProxy {
    return new WorksheetProxy(this.context, () => sheet);
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const sheet = this.state.sheetByKey(key);
      if (!sheet) throw itemNotFound(`sheet "${key}"`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.state.sheetByKey(key));
  }

  add(name: string): WorksheetProxy {
    let created: SheetState | null = null;
    this.change((state) => {
      created = state.addSheet(name);
    });
    return new WorksheetProxy(this.context, () => created);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.state.activeSheet);
  }
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

type ObjectKind = 'shapes' | 'pivotTables' | 'comments' | 'notes';

/** A sheet's shapes, pivot tables, comments or notes: never made by the adapter, only counted. */
export class ObjectCollectionProxy extends FakeCollection<
  { readonly sheet: SheetState; readonly kind: ObjectKind },
  ObjectState,
  ObjectProxy
> {
  protected list(scope: { readonly sheet: SheetState; readonly kind: ObjectKind }) {
    return scope.sheet[scope.kind];
  }

  protected wrap(item: ObjectState): ObjectProxy {
    return new ObjectProxy(this.context, () => item);
  }
}

export class ObjectProxy extends FakeObject<ObjectState> {
  /** All the fake keeps of such an object is one text: its name, id or content. */
  protected property(name: string, item: ObjectState): unknown {
    if (name === 'name' || name === 'id' || name === 'content') return item.name;
    throw invalidArgument(`object property ${name}`);
  }
  get name(): string {
    return this.loadedValue('name');
  }
}

export class ChartCollectionProxy extends FakeCollection<SheetState, ChartState, ChartProxy> {
  protected list(sheet: SheetState): readonly ChartState[] {
    return sheet.charts;
  }

  protected wrap(chart: ChartState): ChartProxy {
    return new ChartProxy(this.context, () => chart);
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(
      this.context,
      through(this, (sheet) => {
        const chart = sheet.charts.find((c) => same(c.name, name));
        if (!chart) throw itemNotFound(`chart "${name}"`);
        return chart;
      }),
    );
  }

  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(
      this.context,
      through(this, (sheet) => sheet.charts.find((c) => same(c.name, name)) ?? null),
    );
  }

  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    let created: ChartState | null = null;
    this.change((sheet) => {
      const range = source.boundOrNull();
      if (range === null || range.sheet !== sheet) throw invalidArgument('chart source');
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n += 1;
      created = {
        name: `Chart ${n}`,
        type,
        source: range.rect,
        seriesBy,
        title: '',
        position: null,
        legend: true,
        axisTitles: { category: '', value: '' },
      };
      sheet.charts.push(created);
    });
    return new ChartProxy(this.context, () => created);
  }
}

/** A chart's or an axis's title: only its text is kept. */
class ChartTitle {
  constructor(private readonly setText: (text: string) => void) {}
  set text(text: string) {
    this.setText(text);
  }
}

class ChartLegend {
  constructor(private readonly set: (apply: (chart: ChartState) => void) => void) {}
  set visible(visible: boolean) {
    this.set((chart) => {
      chart.legend = visible;
    });
  }
}

/** A chart's axis: only its title's text is kept. */
class ChartAxis {
  constructor(
    private readonly set: (apply: (chart: ChartState) => void) => void,
    private readonly axis: 'category' | 'value',
  ) {}
  get title(): ChartTitle {
    return new ChartTitle((text) =>
      this.set((chart) => {
        chart.axisTitles[this.axis] = text;
      }),
    );
  }
}

export class ChartProxy extends FakeObject<ChartState> {
  protected property(name: string, chart: ChartState): unknown {
    if (name === 'name') return chart.name;
    throw invalidArgument(`chart property ${name}`);
  }
  get name(): string {
    return this.loadedValue('name');
  }
  set name(name: string) {
    this.change((chart) => {
      chart.name = name;
    });
  }
  delete(): void {
    this.change((chart) => {
      const sheet = this.state.sheets.find((s) => s.charts.includes(chart));
      sheet?.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }
  get title(): ChartTitle {
    return new ChartTitle((text) =>
      this.change((chart) => {
        chart.title = text;
      }),
    );
  }
  get legend(): ChartLegend {
    return new ChartLegend((apply) => this.change(apply));
  }
  get axes(): { categoryAxis: ChartAxis; valueAxis: ChartAxis } {
    const set = (apply: (chart: ChartState) => void): void => this.change(apply);
    return { categoryAxis: new ChartAxis(set, 'category'), valueAxis: new ChartAxis(set, 'value') };
  }
  setPosition(startCell: string, endCell: string): void {
    this.change((chart) => {
      chart.position = { start: startCell, end: endCell };
    });
  }
}

export class FreezePanesProxy extends FakeObject<SheetState> {
  protected property(name: string): unknown {
    throw invalidArgument(`freezePanes property ${name}`);
  }
  freezeRows(count: number): void {
    this.change((sheet) => {
      sheet.frozenRows = count;
    });
  }
}
