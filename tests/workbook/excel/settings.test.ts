/** The Settings input as the pane's form reads and writes it. */
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { excelWorkbook } from '../../../src/workbook/excel';
import { INPUT_SHEETS } from './fixtures';

describe('settings', () => {
  it('reads Setting → Value, and an empty map without Settings', async () => {
    const settings = await excelWorkbook(
      FakeWorkbook.fromTableSheets(INPUT_SHEETS).run,
    ).readSettings();
    expect([...settings]).toEqual([
      ['Currency', 'NOK'],
      ['RoundTo', 1],
    ]);
    const none = await excelWorkbook(FakeWorkbook.fromTableSheets([]).run).readSettings();
    expect(none.size).toBe(0);
  });

  it('updates existing rows by name, appends new ones, and keeps text as typed', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run);
    await workbook.writeSettings(
      new Map<string, string | number>([
        ['currency', 'SEK'],
        ['DiscountRate', '4 %'],
        ['Language', ''],
      ]),
    );
    expect(book.sheet('Innstillinger')?.values).toEqual([
      ['Setting', 'Value'],
      ['Currency', 'SEK'],
      ['RoundTo', 1],
      ['DiscountRate', '4 %'],
    ]);
    expect(book.sheet('Innstillinger')?.tables).toEqual([{ name: 'Settings', range: 'A1:B4' }]);
    expect((await workbook.readSettings()).get('DiscountRate')).toBe('4 %');
  });

  it('creates the Settings table when the workbook has none', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS.slice(0, 1));
    await excelWorkbook(book.run).writeSettings(new Map([['PlanningYear', 2027]]));
    expect(book.sheet('Settings')?.values).toEqual([
      ['Setting', 'Value'],
      ['PlanningYear', 2027],
    ]);
    expect(book.sheet('Settings')?.tables.map((t) => t.name)).toEqual(['Settings']);
  });
});
