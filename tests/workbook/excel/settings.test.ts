/** The Settings input as the pane's form reads and writes it. */
import type { TableSheet } from '../../../src/engine/table';
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { excelWorkbook } from '../../../src/workbook/excel';
import { INPUT_SHEETS } from './fixtures';

/** Settings as a Swedish workbook names them, with a row Samkost does not know. */
const SWEDISH: TableSheet = {
  tableName: 'Settings',
  sheetName: 'Inställningar',
  headers: ['Inställning', 'Värde'],
  rows: [
    ['Valuta', 'SEK'],
    ['Planeringsår', 2027],
    ['Ansvarig', 'Åmål'],
    ['kalkylränta ', '3,5 %'],
  ],
};

describe('settings', () => {
  it('reads each setting under its English name, and an empty map without Settings', async () => {
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

  it('reads settings named in another language as the settings they are', async () => {
    const settings = await excelWorkbook(
      FakeWorkbook.fromTableSheets([SWEDISH]).run,
    ).readSettings();
    expect([...settings]).toEqual([
      ['Currency', 'SEK'],
      ['PlanningYear', 2027],
      ['DiscountRate', '3,5 %'],
    ]);
  });

  it('updates the rows that name a setting in any language, adding rows only for new ones', async () => {
    const book = FakeWorkbook.fromTableSheets([SWEDISH]);
    const workbook = excelWorkbook(book.run);
    await workbook.writeSettings(
      new Map<'Currency' | 'DiscountRate' | 'Language' | 'ScoreMax', string | number>([
        ['Currency', 'EUR'],
        ['DiscountRate', '4 %'],
        ['Language', 'sv'],
        ['ScoreMax', ''],
      ]),
      'sv',
    );
    expect(book.sheet('Inställningar')?.values).toEqual([
      ['Inställning', 'Värde'],
      ['Valuta', 'EUR'],
      ['Planeringsår', 2027],
      ['Ansvarig', 'Åmål'],
      ['kalkylränta ', '4 %'],
      ['Språk', 'sv'],
    ]);
    expect(book.sheet('Inställningar')?.tables).toEqual([{ name: 'Settings', range: 'A1:B6' }]);
    expect((await workbook.readSettings()).get('Language')).toBe('sv');
  });

  it('blanks an existing row when the value is cleared, and keeps text as typed', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run);
    await workbook.writeSettings(
      new Map<'Currency' | 'DiscountRate', string>([
        ['Currency', ''],
        ['DiscountRate', '4 %'],
      ]),
      'en',
    );
    expect(book.sheet('Innstillinger')?.values).toEqual([
      ['Setting', 'Value'],
      ['Currency', null],
      ['RoundTo', 1],
      ['DiscountRate', '4 %'],
    ]);
  });

  it('creates the Settings table, headed and named in the user’s language, when there is none', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS.slice(0, 1));
    await excelWorkbook(book.run).writeSettings(new Map([['PlanningYear', 2027]]), 'nb');
    expect(book.sheet('Innstillinger')?.values).toEqual([
      ['Innstilling', 'Verdi'],
      ['Planår', 2027],
    ]);
    expect(book.sheet('Innstillinger')?.tables.map((t) => t.name)).toEqual(['Settings']);
  });
});
