/** A collection proxy: `items` after `load('items/...')` + sync, `count` after `load('count')`. */
import { invalidArgument, propertyNotLoaded } from '../errors';
import { FakeObject } from './base';

export abstract class FakeCollection<
  S extends object,
  T extends object,
  I extends FakeObject<T>,
> extends FakeObject<S> {
  private loadedItems: I[] | undefined;

  /** The scope's members, in Excel's order. */
  protected abstract list(scope: S): readonly T[];

  /** A proxy bound to a member (called while a sync runs). */
  protected abstract wrap(item: T): I;

  get items(): I[] {
    if (!this.loadedItems) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  protected override loadNested(head: string, rest: readonly string[], scope: S | null): void {
    if (head !== 'items') {
      super.loadNested(head, rest, scope);
      return;
    }
    this.loadedItems = (scope === null ? [] : this.list(scope)).map((item) => {
      const proxy = this.wrap(item);
      proxy.loadNow(rest);
      return proxy;
    });
    // The items' own properties are weighed as they load; a refused response takes them back.
    this.context.noteLoad([], () => {
      this.loadedItems = undefined;
    });
  }

  protected property(name: string, scope: S): unknown {
    if (name === 'count') return this.list(scope).length;
    throw invalidArgument(`collection property ${name}`);
  }
}
