/** Finding the sheet each table is on. */
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { excelWorkbook } from '../../../src/workbook/excel';
import { INPUT_SHEETS } from './fixtures';

describe('tableSheets', () => {
  it('names every table with its sheet, as the workbook writes them', async () => {
    const book = FakeWorkbook.fromTableSheets([
      ...INPUT_SHEETS.slice(0, 1),
      { tableName: 'Allocation', sheetName: 'Fordeling', headers: ['Post'], rows: [['Nett']] },
    ]);
    await expect(excelWorkbook(book.run).tableSheets()).resolves.toEqual([
      { table: 'Municipalities', sheet: 'Kommuner' },
      { table: 'Allocation', sheet: 'Fordeling' },
    ]);
    await expect(
      excelWorkbook(FakeWorkbook.fromTableSheets([]).run).tableSheets(),
    ).resolves.toEqual([]);
  });
});
