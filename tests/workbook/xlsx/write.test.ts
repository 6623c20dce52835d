import { existsSync, promises as fs, readdirSync } from 'fs';
import path from 'path';
import type { OutputTable } from '../../../src/engine/table';
import { openXlsx } from '../../../src/workbook/xlsx';
import { uniqueHeaders } from '../../../src/workbook/xlsx/sheetXml';
import { openZip, type ZipEntries } from '../../../src/workbook/xlsx/zip';
import { MUNICIPALITIES, Parts } from '../../fixtures/xlsx/packages';
import { temporaryFolder } from '../../fixtures/xlsx/folder';
import { allocation, riskFlags } from './outputs';
import { cellStyle, layout, sheetCells, writtenTables } from './readBack';

const folder = temporaryFolder('samkost-xlsx-write-');
afterAll(() => folder.remove());
const file = (name: string): string => path.join(folder.dir, name);

const priorities: OutputTable = {
  name: 'Priorities',
  sheetName: 'Prioriteringer',
  headers: ['ID', 'Poeng', 'Andel', 'År', 'Rang', 'Dato'],
  formats: ['text', 'decimal', 'percent', 'year', 'integer', 'date'],
  rows: [['P1', 72.5, 0.25, 2027, 1, 46000]],
};
const pcCharges: OutputTable = {
  name: 'PcCharges',
  sheetName: 'PC-avgifter',
  headers: ['Kommune', 'PC'],
  formats: ['text', 'integer'],
  rows: [['Vennesla', 900]],
};
const empty: OutputTable = { ...riskFlags, rows: [] };

async function inputFile(name: string): Promise<string> {
  const input = file(name);
  await fs.writeFile(input, Parts.tables([MUNICIPALITIES]).bytes());
  return input;
}

async function written(name: string, outputs: readonly OutputTable[]): Promise<ZipEntries> {
  const workbook = await openXlsx(await inputFile(`${name}.xlsx`));
  await workbook.writeOutputs(outputs);
  const out = file(`${name}.out.xlsx`);
  await workbook.save(out);
  return openZip(new Uint8Array(await fs.readFile(out)));
}

