/** `Excel.Workbook` in the fake: the entry point to sheets and tables. */
import type { FakeRequestContext } from '../context';
import { invalidArgument } from '../errors';
import type { WorkbookState } from '../state';
import { FakeObject, through } from './base';
import { NamedItemCollectionProxy } from './names';
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
}
