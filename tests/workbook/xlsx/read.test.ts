import path from 'path';
import { canonicalColumn } from '../../../src/engine/parse/headers';
import type { Cell, InputTable } from '../../../src/engine/table';
import { openXlsx } from '../../../src/workbook/xlsx';
import { addTable, makeExcelStyle, temporaryFolder, writeWorkbook } from './fixtures';

const folder = temporaryFolder('samkost-xlsx-read-');
afterAll(() => folder.remove());
const file = (name: string): string => path.join(folder.dir, name);

const values = (table: InputTable | undefined): unknown[][] =>
  (table?.rows ?? []).map((row) => row.map((cell: Cell) => cell.value));
const headerTexts = (table: InputTable | undefined): unknown[] =>
  (table?.headers ?? []).map((cell) => cell.value);

describe('finding the inputs', () => {
  const input = file('find.xlsx');
  beforeAll(() =>
    writeWorkbook(input, (workbook) => {
      // Table names are matched case-insensitively; headers arrive as the user wrote them.
      addTable(
        workbook,
        'Kommuner',
        'MUNICIPALITIES',
        ['Kommune', 'Innbyggere', 'Antall PC'],
        [
          ['Vennesla', 12703, 900],
          ['Iveland', 1161, 80],
        ],
      );
      // A sheet named like an input (any case), with its header row below a blank row and right
      // of a blank column, a gap in the data and formatting left below it.
      const costs = workbook.addWorksheet('costs');
      costs.getCell('B3').value = 'Post';
      costs.getCell('C3').value = 'Beløp';
      costs.getCell('B4').value = 'Felles drift';
      costs.getCell('C4').value = 1000;
      costs.getCell('B6').value = 'Lisenser';
      costs.getCell('C6').value = 250;
      costs.getCell('E9').numFmt = '0.00';
      // A Budget table and a Budget sheet: the table wins.
      addTable(workbook, 'Plan', 'Budget', ['Year', 'Investment'], [[2027, 100]]);
      const budgetSheet = workbook.addWorksheet('Budget');
      budgetSheet.getCell('A1').value = 'Year';
      budgetSheet.getCell('A2').value = 1999;
      // Not a contract input: ignored.
      addTable(workbook, 'Notes', 'Notes', ['Text'], [['hello']]);
    }),
  );

  test('a table is found by its name in any case, with headers as written', async () => {
    const tables = await (await openXlsx(input)).readTables();
    const municipalities = tables.Municipalities;
    expect(municipalities?.name).toBe('MUNICIPALITIES');
    expect(municipalities?.sheet).toBe('Kommuner');
    expect(headerTexts(municipalities)).toEqual(['Kommune', 'Innbyggere', 'Antall PC']);
    expect(
      municipalities?.headers.map((h) => canonicalColumn('Municipalities', String(h.value))),
    ).toEqual(['Municipality', 'Population', 'PCs']);
    expect(values(municipalities)).toEqual([
      ['Vennesla', 12703, 900],
      ['Iveland', 1161, 80],
    ]);
    expect(municipalities?.rows[1]?.[2]?.address).toBe('Kommuner!C3');
  });

  test('a sheet named like an input is read from its first non-empty row', async () => {
    const tables = await (await openXlsx(input)).readTables();
    const costs = tables.Costs;
    expect(costs?.sheet).toBe('costs');
    expect(headerTexts(costs)).toEqual(['Post', 'Beløp']);
    expect(costs?.headers[0]?.address).toBe('costs!B3');
    expect(values(costs)).toEqual([
      ['Felles drift', 1000],
      ['Lisenser', 250],
    ]);
    expect(costs?.rows[1]?.map((c) => c.address)).toEqual(['costs!B6', 'costs!C6']);
  });

  test('a table wins over a sheet of the same name; other tables are ignored', async () => {
    const tables = await (await openXlsx(input)).readTables();
    expect(tables.Budget?.sheet).toBe('Plan');
    expect(values(tables.Budget)).toEqual([[2027, 100]]);
    expect(Object.keys(tables).sort()).toEqual(['Budget', 'Costs', 'Municipalities']);
  });
});