describe('an output sheet', () => {
  let zip: ZipEntries;
  beforeAll(async () => {
    zip = await written('sheet', [allocation, priorities, empty]);
  });
  const part = (n: number): string => `xl/worksheets/sheet${n}.xml`;

  test('holds one styled table with a filter, its columns named as its header cells', () => {
    expect(layout(zip)).toEqual({
      Kommuner: ['Municipalities'],
      Fordeling: ['Allocation'],
      Prioriteringer: ['Priorities'],
      Risiko: ['RiskFlags'],
    });
    const table = zip.text('xl/tables/table2.xml');
    expect(table).toContain('ref="A1:E4"');
    expect(table).toContain('<autoFilter ref="A1:E4"/>');
    expect(table).toContain('tableStyleInfo name="TableStyleMedium2"');
    const names = [...table.matchAll(/<tableColumn id="\d+" name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual(allocation.headers);
  });

  test('number formats follow each column’s format', () => {
    expect(
      ['B2', 'C2', 'D2', 'E2', 'F2'].map((ref) => cellStyle(zip, part(3), ref).format),
    ).toEqual(['#,##0.00', '0.0%', '0', '#,##0', 'yyyy-mm-dd']);
    expect(cellStyle(zip, part(2), 'C2').format).toBe('#,##0.00');
    expect(cellStyle(zip, part(2), 'A2').format).toBe('General');
  });

  test('the header row is frozen and columns are wide enough for their text', () => {
    const xml = zip.text(part(2));
    expect(xml).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    const width = Number(/<col min="1" max="1" width="([\d.]+)"/.exec(xml)?.[1]);
    expect(width).toBeGreaterThanOrEqual('=cmd|"/c calc"!A1'.length);
  });

  test('an empty output is a table with one blank row', () => {
    expect(zip.text('xl/tables/table4.xml')).toContain('ref="A1:F2"');
    expect(writtenTables(zip).find((t) => t.name === 'RiskFlags')?.values).toEqual([
      riskFlags.headers,
      [null, null, null, null, null, null],
    ]);
  });

  test('the severity colours are conditional formats on RiskFlags’ Severity column', async () => {
    const flagged = await written('flags', [riskFlags]);
    const xml = flagged.text(part(2));
    expect(xml).toMatch(
      /<conditionalFormatting sqref="D2:D2"><cfRule type="cellIs" dxfId="\d+" priority="1" operator="equal"><formula>"high"<\/formula>/,
    );
    expect(flagged.text('xl/styles.xml')).toContain('<bgColor rgb="FFFFC7CE"/>');
  });
});

describe('text stays text', () => {
  const tricky = [
    '=cmd|"/c calc"!A1',
    '+47 kontor',
    '-1',
    '@SUM(A1)',
    '  =1+1',
    '\u200B=1+1',
    '\uFF1D1+1',
    '007',
  ];
  const table: OutputTable = {
    name: 'Priorities',
    sheetName: 'Prioriteringer',
    headers: ['=Header', 'B'],
    formats: ['text', 'currency'],
    rows: tricky.map((text) => [text, text]),
  };
  let zip: ZipEntries;
  beforeAll(async () => {
    zip = await written('text', [table]);
  });

  test('formula-like text is a string cell, never a formula, in the body and the header', () => {
    const xml = zip.text('xl/worksheets/sheet2.xml');
    expect(xml).not.toContain('<f>');
    expect(writtenTables(zip)[1]?.values).toEqual([table.headers, ...table.rows]);
  });

  test('text Excel would re-read when edited carries its quote prefix', () => {
    const part = 'xl/worksheets/sheet2.xml';
    expect(cellStyle(zip, part, 'A1').quotePrefix).toBe(true);
    expect(cellStyle(zip, part, 'B1').quotePrefix).toBe(false);
    // Rows 2..5 and 9: `=`, `+`, `-`, `@` and a number-like text; in a currency column too.
    for (const row of [2, 3, 4, 5, 9]) {
      expect([cellStyle(zip, part, `A${row}`), cellStyle(zip, part, `B${row}`)]).toEqual([
        { format: 'General', quotePrefix: true },
        { format: '#,##0.00', quotePrefix: true },
      ]);
    }
  });
});

test('characters XML cannot hold and OOXML escapes survive', async () => {
  const odd = ['tab\there', 'bell\u0007', 'cr\r\nlf', 'literal _x0041_', 'emoji 😀', '  padded  '];
  const zip = await written('odd', [
    { ...pcCharges, headers: ['Kommune\nnavn', 'PC'], rows: odd.map((t) => [t, 1]) },
  ]);
  const values = writtenTables(zip)[1]?.values;
  expect(values).toEqual([['Kommune\nnavn', 'PC'], ...odd.map((t) => [t, 1])]);
  expect(zip.text('xl/tables/table2.xml')).toContain('name="Kommune_x000A_navn"');
});

test('the inputs and the user’s sheets read the same after the outputs are written', async () => {
  const input = await inputFile('inputs.xlsx');
  const workbook = await openXlsx(input);
  await workbook.writeOutputs([allocation]);
  const out = file('inputs.out.xlsx');
  await workbook.save(out);
  expect(await (await openXlsx(out)).readTables()).toEqual(
    await (await openXlsx(input)).readTables(),
  );
  const zip = openZip(new Uint8Array(await fs.readFile(out)));
  expect(sheetCells(zip, 'xl/worksheets/sheet1.xml').get('A2')).toBe('Vennesla');
});

describe('saving', () => {
  test('a failed save leaves neither the file nor a temporary file behind', async () => {
    const workbook = await openXlsx(await inputFile('save-fail.xlsx'));
    const missing = path.join(folder.dir, 'no-such-folder', 'out.xlsx');
    await expect(workbook.save(missing)).rejects.toThrow();
    expect(existsSync(missing)).toBe(false);
    expect(readdirSync(folder.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('saving over an earlier file replaces it whole', async () => {
    const out = file('save-over.xlsx');
    await fs.writeFile(out, 'an earlier file');
    const workbook = await openXlsx(await inputFile('save-over-in.xlsx'));
    await workbook.writeOutputs([pcCharges]);
    await workbook.save(out);
    expect(layout(openZip(new Uint8Array(await fs.readFile(out))))).toEqual({
      Kommuner: ['Municipalities'],
      'PC-avgifter': ['PcCharges'],
    });
    expect(readdirSync(folder.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('after a failed write nothing can be saved', async () => {
    const workbook = await openXlsx(await inputFile('broken.xlsx'));
    // Two outputs with the same table name: Excel table names must be unique.
    await expect(
      workbook.writeOutputs([pcCharges, { ...pcCharges, sheetName: 'PC' }]),
    ).rejects.toThrow();
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

describe('a risk flag’s Cell', () => {
  const linked: OutputTable = {
    ...riskFlags,
    rows: [
      ['municipality', 'Iveland', 'ZERO_KEY', 'low', 'Iveland has 0', 'Kommuner!C3'],
      ['proposal', 'P1', 'NO_OWNER', 'medium', 'No owner', "'Mine & tall'!B7"],
      ['system', 'Visma', 'NOT_FUNDED', 'low', 'Not funded', null],
    ],
    sources: ['Kommuner!C3', "'Mine & tall'!B7", null],
    linkColumn: 5,
  };
  const links = (xml: string): string[] =>
    [...xml.matchAll(/<hyperlink ([^>]*)\/>/g)].map((m) => m[1] ?? '');

  test('links to the cell it names, inside the workbook (no relationship)', async () => {
    const zip = await written('links', [linked]);
    const xml = zip.text('xl/worksheets/sheet2.xml');
    expect(links(xml)).toEqual([
      'ref="F2" location="Kommuner!C3" display="Kommuner!C3"',
      `ref="F3" location="'Mine &amp; tall'!B7" display="'Mine &amp; tall'!B7"`,
    ]);
    // After the validations and before the page margins, as the schema orders them.
    expect(xml.indexOf('<hyperlinks>')).toBeLessThan(xml.indexOf('<pageMargins'));
    const rels = 'xl/worksheets/_rels/sheet2.xml.rels';
    expect(zip.has(rels) ? zip.text(rels) : '').not.toContain('hyperlink');
  });

  test('a rerun replaces the links rather than adding to them', async () => {
    await written('relinks', [linked]);
    const workbook = await openXlsx(file('relinks.out.xlsx'));
    const fewer = { ...linked, rows: linked.rows.slice(1), sources: linked.sources?.slice(1) };
    await workbook.writeOutputs([fewer]);
    const out = file('relinks.again.xlsx');
    await workbook.save(out);
    const zip = openZip(new Uint8Array(await fs.readFile(out)));
    const sheets = zip.names.filter((n) => zip.text(n).includes('<hyperlinks>'));
    expect(sheets).toHaveLength(1);
    expect(links(zip.text(sheets[0] ?? ''))).toEqual([
      `ref="F2" location="'Mine &amp; tall'!B7" display="'Mine &amp; tall'!B7"`,
    ]);
  });
});
