import { existsSync, promises as fs, readdirSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { OutputTable } from '../../../src/engine/table';
import { openXlsx } from '../../../src/workbook/xlsx';
import { uniqueHeaders } from '../../../src/workbook/xlsx/tableSheet';
import { tablesOf } from '../../../src/workbook/xlsx/tables';
import {
  addTable,
  makeExcelStyle,
  partNames,
  partText,
  temporaryFolder,
  writeWorkbook,
} from './fixtures';

const folder = temporaryFolder('samkost-xlsx-write-');
afterAll(() => folder.remove());
const file = (name: string): string => path.join(folder.dir, name);

const allocation: OutputTable = {
  name: 'Allocation',
  sheetName: 'Fordeling',
  headers: ['Post', 'Kilde', 'Beløp', 'Vennesla', 'Iveland'],
  formats: ['text', 'text', 'currency', 'currency', 'currency'],
  rows: [
    ['Felles drift', 'cost', 1000, 916.1, 83.9],
    ['=cmd|"/c calc"!A1', 'cost', 10, 5, 5],
    ['+47 kontor', 'cost', 0, 0, 0],
  ],
};
const priorities: OutputTable = {
  name: 'Priorities',
  sheetName: 'Prioriteringer',
  headers: ['ID', 'Poeng', 'Andel', 'År', 'Rang'],
  formats: ['text', 'decimal', 'percent', 'year', 'integer'],
  rows: [['P1', 72.5, 0.25, 2027, 1]],
};
const pcCharges: OutputTable = {
  name: 'PcCharges',
  sheetName: 'PC-avgifter',
  headers: ['Kommune', 'PC'],
  formats: ['text', 'integer'],
  rows: [['Vennesla', 900]],
};
const riskFlags: OutputTable = {
  name: 'RiskFlags',
  sheetName: 'Risiko',
  headers: ['Omfang', 'Gjelder', 'Kode', 'Alvor', 'Melding', 'Celle'],
  formats: ['text', 'text', 'text', 'text', 'text', 'text'],
  rows: [],
};

/** Sheet names in order, and each sheet's table names. */
async function layout(file: string): Promise<Record<string, string[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return Object.fromEntries(
    workbook.worksheets.map((w) => [w.name, tablesOf(w).map((t) => t.name)]),
  );
}

async function sheetOf(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

async function baseWorkbook(name: string): Promise<string> {
  const input = file(name);
  await writeWorkbook(input, (workbook) => {
    addTable(
      workbook,
      'Kommuner',
      'Municipalities',
      ['Kommune', 'Innbyggere'],
      [
        ['Vennesla', 12703],
        ['Iveland', 1161],
      ],
    );
    // An input sheet that happens to carry an output's localised sheet name.
    const notes = workbook.addWorksheet('Fordeling');
    notes.getCell('A1').value = 'Our own notes on the split';
  });
  return input;
}

describe('writing outputs', () => {
  let output: string;
  let input: string;
  beforeAll(async () => {
    input = await baseWorkbook('write-base.xlsx');
    output = file('write-base.samkost.xlsx');
    const workbook = await openXlsx(input);
    await workbook.writeOutputs([allocation, priorities, riskFlags]);
    await workbook.save(output);
  });

  test('each output is a real table on its own sheet; no sheet is overwritten', async () => {
    expect(await layout(output)).toEqual({
      Kommuner: ['Municipalities'],
      Fordeling: [],
      'Fordeling (2)': ['Allocation'],
      Prioriteringer: ['Priorities'],
      Risiko: ['RiskFlags'],
    });
    const table = await partText(output, 'xl/tables/table2.xml');
    expect(table).toContain('name="Allocation"');
    expect(table).toContain('headerRowCount="1"');
    expect(table).toMatch(/tableStyleInfo name="TableStyleMedium2"/);
  });

  test('headers, values and number formats per column format', async () => {
    const sheet = await sheetOf(output, 'Prioriteringer');
    expect(sheet.getRow(1).values).toEqual([undefined, 'ID', 'Poeng', 'Andel', 'År', 'Rang']);
    expect(sheet.getRow(2).values).toEqual([undefined, 'P1', 72.5, 0.25, 2027, 1]);
    expect([2, 3, 4, 5].map((c) => sheet.getCell(2, c).numFmt)).toEqual([
      '#,##0.00',
      '0.0%',
      '0',
      '#,##0',
    ]);
    expect((await sheetOf(output, 'Fordeling (2)')).getCell('C2').numFmt).toBe('#,##0.00');
  });

  test('the header row is frozen and columns are wide enough for their text', async () => {
    const sheet = await sheetOf(output, 'Fordeling (2)');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual('=cmd|"/c calc"!A1'.length);
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(8);
  });

  test('text that looks like a formula is written as text, never as a formula', async () => {
    const sheet = await sheetOf(output, 'Fordeling (2)');
    expect(sheet.getCell('A3').value).toBe('=cmd|"/c calc"!A1');
    expect(sheet.getCell('A4').value).toBe('+47 kontor');
    const xml = await partText(output, 'xl/worksheets/sheet3.xml');
    expect(xml).not.toContain('<f>');
  });

  test('an empty output is a table with one blank row', async () => {
    const sheet = await sheetOf(output, 'Risiko');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Omfang',
      'Gjelder',
      'Kode',
      'Alvor',
      'Melding',
      'Celle',
    ]);
    expect(await partText(output, 'xl/tables/table4.xml')).toContain('ref="A1:F2"');
  });

  test('the inputs read the same after the outputs are written', async () => {
    const before = await (await openXlsx(input)).readTables();
    const after = await (await openXlsx(output)).readTables();
    expect(after).toEqual(before);
    expect((await sheetOf(output, 'Fordeling')).getCell('A1').value).toBe(
      'Our own notes on the split',
    );
  });

  test('a re-run replaces every earlier output, and only the outputs', async () => {
    const rerun = file('write-base.rerun.xlsx');
    const workbook = await openXlsx(output);
    await workbook.writeOutputs([{ ...priorities, rows: [['P9', 10, 0.1, 2028, 1]] }, pcCharges]);
    await workbook.save(rerun);
    expect(await layout(rerun)).toEqual({
      Kommuner: ['Municipalities'],
      Fordeling: [],
      Prioriteringer: ['Priorities'],
      'PC-avgifter': ['PcCharges'],
    });
    expect((await sheetOf(rerun, 'Prioriteringer')).getCell('A2').value).toBe('P9');
    expect(await (await openXlsx(rerun)).readTables()).toEqual(
      await (await openXlsx(input)).readTables(),
    );
  });
});

