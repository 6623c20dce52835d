/**
 * The Office.js adapter against the preview's fake Excel: what the preview shows is what the
 * adapter does. Outputs replace outputs, inputs stay byte for byte, and a failure at any sync
 * leaves the workbook as it was.
 */
import { FakeWorkbook } from '../../src/preview/fakeExcel';
import { excelWorkbook } from '../../src/workbook/excel';
import { INPUT_SHEETS, outputs, typeCells } from '../workbook/excel/fixtures';

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
  // is replaced whole (1 sync to survey, 1 to build and swap). On ExcelApi 1.7 it cannot tell,
  // so the tables are rewritten in place (one more sync keeps what they held). A note under
  // Allocation moves the growing table to a new sheet and removes the old one; Totals, no longer
  // written, goes with its sheet or (on 1.7) from its sheet. With a 300-byte budget the values
  // take several requests, and the swap rides on the last of them.
  const EVERY_SET = (): boolean => true;
  const ONLY_1_7 = (): boolean => false;
  const plain = { note: false, second: outputs(2, 'second') };
  const moving = {
    note: true,
    second: outputs(10, 'second').filter((output) => output.name !== 'Totals'),
  };
  it.each([
    ['sheets replaced whole', plain, EVERY_SET, undefined, 2],
    ['sheets replaced whole, several requests', plain, EVERY_SET, 300, 4],
    ['tables rewritten in place', plain, ONLY_1_7, undefined, 3],
    ['tables rewritten in place, several requests', plain, ONLY_1_7, 300, 9],
    ['a table moved, a sheet deleted', moving, EVERY_SET, undefined, 3],
    ['a table moved, a table removed', moving, ONLY_1_7, undefined, 3],
    ['a table moved, a table removed, several requests', moving, ONLY_1_7, 300, 10],
  ])(
    'leaves the previous outputs, their records and the inputs intact when any sync of a write fails (%s)',
    async (_, scenario, isSetSupported, payloadBudget, expectedSyncs) => {
      const options = { payloadBudget, isSetSupported };
      const firstWrite = async (book: FakeWorkbook): Promise<void> => {
        await excelWorkbook(book.run, options).writeOutputs(outputs(3, 'first'));
        if (scenario.note) await typeCells(book, 'Fordeling', 'A7', [['Note']]);
      };
      const reference = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
      await firstWrite(reference);
      const start = reference.syncCount;
      await excelWorkbook(reference.run, options).writeOutputs(scenario.second);
      const syncsPerWrite = reference.syncCount - start;
      expect(syncsPerWrite).toBe(expectedSyncs);
      const written = reference.snapshot();

      for (let failing = 1; failing <= syncsPerWrite; failing += 1) {
        for (const afterOperations of [0, 1, 5, 20, 1_000_000]) {
          const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
          await firstWrite(book);
          const before = book.snapshot();
          book.failSyncNumber(book.syncCount + failing, { afterOperations });
          const attempt = excelWorkbook(book.run, options).writeOutputs(scenario.second);
          if (failing === 1) {
            // The survey only reads: a refused survey is asked again, and the write goes through.
            await attempt;
            expect(book.snapshot()).toBe(written);
            continue;
          }
          await expect(attempt).rejects.toMatchObject({ name: 'ExcelWorkbookError' });
          // All or nothing: either the workbook is as before, or (the failure came after the
          // whole swap was applied) it is as a write that succeeded leaves it.
          const after = book.snapshot();
          if (after === written) {
            expect([failing, afterOperations]).toEqual([syncsPerWrite, 1_000_000]);
          } else {
            expect(after).toBe(before);
          }
          expect(inputsOf(book)).toBe(inputsOf(reference));
        }
      }
    },
  );

  it('removes a half-built output and keeps inputs when the first write fails', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const before = book.snapshot();
    // Sync 1 is the survey (asked again when refused); sync 2 builds the outputs.
    book.failSyncNumber(2, { afterOperations: 20 });
    await expect(excelWorkbook(book.run).writeOutputs(outputs())).rejects.toThrow();
    expect(book.snapshot()).toBe(before);
  });
});
