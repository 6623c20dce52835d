/** How the adapter reaches Excel: `Excel.run`, or a stand-in with the same shape. */

/** The one overload of `Excel.run` the adapter uses. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The global `Excel.run`, looked up when called (Office.js or the preview's fake installs it). */
export const globalRun: ExcelRun = (batch) => Excel.run(batch);

/**
 * Wrap a run so every `context.sync()` of its batches is counted; tests use it to prove the
 * adapter's round trips stay constant whatever the size of the workbook.
 */
export function countingRun(run: ExcelRun): { run: ExcelRun; readonly syncs: () => number } {
  let syncs = 0;
  const counted: ExcelRun = (batch) =>
    run((context) => {
      const sync = context.sync.bind(context);
      const proxy = new Proxy(context, {
        get(target, property, receiver) {
          if (property === 'sync') {
            return <T>(passThrough?: T) => {
              syncs += 1;
              return sync(passThrough);
            };
          }
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
      return batch(proxy);
    });
  return { run: counted, syncs: () => syncs };
}
