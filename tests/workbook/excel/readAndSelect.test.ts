/** Reading inputs (tables and the worksheet fallback), selecting cells, inserting tables. */
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { countingRun, excelWorkbook } from '../../../src/workbook/excel';
import { INPUT_SHEETS } from './fixtures';

/** A workbook whose `Budget` sheet is plain cells (no table), starting at B3 after a blank row. */
async function withBudgetSheet(): Promise<FakeWorkbook> {
  const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
  await book.run(async (context) => {
    const sheet = context.workbook.worksheets.add('Budget');
    sheet.getRange('B3:C5').values = [
      ['Year', 'Investment'],
      [2026, 500000],
      ['', ''],
    ];
    sheet.getRange('B6:C6').values = [[2027, '#N/A']];
    await context.sync();
  });
  return book;
}

describe('readTables', () => {
  it('reads a sheet without a table through the fallback: first non-empty row is the header', async () => {
    const tables = await excelWorkbook((await withBudgetSheet()).run).readTables();
    expect(tables.Budget?.headers.map((h) => [h.value, h.address])).toEqual([
      ['Year', 'Budget!B3'],
      ['Investment', 'Budget!C3'],
    ]);
    expect(tables.Budget?.rows.map((r) => r.map((c) => c.address))).toEqual([
      ['Budget!B4', 'Budget!C4'],
      ['Budget!B6', 'Budget!C6'],
    ]);
  });

  it('hands over error values as { error } and empty cells as null', async () => {
    const book = FakeWorkbook.fromTableSheets([
      {
        tableName: 'Municipalities',
        sheetName: 'M',
        headers: ['Municipality', 'Population'],
        rows: [
          ['A', null],
          ['B', 3],
        ],
      },
    ]);
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('M').getRange('B3').values = [['=1/0']];
      await context.sync();
    });
    const tables = await excelWorkbook(book.run).readTables();
    expect(tables.Municipalities?.rows.map((r) => r[1]?.value)).toEqual([
      null,
      { error: '#NAME?' },
    ]);
  });

  it('tells an error value from text that reads the same, asking Excel only about such text', async () => {
    const sheet = {
      tableName: 'Municipalities',
      sheetName: 'M',
      headers: ['Municipality', 'Note'],
      rows: [
        ['A', 'plain'],
        ['B', '#N/A'],
        ['C', '#REF! in the text'],
        ['D', 'placeholder'],
      ],
    };
    const book = FakeWorkbook.fromTableSheets([sheet]);
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('M').getRange('B2').values = [['=1/0']];
      await context.sync();
    });
    // An error value as Spanish Excel shows it.
    const spanish = book.state.sheetByKey('M');
    if (!spanish) throw new Error('fixture');
    book.state.cell(spanish, 4, 1).value = { error: '#¡VALOR!' };
    const counted = countingRun(book.run);
    const tables = await excelWorkbook(counted.run).readTables();
    expect(tables.Municipalities?.rows.map((r) => r[1]?.value)).toEqual([
      { error: '#NAME?' },
      '#N/A',
      '#REF! in the text',
      { error: '#¡VALOR!' },
    ]);
    // Two syncs to read, one more for the three cells whose text reads like an error value.
    expect(counted.syncs()).toBe(3);
    const plain = countingRun(FakeWorkbook.fromTableSheets([{ ...sheet, rows: [['A', 'x']] }]).run);
    await excelWorkbook(plain.run).readTables();
    expect(plain.syncs()).toBe(2);
  });

  it('drops a table’s completely blank rows (a new table’s empty row)', async () => {
    const book = FakeWorkbook.fromTableSheets([
      { tableName: 'Costs', sheetName: 'Costs', headers: ['Item', 'Amount'], rows: [] },
    ]);
    const tables = await excelWorkbook(book.run).readTables();
    expect(tables.Costs?.rows).toEqual([]);
    expect(tables.Costs?.headers.map((h) => h.value)).toEqual(['Item', 'Amount']);
  });

  it('finds tables by name whatever their case, and ignores unknown tables', async () => {
    const book = FakeWorkbook.fromTableSheets([
      { tableName: 'municipalities', sheetName: 'Ark1', headers: ['Kommune'], rows: [['A']] },
      { tableName: 'Notes', sheetName: 'Ark2', headers: ['Note'], rows: [['x']] },
    ]);
    const tables = await excelWorkbook(book.run).readTables();
    expect(Object.keys(tables)).toEqual(['Municipalities']);
    expect(tables.Municipalities?.name).toBe('municipalities');
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell, quoted sheet names included', async () => {
    const book = FakeWorkbook.fromTableSheets([
      ...INPUT_SHEETS,
      { tableName: 'Budget', sheetName: "Kari's budget", headers: ['Year'], rows: [[2026]] },
    ]);
    const workbook = excelWorkbook(book.run);
    await workbook.selectCell("'Kari''s budget'!A2");
    expect(book.selection).toEqual({ sheet: "Kari's budget", address: 'A2' });
    expect(book.activeSheet).toBe("Kari's budget");
    await workbook.selectCell('Kostnader!B3');
    expect(book.selection).toEqual({ sheet: 'Kostnader', address: 'B3' });
  });

  it('selects a table’s header row for a missing column (Table[Column])', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    await excelWorkbook(book.run).selectCell('Costs[Kind]');
    expect(book.selection).toEqual({ sheet: 'Kostnader', address: 'A1:C1' });
  });

  it('fails with itemNotFound for a sheet that is not there', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    await expect(excelWorkbook(book.run).selectCell('Gone!A1')).rejects.toMatchObject({
      reason: 'itemNotFound',
    });
    await expect(excelWorkbook(book.run).selectCell('Proposals')).rejects.toMatchObject({
      reason: 'itemNotFound',
    });
  });
});

