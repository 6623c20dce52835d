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
