/**
 * The Office.js adapter against the preview's fake Excel: what the preview shows is what the
 * adapter does. Outputs replace outputs, inputs stay byte for byte, and a failure at any sync
 * leaves the workbook as it was.
 */
import { FakeWorkbook } from '../../src/preview/fakeExcel';
import { excelWorkbook } from '../../src/workbook/excel';
import { INPUT_SHEETS, outputs } from '../workbook/excel/fixtures';

const INPUT_NAMES = INPUT_SHEETS.map((s) => s.sheetName);
const inputsOf = (book: FakeWorkbook): string =>
  JSON.stringify(INPUT_NAMES.map((name) => book.sheet(name)));

describe('the adapter on the fake workbook', () => {
  it('reads the inputs with their cells addressed', async () => {
    const tables = await excelWorkbook(FakeWorkbook.fromTableSheets(INPUT_SHEETS).run).readTables();
    expect(Object.keys(tables).sort()).toEqual(['Costs', 'Municipalities', 'Settings']);
    expect(tables.Municipalities?.sheet).toBe('Kommuner');
    expect(tables.Municipalities?.rows[2]?.[0]).toEqual({ value: 'Risør', address: 'Kommuner!A4' });
    expect(tables.Costs?.rows[1]?.[1]).toEqual({ value: '1 234,50', address: 'Kostnader!B3' });
  });

  it('writes outputs twice: the second replaces the first, inputs stay byte for byte', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const before = inputsOf(book);
    const workbook = excelWorkbook(book.run);
    await workbook.writeOutputs(outputs(3, 'first'));
    await workbook.writeOutputs(outputs(2, 'second'));
    expect(inputsOf(book)).toBe(before);
    expect(book.sheetNames()).toEqual([...INPUT_NAMES, 'Fordeling', 'Risikoflagg', 'Totaler']);
    const allocation = book.sheet('Fordeling');
    expect(allocation?.tables).toEqual([{ name: 'Allocation', range: 'A1:H3' }]);
    expect(allocation?.values.map((row) => row[0])).toEqual([
      'Item',
      'second item 1',
      'second item 2',
    ]);
  });

  // A host with every requirement set can tell an output's sheet holds nothing else: the sheet
  // is replaced whole (2 syncs to survey, 1 to build and swap). On ExcelApi 1.7 it cannot tell,
  // so the tables are rewritten in place (one more sync keeps what they held). With a 300-byte
  // budget the values take several requests, and the swap rides on the last of them.
  const EVERY_SET = (): boolean => true;
  const ONLY_1_7 = (): boolean => false;
  it.each([
    ['a sheet replaced whole', 'fits one request', EVERY_SET, undefined, 3],
    ['a sheet replaced whole', 'takes several requests', EVERY_SET, 300, 5],
    ['a table rewritten in place', 'fits one request', ONLY_1_7, undefined, 4],
    ['a table rewritten in place', 'takes several requests', ONLY_1_7, 300, 10],
  ])(
    'leaves the previous outputs, their records and the inputs intact when any sync of a write fails (%s, %s)',
    async (_, __, isSetSupported, payloadBudget, expectedSyncs) => {
      const options = { payloadBudget, isSetSupported };
      const reference = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
      await excelWorkbook(reference.run, options).writeOutputs(outputs(3, 'first'));
      const start = reference.syncCount;
      await excelWorkbook(reference.run, options).writeOutputs(outputs(2, 'second'));
      const syncsPerWrite = reference.syncCount - start;
      expect(syncsPerWrite).toBe(expectedSyncs);

      for (let failing = 1; failing <= syncsPerWrite; failing += 1) {
        for (const afterOperations of [0, 1, 5, 20, 1_000_000]) {
          const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
          const workbook = excelWorkbook(book.run, options);
          await workbook.writeOutputs(outputs(3, 'first'));
          const before = book.snapshot();
          book.failSyncNumber(book.syncCount + failing, { afterOperations });
          const attempt = workbook.writeOutputs(outputs(2, 'second'));
          await expect(attempt).rejects.toMatchObject({ name: 'ExcelWorkbookError' });
          // All or nothing: either the workbook is as before, or (the failure came after the
          // whole swap was applied) it is as a write that succeeded leaves it.
          const complete = book.sheet('Fordeling')?.values[1]?.[0] === 'second item 1';
          if (complete) {
            expect([failing, afterOperations]).toEqual([syncsPerWrite, 1_000_000]);
            expect(book.snapshot()).toBe(reference.snapshot());
          } else {
            expect(book.snapshot()).toBe(before);
          }
          expect(inputsOf(book)).toBe(inputsOf(reference));
        }
      }
    },
  );

  it('removes a half-built output and keeps inputs when the first write fails', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const before = book.snapshot();
    book.failSyncNumber(1, { afterOperations: 20 });
    await expect(excelWorkbook(book.run).writeOutputs(outputs())).rejects.toThrow();
    expect(book.snapshot()).toBe(before);
  });
});