describe('insertTableSheets', () => {
  const template = [
    { tableName: 'Municipalities', sheetName: 'Kommuner', headers: ['Kommune'], rows: [] },
    {
      tableName: 'Costs',
      sheetName: 'Kostnader 2',
      headers: ['Post', 'Beløp', 'Art'],
      rows: [['=not a formula', 100, 'årlig']],
      formats: ['text', 'currency', 'text'] as const,
      validations: [{ column: 2, list: ['engang', 'årlig'] }],
    },
    {
      tableName: 'Proposals',
      sheetName: 'Tiltak',
      headers: ['ID', 'Tittel', 'Lovpålagt'],
      rows: [],
      validations: [{ column: 2, list: ['ja', 'nei'] }],
    },
  ];

  it('adds new tables, skips existing tables and sheets, adds drop-downs where supported', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS.slice(0, 1));
    const workbook = excelWorkbook(book.run, { isSetSupported: () => true });
    const result = await workbook.insertTableSheets(template);
    expect(result).toEqual({
      created: ['Kostnader 2', 'Tiltak'],
      skipped: ['Kommuner'],
      blocked: [],
    });
    const costs = book.sheet('Kostnader 2');
    expect(costs?.tables).toEqual([{ name: 'Costs', range: 'A1:C2' }]);
    expect(costs?.values[1]).toEqual(['=not a formula', 100, 'årlig']);
    expect(costs?.numberFormats[1]?.[1]).toBe('#,##0.00');
    expect(book.sheet('Tiltak')?.validations).toEqual([
      { range: 'C2', rule: { list: { inCellDropDown: true, source: 'ja,nei' } } },
    ]);
  });

  it('adds no drop-downs where ExcelApi 1.8 is missing', async () => {
    const book = FakeWorkbook.fromTableSheets([]);
    await excelWorkbook(book.run, { isSetSupported: () => false }).insertTableSheets(template);
    expect(book.sheet('Tiltak')?.validations).toEqual([]);
  });

  it('removes the sheets it added when the batch fails', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS.slice(0, 1));
    const before = book.snapshot();
    book.failSyncNumber(2, { afterOperations: 12 });
    await expect(
      excelWorkbook(book.run, { isSetSupported: () => true }).insertTableSheets(template),
    ).rejects.toMatchObject({ reason: 'failed' });
    expect(book.snapshot()).toBe(before);
  });

  describe('the sample into a workbook with input tables', () => {
    const sample = [
      {
        tableName: 'Municipalities',
        sheetName: 'Kommuner',
        headers: ['Kommune', 'Innbyggere', 'Antall PC', 'Driftsstøtte'],
        rows: [
          ['Arendal', 45672, 2100, 3],
          ['Risør', 6800, 310, 1],
        ],
      },
      { tableName: 'Budget', sheetName: 'Budsjett', headers: ['År'], rows: [[2026]] },
      { tableName: 'Settings', sheetName: 'Innstillinger', headers: ['Innstilling'], rows: [] },
    ];
    /** What *Create input tables* leaves in English: empty tables, Settings with its defaults. */
    const created = () =>
      FakeWorkbook.fromTableSheets([
        { tableName: 'SamkostInstructions', sheetName: 'Instructions', headers: ['How'], rows: [] },
        {
          tableName: 'Municipalities',
          sheetName: 'Municipalities',
          headers: ['Municipality', 'Population', 'PCs', 'Budget'],
          rows: [],
        },
        { tableName: 'Budget', sheetName: 'Budget', headers: ['Year', 'Investment'], rows: [] },
        {
          tableName: 'Settings',
          sheetName: 'Settings',
          headers: ['Setting', 'Value'],
          rows: [['Currency', 'NOK']],
        },
      ]);

    it('fills tables still empty in place, keeping their sheets’ names and order', async () => {
      const book = created();
      const result = await excelWorkbook(book.run).insertTableSheets(sample, { fillEmpty: true });
      expect(result).toEqual({
        created: ['Municipalities', 'Budget'],
        skipped: ['Settings'],
        blocked: [],
      });
      expect(book.sheetNames()).toEqual(['Instructions', 'Municipalities', 'Budget', 'Settings']);
      const municipalities = book.sheet('Municipalities');
      expect(municipalities?.values).toEqual([sample[0]?.headers, ...(sample[0]?.rows ?? [])]);
      expect(municipalities?.tables).toEqual([{ name: 'Municipalities', range: 'A1:D3' }]);
      expect(book.sheet('Settings')?.values).toEqual([
        ['Setting', 'Value'],
        ['Currency', 'NOK'],
      ]);
    });

    it('says what stops it: columns of the user’s own, or more on the sheet than the table', async () => {
      const book = created();
      await book.run(async (context) => {
        context.workbook.worksheets.getItem('Municipalities').getRange('E1').values = [['Notes']];
        context.workbook.worksheets.getItem('Budget').getRange('D4').values = [['keep me']];
        await context.sync();
      });
      const before = book.snapshot();
      const result = await excelWorkbook(book.run).insertTableSheets(sample, { fillEmpty: true });
      expect(result.blocked).toEqual([
        { sheet: 'Municipalities', reason: 'cells', detail: 'Municipalities!A1:E1' },
        { sheet: 'Budget', reason: 'cells', detail: 'Budget!A1:D4' },
      ]);
      expect(book.snapshot()).toBe(before);
    });

    it('leaves an empty table whose headers the contract does not name', async () => {
      const book = FakeWorkbook.fromTableSheets([
        { tableName: 'Budget', sheetName: 'Budget', headers: ['Year', 'Notes'], rows: [] },
      ]);
      const result = await excelWorkbook(book.run).insertTableSheets(sample, { fillEmpty: true });
      expect(result.blocked).toEqual([{ sheet: 'Budget', reason: 'columns', detail: 'Notes' }]);
      expect(result.created).toEqual(['Kommuner', 'Innstillinger']);
    });
  });
});
