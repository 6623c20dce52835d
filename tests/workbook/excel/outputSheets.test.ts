/** Finding the sheets that hold an earlier run's outputs. */
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { excelWorkbook } from '../../../src/workbook/excel';
import { INPUT_SHEETS } from './fixtures';

describe('outputSheets', () => {
  it('names the sheets holding output tables, and none in a workbook of inputs only', async () => {
    const inputsOnly = excelWorkbook(FakeWorkbook.fromTableSheets(INPUT_SHEETS).run);
    await expect(inputsOnly.outputSheets()).resolves.toEqual([]);
    const book = FakeWorkbook.fromTableSheets([
      ...INPUT_SHEETS,
      { tableName: 'Allocation', sheetName: 'Fordeling', headers: ['Post'], rows: [['Nett']] },
      { tableName: 'riskflags', sheetName: 'Risikoflagg', headers: ['Kode'], rows: [['X']] },
    ]);
    await expect(excelWorkbook(book.run).outputSheets()).resolves.toEqual([
      'Fordeling',
      'Risikoflagg',
    ]);
  });
});
