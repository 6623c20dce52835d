/**
 * The base of every proxy object: bound to its target when the batch reaches the call that
 * created it, readable only after load + sync, and a null object when an `...OrNullObject`
 * lookup found nothing (whatever is reached through a null object is null as well).
 */
import type { FakeRequestContext } from '../context';
import { FakeOfficeError, invalidOperation, itemNotFound, propertyNotLoaded } from '../errors';
import type { WorkbookState } from '../state';

/** A load argument as the adapter passes it: `'name, items/id'` or a list of such paths. */
export type LoadOption = string | readonly string[];

const paths = (option: LoadOption | undefined): string[] =>
  (option === undefined ? [] : typeof option === 'string' ? option.split(',') : [...option])
    .map((p) => p.trim())
    .filter((p) => p !== '');

export abstract class FakeObject<T extends object> {
  private bound: T | null | undefined = undefined;
  private readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, FakeObject<object>>();

  /** `resolve` runs when the batch reaches this object's creation; null makes a null object. */
  constructor(
    protected readonly context: FakeRequestContext,
    private readonly resolve: () => T | null,
  ) {
    context.enqueue(() => {
      this.bound = resolve();
    });
  }

  protected get state(): WorkbookState {
    return this.context.state;
  }

  get isNullObject(): boolean {
    if (this.bound === undefined) throw propertyNotLoaded('isNullObject');
    return this.bound === null;
  }

  /** The bound target, or null for a null object (for navigation that stays null). */
  boundOrNull(): T | null {
    // A proxy whose creation was queued in a batch that failed before reaching it is found when
    // a later batch uses it, as Excel evaluates an object's path anew in each request.
    if (this.bound === undefined && this.context.syncing) this.bound = this.resolve();
    if (this.bound === undefined) throw invalidOperation('object used before its creation ran');
    if (this.bound !== null && this.isGone(this.bound)) {
      throw new FakeOfficeError('InvalidReference', 'The object no longer exists.');
    }
    return this.bound;
  }

  /** The bound target; calls on a null object fail as in Excel. */
  protected target(): T {
    const target = this.boundOrNull();
    if (target === null) throw itemNotFound('a null object');
    return target;
  }

  /** True when the target was deleted after this proxy was bound. */
  protected isGone(_target: T): boolean {
    return false;
  }

  /** Queue a change to the target. */
  protected change(apply: (target: T) => void): void {
    this.context.enqueue(() => apply(this.target()), true);
  }

  /** A child object reached through this one (cached, so nested loads land where read). */
  protected child<C extends FakeObject<object>>(name: string, make: () => C): C {
    let child = this.children.get(name);
    if (!child) {
      child = make();
      this.children.set(name, child);
    }
    return child as C;
  }

  load(option?: LoadOption): this {
    const wanted = paths(option);
    this.context.enqueue(() => this.loadNow(wanted));
    return this;
  }

  /** Copy the wanted properties now (called while a sync runs). */
  loadNow(wanted: readonly string[]): void {
    const target = this.boundOrNull();
    const nested = new Map<string, string[]>();
    for (const path of wanted) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        const value = target === null ? null : this.property(path, target);
        this.loaded.set(path, value);
        this.context.noteLoad(value, () => this.loaded.delete(path));
      } else {
        const head = path.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
      }
    }
    for (const [head, rest] of nested) this.loadNested(head, rest, target);
  }

  /** Load `head/rest` paths: a navigation property by default, `items/...` for collections. */
  protected loadNested(head: string, rest: readonly string[], _target: T | null): void {
    const navigation = this.navigation(head);
    if (!navigation) throw invalidOperation(`cannot load ${head}/${rest.join(',')}`);
    navigation.loadNow(rest);
  }

  /** A loaded property's value; throws as Office.js does when it was not loaded. */
  protected loadedValue<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** The value of a scalar property of the target, for load. */
  protected abstract property(name: string, target: T): unknown;

  /** A navigation property, for nested loads such as `worksheet/name`. */
  protected navigation(_name: string): FakeObject<object> | undefined {
    return undefined;
  }
}

/** Resolve through a parent: null when the parent is a null object. */
export const through =
  <P extends object, T extends object>(parent: FakeObject<P>, get: (p: P) => T | null) =>
  (): T | null => {
    const p = parent.boundOrNull();
    return p === null ? null : get(p);
  };
