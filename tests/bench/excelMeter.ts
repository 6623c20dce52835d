/**
 * Watching what the Office.js adapter sends Excel: every `context.sync()` and an estimate of the
 * bytes of each request (values, formats and arguments queued since the last sync, as JSON) and
 * each response (the properties loaded by that sync, as JSON). Excel on the web refuses a request
 * or response over 5 MB, so the largest of each is what matters.
 *
 * The meter wraps a run's request context in a JavaScript Proxy that records, without changing
 * anything, each property set and method call the adapter queues.
 */
import type { ExcelRun } from '../../src/workbook/excel';
import { payloadBytes } from '../../src/workbook/excel/payload';

export interface PayloadStats {
  /** Syncs the adapter asked for (plus the implicit one at a batch's end when calls were left). */
  readonly syncs: number;
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
  readonly totalRequestBytes: number;
  readonly totalResponseBytes: number;
}

type Loose = Record<PropertyKey, unknown>;

/** A class instance (an Office.js proxy object), as opposed to plain data. */
const isApiObject = (value: unknown): value is object =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) !== Object.prototype;

/** Read `items/worksheet/name` from an object, mapping over collections' items. */
function readPath(object: unknown, path: readonly string[]): unknown {
  const [head, ...rest] = path;
  if (head === undefined || object === null || typeof object !== 'object') return object;
  const value = (object as Loose)[head];
  if (head === 'items' && Array.isArray(value)) return value.map((item) => readPath(item, rest));
  return readPath(value, rest);
}

const loadPaths = (option: unknown): string[][] =>
  (typeof option === 'string' ? option.split(',') : Array.isArray(option) ? option : [])
    .map((p) => String(p).trim())
    .filter((p) => p !== '')
    .map((p) => p.split('/'));

/** Wrap `run` so every batch's requests and responses are measured. */
export function meteredRun(run: ExcelRun): { run: ExcelRun; stats(): PayloadStats } {
  const requests: number[] = [];
  const responses: number[] = [];
  let queued = 0;
  let loads: { target: object; paths: string[][] }[] = [];
  const targets = new WeakMap<object, object>();

  const unwrap = (value: unknown): unknown =>
    typeof value === 'object' && value !== null ? (targets.get(value) ?? value) : value;
  const argumentBytes = (args: readonly unknown[]): number =>
    args.reduce<number>((n, a) => n + (isApiObject(a) ? 8 : payloadBytes(a)), 0);

  const closeRequest = (): void => {
    requests.push(queued);
    queued = 0;
  };
  const measureResponse = (): void => {
    let bytes = 0;
    for (const { target, paths } of loads) {
      for (const path of paths) {
        try {
          bytes += payloadBytes(readPath(target, path)) + path.join('/').length + 3;
        } catch {
          // Not loaded after all (a null object): nothing came back.
        }
      }
    }
    responses.push(bytes);
    loads = [];
  };

  function wrap<T>(value: T): T {
    if (Array.isArray(value) && value.length > 0 && isApiObject(value[0])) {
      return value.map((item: unknown) => wrap(item)) as T;
    }
    if (!isApiObject(value)) return value;
    const proxy = new Proxy(value, {
      get(target, property) {
        const member = Reflect.get(target, property, target) as unknown;
        if (typeof member !== 'function') return wrap(member);
        return (...args: unknown[]) => {
          queued += argumentBytes(args);
          if (property === 'load') loads.push({ target, paths: loadPaths(args[0]) });
          const result = (member as (...a: unknown[]) => unknown).apply(target, args.map(unwrap));
          return result === target ? proxy : wrap(result);
        };
      },
      set(target, property, assigned) {
        queued += payloadBytes(assigned) + String(property).length;
        return Reflect.set(target, property, unwrap(assigned), target);
      },
    });
    targets.set(proxy, value);
    return proxy;
  }

  const metered: ExcelRun = (batch) =>
    run(async (context) => {
      const sync = context.sync.bind(context);
      const workbook = wrap(context.workbook);
      const proxy = new Proxy(context, {
        get(target, property) {
          if (property === 'workbook') return workbook;
          if (property === 'sync') {
            return async <T>(passThrough?: T) => {
              closeRequest();
              const result = await sync(passThrough);
              measureResponse();
              return result;
            };
          }
          return Reflect.get(target, property, target) as unknown;
        },
      });
      const result = await batch(proxy);
      // Office.js syncs what a batch left queued when it ends: do it here, so it is measured.
      if (queued > 0 || loads.length > 0) await proxy.sync();
      return result;
    });

  const largest = (xs: readonly number[]): number => xs.reduce((m, x) => Math.max(m, x), 0);
  const total = (xs: readonly number[]): number => xs.reduce((m, x) => m + x, 0);
  return {
    run: metered,
    stats: () => ({
      syncs: requests.length,
      largestRequestBytes: largest(requests),
      largestResponseBytes: largest(responses),
      totalRequestBytes: total(requests),
      totalResponseBytes: total(responses),
    }),
  };
}