test('an output table on a sheet shared with an input is removed with its cells', async () => {
  const input = file('shared.xlsx');
  await writeWorkbook(input, (workbook) => {
    const sheet = addTable(workbook, 'Data', 'Municipalities', ['Kommune'], [['Vennesla']]);
    sheet.addTable({
      name: 'Allocation',
      ref: 'D1',
      headerRow: true,
      style: { theme: 'TableStyleLight1' },
      columns: [{ name: 'Old' }],
      rows: [['stale']],
    });
  });
  const out = file('shared.out.xlsx');
  const workbook = await openXlsx(input);
  await workbook.writeOutputs([allocation]);
  await workbook.save(out);
  expect(await layout(out)).toEqual({ Data: ['Municipalities'], Fordeling: ['Allocation'] });
  const data = await sheetOf(out, 'Data');
  expect([data.getCell('D1').value, data.getCell('D2').value]).toEqual([null, null]);
  expect(data.getCell('A2').value).toBe('Vennesla');
});

describe('an Excel-style file survives read → write → re-read', () => {
  // Excel leaves headerRowCount out, a table may have no style, and some tools write absolute
  // relationship targets: exceljs 4.4 misreads all three unless the adapter repairs them.
  test('the user tables keep their header rows, values and names', async () => {
    const input = file('excel-style.xlsx');
    await writeWorkbook(input, (workbook) => {
      addTable(
        workbook,
        'Kommuner',
        'Municipalities',
        ['Kommune', 'Innbyggere'],
        [
          ['Vennesla', 12703],
          ['Iveland', 1161],
        ],
      );
      addTable(workbook, 'Kostnader', 'Costs', ['Post', 'Beløp'], [['Drift', 1000]]);
    });
    await makeExcelStyle(input);
    expect(await partText(input, 'xl/tables/table1.xml')).not.toContain('headerRowCount');
    expect(await partText(input, '_rels/.rels')).toContain('Target="/xl/workbook.xml"');

    const before = await (await openXlsx(input)).readTables();
    const out = file('excel-style.out.xlsx');
    const workbook = await openXlsx(input);
    await workbook.writeOutputs([allocation]);
    await workbook.save(out);

    for (const part of ['xl/tables/table1.xml', 'xl/tables/table2.xml']) {
      expect(await partText(out, part)).not.toContain('headerRowCount="0"');
    }
    const after = await (await openXlsx(out)).readTables();
    expect(after).toEqual(before);
    expect(after.Municipalities?.headers.map((h) => h.value)).toEqual(['Kommune', 'Innbyggere']);
    expect(after.Costs?.rows.map((r) => r.map((c) => c.value))).toEqual([['Drift', 1000]]);
    // Plain exceljs reads the written file's tables with their header rows too.
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.readFile(out);
    const kommuner = plain.getWorksheet('Kommuner');
    expect(kommuner && tablesOf(kommuner).map((t) => t.headerRow)).toEqual([true]);
  });
});

describe('saving', () => {
  test('a failed save leaves neither the file nor a temporary file behind', async () => {
    const workbook = await openXlsx(await baseWorkbook('save-fail.xlsx'));
    const missing = path.join(folder.dir, 'no-such-folder', 'out.xlsx');
    await expect(workbook.save(missing)).rejects.toThrow();
    expect(existsSync(missing)).toBe(false);
    expect(readdirSync(folder.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('saving over an earlier file replaces it whole', async () => {
    const out = file('save-over.xlsx');
    await fs.writeFile(out, 'an earlier file');
    const workbook = await openXlsx(await baseWorkbook('save-over-in.xlsx'));
    await workbook.writeOutputs([pcCharges]);
    await workbook.save(out);
    expect(await partNames(out)).toContain('xl/workbook.xml');
    expect(readdirSync(folder.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('after a failed write nothing can be saved', async () => {
    const workbook = await openXlsx(await baseWorkbook('broken.xlsx'));
    const bad: OutputTable = { ...pcCharges, sheetName: 'PC', name: 'PcCharges' };
    // Two outputs with the same table name: Excel table names must be unique.
    await expect(workbook.writeOutputs([pcCharges, bad])).rejects.toThrow();
    const out = file('broken.out.xlsx');
    await expect(workbook.save(out)).rejects.toThrow();
    expect(existsSync(out)).toBe(false);
  });
});

test('table headers are made non-blank and unique, as Excel requires', () => {
  // A municipality named like another column (case aside) must not corrupt the table.
  expect(uniqueHeaders(['Item', 'item', '', 'Item (2)', 'Item'])).toEqual([
    'Item',
    'item (2)',
    'Column3',
    'Item (2) (2)',
    'Item (3)',
  ]);
});
