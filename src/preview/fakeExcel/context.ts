/**
 * The fake's request context, with Office.js batching: calls on proxy objects are queued and
 * take effect, in order, only when `sync()` runs them; properties can be read only after
 * `load()` and `sync()`. A failing call stops the batch there (the calls before it stay done,
 * as in Excel), which is what makes the adapter's all-or-nothing writes worth testing. A sync
 * whose loaded properties weigh more than the host's response limit fails as Excel on the web
 * does, with nothing loaded.
 */
import { payloadBytes } from '../../workbook/excel/payload';
import { FakeOfficeError } from './errors';
import { WorkbookProxy } from './proxies/workbook';
import type { WorkbookState } from './state';

/** What the context needs from the workbook that owns it. */
export interface SyncHost {
  readonly state: WorkbookState;
  /** Count the sync and say whether (and after how many calls) it must fail. */
  beginSync(): { readonly failAfter: number; readonly code: string } | null;
  /** Tell listeners that a sync changed the workbook. */
  changed(): void;
  /** The most a sync's loaded properties may weigh as JSON, or null for no limit. */
  readonly responseLimit: number | null;
  /** Add (or, `on` false, drop) a handler of `Workbook.onSelectionChanged`. */
  watchSelection(handler: SelectionHandler, on: boolean): void;
  /** Tell the selection handlers, after the sync, that the selection changed. */
  selectionChanged(): void;
}

/** A handler of `Workbook.onSelectionChanged`, as Office.js takes it. */
export type SelectionHandler = (args: unknown) => Promise<unknown>;

interface Operation {
  readonly apply: () => void;
  readonly mutates: boolean;
}

export class FakeRequestContext {
  private queue: Operation[] = [];
  private applying = false;
  private workbookProxy: WorkbookProxy | undefined;
  /** This sync's loads: what each weighs, and how to take it back if the response is refused. */
  private loads: { readonly bytes: number; readonly forget: () => void }[] = [];

  constructor(readonly host: SyncHost) {}

  /** `context.workbook`, as in Office.js. */
  get workbook(): WorkbookProxy {
    return (this.workbookProxy ??= new WorkbookProxy(this));
  }

  get state(): WorkbookState {
    return this.host.state;
  }

  /** Queue a call; while a sync is running (a load creating child objects) it runs at once. */
  enqueue(apply: () => void, mutates = false): void {
    if (this.applying) apply();
    else this.queue.push({ apply, mutates });
  }

  /** Note a property loaded by the running sync (weighed only where a limit applies). */
  noteLoad(value: unknown, forget: () => void): void {
    if (this.host.responseLimit !== null) this.loads.push({ bytes: payloadBytes(value), forget });
  }

  /** True while a sync runs the queued calls. */
  get syncing(): boolean {
    return this.applying;
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    const failure = this.host.beginSync();
    // A real sync is a round trip: callers must not rely on it completing synchronously.
    await Promise.resolve();
    let changed = false;
    this.applying = true;
    try {
      operations.forEach((operation, index) => {
        if (failure && index === failure.failAfter) throw injected(failure.code);
        operation.apply();
        changed ||= operation.mutates;
      });
      if (failure) throw injected(failure.code);
      this.checkResponse();
    } finally {
      this.loads = [];
      this.applying = false;
      if (changed) this.host.changed();
    }
  }

  private checkResponse(): void {
    const { responseLimit } = this.host;
    const bytes = this.loads.reduce((sum, load) => sum + load.bytes, 0);
    if (responseLimit === null || bytes <= responseLimit) return;
    for (const load of this.loads) load.forget();
    throw tooLarge();
  }
}

const tooLarge = (): FakeOfficeError =>
  new FakeOfficeError(
    'ResponsePayloadSizeLimitExceeded',
    'The response payload size has exceeded the limit.',
  );

const injected = (code: string): FakeOfficeError =>
  new FakeOfficeError(code, 'The fake workbook was told to fail this sync.');
