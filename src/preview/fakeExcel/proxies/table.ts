/** `Excel.Table`, its rows and the workbook's and sheets' table collections in the fake. */
import { invalidArgument, itemNotFound } from '../errors';
import type { SheetState, TableState, WorkbookState } from '../state';
import { typeValue } from '../typing';
import { FakeObject, through } from './base';
import { FakeCollection } from './collection';
import { RangeProxy } from './range';
import { WorksheetProxy } from './worksheet';

export class TableProxy extends FakeObject<TableState> {
  protected override isGone(table: TableState): boolean {
    return table.sheet.deleted || !table.sheet.tables.includes(table);
  }

  protected property(name: string, table: TableState): unknown {
    switch (name) {
      case 'name':
        return table.name;
      case 'id':
        return table.id;
      case 'style':
        return table.style;
      default:
        throw invalidArgument(`table property ${name}`);
    }
  }

  protected override navigation(name: string): FakeObject<object> | undefined {
    return name === 'worksheet' ? this.worksheet : undefined;
  }

  get name(): string {
    return this.loadedValue('name');
  }
  set name(name: string) {
    this.change((table) => this.state.renameTable(table, name));
  }
  get id(): string {
    return this.loadedValue('id');
  }
  set style(style: string) {
    this.change((table) => {
      table.style = style;
    });
  }

  get worksheet(): WorksheetProxy {
    return this.child(
      'worksheet',
      () =>
        new WorksheetProxy(
          this.context,
          through(this, (t) => t.sheet),
        ),
    );
  }

  get rows(): TableRowCollectionProxy {
    return this.child(
      'rows',
      () =>
        new TableRowCollectionProxy(
          this.context,
          through(this, (t) => t),
        ),
    );
  }

  getRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      through(this, (t) => ({ sheet: t.sheet, rect: t.rect })),
    );
  }

  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      through(this, (t) => ({ sheet: t.sheet, rect: { ...t.rect, rows: 1 } })),
    );
  }

  getDataBodyRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      through(this, (t) => ({
        sheet: t.sheet,
        rect: { ...t.rect, row: t.rect.row + 1, rows: t.rect.rows - 1 },
      })),
    );
  }

  delete(): void {
    this.change((table) => this.state.deleteTable(table));
  }
}

export class TableRowCollectionProxy extends FakeObject<TableState> {
  protected property(name: string): unknown {
    throw invalidArgument(`rows property ${name}`);
  }

  /**
   * Append rows at the bottom (index null). The fake writes into the cells below the table; it
   * does not shift cells as Excel would, so keep the area below a table empty in tests.
   */
  add(index: number | null, values: unknown[][]): void {
    this.change((table) => {
      if (index !== null && index !== undefined) throw invalidArgument('the fake only appends');
      const { sheet, rect } = table;
      values.forEach((row, r) => {
        if (row.length !== rect.cols) throw invalidArgument('row width');
        row.forEach((input, c) => {
          const cell = this.state.cell(sheet, rect.row + rect.rows + r, rect.col + c);
          cell.value = typeValue(input).value;
        });
      });
      table.rect = { ...rect, rows: rect.rows + values.length };
    });
  }
}

/** The workbook's tables (scope: the workbook) or one sheet's (scope: that sheet). */
type TableScope = WorkbookState | { readonly sheet: SheetState };

export class TableCollectionProxy extends FakeCollection<TableScope, TableState, TableProxy> {
  protected list(scope: TableScope): readonly TableState[] {
    return 'sheet' in scope ? scope.sheet.tables : scope.tables();
  }

  protected wrap(table: TableState): TableProxy {
    return new TableProxy(this.context, () => table);
  }

  getItem(key: string): TableProxy {
    return new TableProxy(
      this.context,
      through(this, (scope) => {
        const table = this.find(scope, key);
        if (!table) throw itemNotFound(`table "${key}"`);
        return table;
      }),
    );
  }

  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(
      this.context,
      through(this, (scope) => this.find(scope, key)),
    );
  }

  private find(scope: TableScope, key: string): TableState | null {
    const table = this.state.tableByKey(key);
    return table && this.list(scope).includes(table) ? table : null;
  }

  /** Create a table over a range proxy (or a local address on a sheet-scoped collection). */
  add(source: RangeProxy | string, hasHeaders: boolean): TableProxy {
    let created: TableState | null = null;
    this.change((scope) => {
      if (!hasHeaders) throw invalidArgument('the fake only creates tables with headers');
      if (typeof source === 'string') throw invalidArgument('pass a range to tables.add');
      const range = source.boundOrNull();
      if (range === null) throw itemNotFound('range');
      if ('sheet' in scope && scope.sheet !== range.sheet) throw invalidArgument('range sheet');
      created = this.state.addTable(range.sheet, range.rect);
    });
    return new TableProxy(this.context, () => created);
  }
}