describe('cell values', () => {
  const input = file('values.xlsx');
  beforeAll(() =>
    writeWorkbook(input, (workbook) => {
      addTable(
        workbook,
        'Systemer',
        'Systems',
        ['System', 'ContractExpiry', 'LicenceCost', 'Owner'],
        [
          ['Sak/arkiv', new Date(Date.UTC(2026, 2, 31)), { formula: '1000*2', result: 2000 }, true],
          [
            { richText: [{ text: 'Økonomi' }, { text: 'system', font: { bold: true } }] },
            { error: '#REF!' },
            { sharedFormula: 'C2', result: 10 },
            { text: 'Kari', hyperlink: 'mailto:kari@example.no' },
          ],
          ['Lønn', null, { formula: 'C2/0', result: { error: '#DIV/0!' } }, ''],
          // A blank row inside the table (a new table's empty row) is dropped.
          [null, null, null, null],
        ],
      );
    }),
  );

  test('dates, rich text, formulas, hyperlinks and errors arrive as the engine wants them', async () => {
    const tables = await (await openXlsx(input)).readTables();
    expect(values(tables.Systems)).toEqual([
      // 2026-03-31 is Excel serial 46112 (1900 date system).
      ['Sak/arkiv', 46112, 2000, true],
      ['Økonomisystem', { error: '#REF!' }, 10, 'Kari'],
      ['Lønn', null, { error: '#DIV/0!' }, null],
    ]);
  });

  test('the same values arrive from a file written the way Excel writes it', async () => {
    const excelStyle = file('values-excel-style.xlsx');
    await writeWorkbook(excelStyle, (workbook) => {
      addTable(workbook, 'Systemer', 'Systems', ['System', 'LicenceCost'], [['Sak/arkiv', 2000]]);
    });
    await makeExcelStyle(excelStyle);
    const tables = await (await openXlsx(excelStyle)).readTables();
    expect(headerTexts(tables.Systems)).toEqual(['System', 'LicenceCost']);
    expect(values(tables.Systems)).toEqual([['Sak/arkiv', 2000]]);
  });
});

describe('tables with a totals row and merged cells on a fallback sheet', () => {
  const input = file('totals.xlsx');
  beforeAll(() =>
    writeWorkbook(input, (workbook) => {
      const sheet = workbook.addWorksheet('Kostnader');
      sheet.addTable({
        name: 'Costs',
        ref: 'B2',
        headerRow: true,
        totalsRow: true,
        style: { theme: 'TableStyleLight1' },
        columns: [
          { name: 'Item', totalsRowLabel: 'Sum' },
          { name: 'Amount', totalsRowFunction: 'sum' },
        ],
        rows: [
          ['Drift', 100],
          ['Lisenser', 50],
        ],
      });
      const scores = workbook.addWorksheet('Scores');
      scores.getCell('A1').value = 'Proposal';
      scores.getCell('B1').value = 'Scorer';
      scores.getCell('A2').value = 'P1';
      scores.getCell('B2').value = 'Kari';
      scores.getCell('A3').value = 'P2';
      scores.mergeCells('A3:B3');
    }),
  );

  test('the totals row is not data', async () => {
    const tables = await (await openXlsx(input)).readTables();
    expect(tables.Costs?.headers[0]?.address).toBe('Kostnader!B2');
    expect(values(tables.Costs)).toEqual([
      ['Drift', 100],
      ['Lisenser', 50],
    ]);
  });

  test('the hidden cells of a merge are blank, not copies of its first cell', async () => {
    const tables = await (await openXlsx(input)).readTables();
    expect(values(tables.Scores)).toEqual([
      ['P1', 'Kari'],
      ['P2', null],
    ]);
  });
});

test('a file that is not an .xlsx package is refused with an error', async () => {
  const text = file('not-a-workbook.xlsx');
  await import('fs').then((fs) => fs.promises.writeFile(text, 'Kommune;Innbyggere\n'));
  await expect(openXlsx(text)).rejects.toThrow();
});
