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
});
