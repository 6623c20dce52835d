/** `Excel.NamedItem` and the workbook's names in the fake (workbook scope only). */
import { invalidArgument, itemNotFound } from '../errors';
import type { NameState, WorkbookState } from '../state';
import { FakeObject } from './base';
import { FakeCollection } from './collection';
import type { RangeProxy } from './range';

export class NamedItemProxy extends FakeObject<NameState> {
  protected override isGone(name: NameState): boolean {
    return !this.state.names.includes(name);
  }

  protected property(property: string, name: NameState): unknown {
    switch (property) {
      case 'name':
        return name.name;
      case 'comment':
        return name.comment;
      case 'visible':
        return name.visible;
      case 'formula':
        return this.state.nameFormula(name);
      case 'type':
        return name.target ? 'Range' : 'Error';
      default:
        throw invalidArgument(`named item property ${property}`);
    }
  }

  get name(): string {
    return this.loadedValue('name');
  }
  get comment(): string {
    return this.loadedValue('comment');
  }
  set comment(comment: string) {
    this.change((name) => {
      name.comment = comment;
    });
  }
  get visible(): boolean {
    return this.loadedValue('visible');
  }
  set visible(visible: boolean) {
    this.change((name) => {
      name.visible = visible;
    });
  }
  get formula(): string {
    return this.loadedValue('formula');
  }

  delete(): void {
    this.change((name) => this.state.deleteName(name));
  }
}

export class NamedItemCollectionProxy extends FakeCollection<
  WorkbookState,
  NameState,
  NamedItemProxy
> {
  protected list(state: WorkbookState): readonly NameState[] {
    return state.names;
  }

  protected wrap(name: NameState): NamedItemProxy {
    return new NamedItemProxy(this.context, () => name);
  }

  getItem(key: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => {
      const name = this.state.nameByKey(key);
      if (!name) throw itemNotFound(`name "${key}"`);
      return name;
    });
  }

  getItemOrNullObject(key: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => this.state.nameByKey(key));
  }

  /** `names.add(name, reference, comment)`: a range, or a reference as text (`=Sheet!$A$1`). */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    let created: NameState | null = null;
    this.change((state) => {
      const target = typeof reference === 'string' ? reference : reference.boundOrNull();
      if (target === null) throw itemNotFound('range');
      created = state.addName(name, target, comment ?? '');
    });
    return new NamedItemProxy(this.context, () => created);
  }
}
