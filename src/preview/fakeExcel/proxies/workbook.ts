/** `Excel.Workbook` in the fake: the entry point to sheets and tables, the selection and its event. */
import type { FakeRequestContext, SelectionHandler } from '../context';
import { invalidArgument, itemNotFound } from '../errors';
import type { WorkbookState } from '../state';
import { FakeObject, through } from './base';
import { NamedItemCollectionProxy } from './names';
import { RangeProxy } from './range';
import { TableCollectionProxy } from './table';
import { WorksheetCollectionProxy } from './worksheet';

export class WorkbookProxy extends FakeObject<WorkbookState> {
  constructor(context: FakeRequestContext) {
    super(context, () => context.state);
  }

  protected property(name: string): unknown {
    throw invalidArgument(`workbook property ${name}`);
  }

  get worksheets(): WorksheetCollectionProxy {
    return this.child(
      'worksheets',
      () =>
        new WorksheetCollectionProxy(
          this.context,
          through(this, (s) => s),
        ),
    );
  }

  get names(): NamedItemCollectionProxy {
    return this.child(
      'names',
      () =>
        new NamedItemCollectionProxy(
          this.context,
          through(this, (s) => s),
        ),
    );
  }

  get tables(): TableCollectionProxy {
    return this.child(
      'tables',
      () =>
        new TableCollectionProxy(
          this.context,
          through(this, (s) => s),
        ),
    );
  }

  /** The active cell: the selection's top-left cell on the active sheet, or its A1. */
  getActiveCell(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { activeSheet, selection } = this.state;
      if (!activeSheet) throw itemNotFound('active cell');
      const at = selection?.sheet === activeSheet ? selection.rect : { row: 0, col: 0 };
      return { sheet: activeSheet, rect: { row: at.row, col: at.col, rows: 1, cols: 1 } };
    });
  }

  /** `Workbook.onSelectionChanged`: a handler is added, or removed, when a sync runs the call. */
  get onSelectionChanged(): {
    add(handler: SelectionHandler): { context: FakeRequestContext; remove(): void };
  } {
    const { context } = this;
    return {
      add: (handler) => {
        context.enqueue(() => context.host.watchSelection(handler, true));
        return {
          context,
          remove: () => context.enqueue(() => context.host.watchSelection(handler, false)),
        };
      },
    };
  }
}
