/**
 * The adapter against office-addin-mock, Microsoft's mock of the Office.js object model: the
 * calls it makes on a plain Excel object tree, independent of our own fake.
 */
import { OfficeMockObject } from 'office-addin-mock';

// The suite maps office-addin-manifest to an empty stub; the mock only needs its host names.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', Outlook: 'outlook', PowerPoint: 'powerpoint', Word: 'word' },
}));
import { excelWorkbook, type ExcelRun } from '../../../src/workbook/excel';

/** A context whose one range records selection, and whose sync counts calls. */
function mockContext(options: { failSync?: string } = {}) {
  const calls: string[] = [];
  const range = new OfficeMockObject({ select: () => calls.push('select') });
  const worksheet = new OfficeMockObject({
    activate: () => calls.push('activate'),
    getRange: (address: string) => {
      calls.push(`getRange ${address}`);
      return range;
    },
  });
  const context = new OfficeMockObject({
    host: 'excel',
    workbook: {
      worksheets: {
        getItem: (name: string) => {
          calls.push(`getItem ${name}`);
          return worksheet;
        },
      },
    },
    sync: async () => {
      calls.push('sync');
      if (options.failSync) throw Object.assign(new Error('raw'), { code: options.failSync });
    },
  });
  const run: ExcelRun = (batch) => batch(context as unknown as Excel.RequestContext);
  return { run, calls };
}

describe('the adapter on office-addin-mock', () => {
  it('selects a cell in one sync: sheet, activate, range, select', async () => {
    const { run, calls } = mockContext();
    await excelWorkbook(run).selectCell("'Mine kostnader'!C7");
    expect(calls).toEqual(['getItem Mine kostnader', 'activate', 'getRange C7', 'select', 'sync']);
  });

  it('turns an Office error into a user-facing reason, never the raw message', async () => {
    const { run } = mockContext({ failSync: 'InvalidOperationInCellEditMode' });
    const failure = excelWorkbook(run).selectCell('Kostnader!A1');
    await expect(failure).rejects.toMatchObject({
      reason: 'cellEditMode',
      message: 'cellEditMode',
    });
  });

  it('adds the selection handler in one sync and removes it through the context that added it', async () => {
    const calls: string[] = [];
    const handlers: (() => Promise<unknown>)[] = [];
    // The handler's result names the context it was added in: the mock itself.
    const added: { context?: unknown } = {};
    const mock = new OfficeMockObject({
      host: 'excel',
      workbook: {
        onSelectionChanged: {
          add: (handler: () => Promise<unknown>) => {
            calls.push('add');
            handlers.push(handler);
            return { context: added.context, remove: () => calls.push('remove') };
          },
        },
      },
      sync: async () => {
        calls.push('sync');
      },
    });
    added.context = mock;
    const run: ExcelRun = (batch) => batch(mock as unknown as Excel.RequestContext);
    let heard = 0;
    const stop = await excelWorkbook(run).watchSelection(() => (heard += 1));
    expect(calls).toEqual(['add', 'sync']);
    await handlers[0]?.();
    expect(heard).toBe(1);
    await stop();
    expect(calls).toEqual(['add', 'sync', 'remove', 'sync']);
  });
});

/**
 * A workbook with one CriteriaPairs table (under its Norwegian name, Kriteriepar) on office-addin-
 * mock: its header and body ranges are mock objects, so a property the adapter read without
 * loading it (and syncing) would come back as the mock's error text, not the cell values.
 */
function pairsWorkbook(rows: (string | number)[][]) {
  const syncables: OfficeMockObject[] = [];
  const range = (row: number, values: (string | number)[][]) => {
    const mock = new OfficeMockObject({
      host: 'excel',
      rowIndex: row,
      columnIndex: 0,
      rowCount: values.length,
      columnCount: 3,
      values,
    });
    syncables.push(mock);
    return mock;
  };
  const header = range(0, [['Kriterium A', 'Kriterium B', 'Forhold']]);
  const body = range(1, rows);
  const written: { address: string; values: unknown }[] = [];
  const added: unknown[][] = [];
  const worksheet = {
    name: 'Par',
    getRange: (address: string) => ({
      set values(values: unknown) {
        written.push({ address, values });
      },
    }),
  };
  const table = {
    name: 'Kriteriepar',
    worksheet,
    getHeaderRowRange: () => header,
    getDataBodyRange: () => body,
  };
  let syncs = 0;
  const context = new OfficeMockObject({
    host: 'excel',
    workbook: {
      tables: {
        getItem: () => ({
          rows: { add: (_: unknown, values: unknown[][]) => added.push(...values) },
        }),
      },
      worksheets: { getItem: () => worksheet },
    },
    sync: async () => {
      syncs += 1;
      for (const mock of syncables) await mock.sync();
    },
  }) as unknown as { workbook: { tables: object; worksheets: object } };
  // The collections' `items` are what Office.js hands back after `load('items/name')`.
  const { tables, worksheets } = context.workbook;
  Object.assign(tables, { load: () => tables, items: [table] });
  Object.assign(worksheets, { load: () => worksheets, items: [worksheet] });
  const run: ExcelRun = (batch) => batch(context as unknown as Excel.RequestContext);
  return { run, written, added, syncs: () => syncs };
}

describe('saving pairwise judgements on office-addin-mock', () => {
  const FRESH = { sheetName: 'Kriteriepar', criterionA: 'A', criterionB: 'B', ratio: 'R' };

  it.each([3, 10])(
    'takes three syncs with %i criteria: find the table, read it, write',
    async (n) => {
      const names = Array.from({ length: n }, (_, i) => `K${i + 1}`);
      const all = names.flatMap((a, i) => names.slice(i + 1).map((b) => [a, b] as const));
      const book = pairsWorkbook(all.slice(1).map(([a, b]) => [a, b, 1]));
      const result = await excelWorkbook(book.run).writePairs(
        all.map(([a, b]) => ({ a, b, ratio: 3, reversed: 1 / 3, changed: true })),
        FRESH,
      );
      expect(result).toEqual({ kind: 'saved', updated: all.length - 1, added: 1 });
      expect(book.syncs()).toBe(3);
      // The body was read from the loaded values: every row's Ratio cell is addressed on its row.
      expect(book.written.map((w) => w.address)).toEqual(all.slice(1).map((_, i) => `C${i + 2}`));
      expect(book.added).toEqual([['K1', 'K2', 3]]);
    },
  );
});
