/**
 * Reading workbooks laid out the way Excel and LibreOffice write them (hand-written parts, see
 * tests/fixtures/xlsx/parts.ts): namespace prefixes, absolute targets, shared formulas, inline
 * strings, a `<dimension>` that lies, rows and cells without references, a table without
 * `headerRowCount`, rich text with phonetic guides, escaped control characters, 1904 dates.
 */
import { writeFileSync } from 'fs';
import path from 'path';
import type { Cell, InputTable, WorkbookTables } from '../../../src/engine/table';
import { openXlsx } from '../../../src/workbook/xlsx';
import {
  MAIN,
  SharedStrings,
  sheetXml,
  tableXml,
  workbookParts,
  zipParts,
  type Part,
  type SheetSpec,
} from '../../fixtures/xlsx/parts';
import { temporaryFolder } from './fixtures';

const folder = temporaryFolder('samkost-layouts-');
afterAll(() => folder.remove());
let count = 0;

async function readParts(parts: readonly Part[]): Promise<WorkbookTables> {
  count += 1;
  const file = path.join(folder.dir, `layout${count}.xlsx`);
  writeFileSync(file, zipParts(parts));
  return (await openXlsx(file)).readTables();
}

const values = (table: InputTable | undefined): unknown[][] =>
  (table?.rows ?? []).map((row) => row.map((cell: Cell) => cell.value));
const headerTexts = (table: InputTable | undefined): unknown[] =>
  (table?.headers ?? []).map((cell) => cell.value);

/** SpreadsheetML with every element of the main namespace written as `x:name`. */
const prefixed = (xml: string): string =>
  xml
    .replace(/<(\/?)(?!\?)([A-Za-z]+)([\s/>])/g, '<$1x:$2$3')
    .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);

describe('as Excel (and the Open XML SDK) lay a package out', () => {
  const strings = new SharedStrings();
  const rows = [
    ['Kommune', 'Innbyggere', 'Antall PC'],
    ['Vennesla', 12703, 900],
    ['Iveland', 1161, 80],
  ];
  const sheet: SheetSpec = {
    name: 'Kommuner',
    // The dimension says A1 only; Excel does not check it, and neither does Samkost.
    xml: prefixed(sheetXml(rows, strings, { dimension: 'A1', tables: ['rId1'] })),
    rels: [{ id: 'rId1', type: 'table', target: '/xl/tables/table1.xml' }],
  };
  const parts = workbookParts([sheet], strings, {
    absolute: true,
    extra: [
      {
        name: 'xl/tables/table1.xml',
        // No headerRowCount: the schema's default, one header row, is what Excel leaves out.
        data: prefixed(tableXml(1, 'Municipalities', 'A1:C3', rows[0] as string[])),
      },
    ],
  }).map((part) =>
    part.name === 'xl/workbook.xml' && 'data' in part && typeof part.data === 'string'
      ? { name: part.name, data: prefixed(part.data) }
      : part,
  );

  test('prefixed elements, absolute targets and a table without headerRowCount', async () => {
    const tables = await readParts(parts);
    expect(headerTexts(tables.Municipalities)).toEqual(['Kommune', 'Innbyggere', 'Antall PC']);
    expect(values(tables.Municipalities)).toEqual([
      ['Vennesla', 12703, 900],
      ['Iveland', 1161, 80],
    ]);
    expect(tables.Municipalities?.rows[0]?.[0]?.address).toBe('Kommuner!A2');
  });
});

describe('cell values as spreadsheet applications store them', () => {
  const strings = new SharedStrings();
  const header = `<row r="1"><c r="A1" t="inlineStr"><is><t>System</t></is></c><c r="B1" t="inlineStr"><is><t>LicenceCost</t></is></c><c r="C1" t="inlineStr"><is><t>Owner</t></is></c><c r="D1" t="inlineStr"><is><t>ContractExpiry</t></is></c></row>`;
  // Rows and cells without `r` follow the one before; LibreOffice writes t="n" and aca="false".
  const body =
    `<row r="2"><c r="A2" t="str"><f>"Sak/"&amp;"arkiv"</f><v>Sak/arkiv</v></c>` +
    `<c r="B2"><f t="shared" ref="B2:B3" si="0">1000*2</f><v>2000</v></c><c t="b"><v>1</v></c><c t="d"><v>2026-03-31T12:00:00</v></c></row>` +
    `<row><c r="A3" t="s"><v>0</v></c><c r="B3" t="n"><f t="shared" si="0" aca="false"/><v>10</v></c>` +
    `<c r="C3" t="inlineStr"><is><r><t>Ka</t></r><r><rPr><b/></rPr><t>ri</t></r></is></c><c r="D3" t="e"><v>#REF!</v></c></row>` +
    `<row r="4"><c r="A4" t="s"><v>1</v></c><c r="B4"><f>1/0</f></c><c r="C4" t="s"><v>2</v></c><c r="D4" s="2"><v>46112</v></c></row>`;
  const sharedStrings =
    `<sst xmlns="${MAIN}" count="3" uniqueCount="3">` +
    // Rich text with a phonetic guide, which is not the cell's text.
    `<si><r><t>Øko</t></r><r><rPr><i/></rPr><t>nomi</t></r><rPh sb="0" eb="1"><t>ekonomi</t></rPh></si>` +
    // Excel escapes a line break it cannot write raw as _x000D_.
    `<si><t>Lønn_x000D_\ndrift</t></si><si><t xml:space="preserve"></t></si></sst>`;
  const sheet = sheetXml([], strings, { dimension: 'A1:D4', tables: ['rId1'] }).replace(
    '<sheetData></sheetData>',
    `<sheetData>${header}${body}</sheetData>`,
  );
  const parts = (date1904: boolean): Part[] =>
    workbookParts(
      [
        {
          name: 'Systemer',
          xml: sheet,
          rels: [{ id: 'rId1', type: 'table', target: '../tables/table1.xml' }],
        },
      ],
      strings,
      {
        date1904,
        extra: [
          {
            name: 'xl/tables/table1.xml',
            data: tableXml(
              1,
              'Systems',
              'A1:D4',
              ['System', 'LicenceCost', 'Owner', 'ContractExpiry'],
              {
                headerRowCount: 1,
                totalsRowCount: 0,
              },
            ),
          },
        ],
      },
    ).map((part) =>
      part.name === 'xl/sharedStrings.xml' ? { name: part.name, data: sharedStrings } : part,
    );

  test('strings, formulas, booleans, ISO dates, errors; a formula without a result is blank', async () => {
    const tables = await readParts(parts(false));
    expect(values(tables.Systems)).toEqual([
      // 2026-03-31 12:00 is Excel serial 46112.5 (1900 date system).
      ['Sak/arkiv', 2000, true, 46112.5],
      ['Økonomi', 10, 'Kari', { error: '#REF!' }],
      ['Lønn\r\ndrift', null, null, 46112],
    ]);
  });

  test('a 1904 workbook: date-formatted serials move to the 1900 system, other numbers stay', async () => {
    const tables = await readParts(parts(true));
    const rows = values(tables.Systems);
    expect(rows[2]?.[3]).toBe(46112 + 1462);
    expect(rows[0]?.[1]).toBe(2000);
    // An ISO date is a date in any system.
    expect(rows[0]?.[3]).toBe(46112.5);
  });
});

describe('table shapes', () => {
  const strings = new SharedStrings();
  const costs = [
    ['Post', 'Beløp'],
    ['Drift', 100],
    ['Lisenser', 50],
    ['Sum', 150],
  ];
  const scores = [
    ['P1', 'Kari', 4],
    ['P2', 'Ola', 3],
  ];
  const parts = workbookParts(
    [
      {
        name: 'Kostnader',
        xml: sheetXml(costs, strings, { top: 1, left: 1, dimension: 'B2:C5', tables: ['rId1'] }),
        rels: [{ id: 'rId1', type: 'table', target: '../tables/table1.xml' }],
      },
      {
        name: 'Vurderinger',
        xml: sheetXml(scores, strings, {
          dimension: 'A1:C2',
          tables: ['rId1'],
          afterData: '<mergeCells count="1"><mergeCell ref="B2:C2"/></mergeCells>',
        }),
        rels: [{ id: 'rId1', type: 'table', target: '../tables/table2.xml' }],
      },
      // A sheet named like an input, but the table of that name wins.
      { name: 'Costs', xml: sheetXml([['Post'], ['Ignored']], strings) },
    ],
    strings,
    {
      extra: [
        {
          name: 'xl/tables/table1.xml',
          data: tableXml(1, 'Costs', 'B2:C5', ['Post', 'Beløp'], { totalsRowCount: 1 }),
        },
        {
          name: 'xl/tables/table2.xml',
          data: tableXml(2, 'scores', 'A1:C2', ['Column1', 'Column2', 'Column3'], {
            headerRowCount: 0,
          }),
        },
      ],
    },
  );

  test('a totals row is not data; a table wins over a sheet of its name', async () => {
    const tables = await readParts(parts);
    expect(tables.Costs?.sheet).toBe('Kostnader');
    expect(tables.Costs?.headers.map((h) => h.address)).toEqual(['Kostnader!B2', 'Kostnader!C2']);
    expect(values(tables.Costs)).toEqual([
      ['Drift', 100],
      ['Lisenser', 50],
    ]);
  });

  test('a table without a header row: its first row is data, and names the columns; merges blank', async () => {
    const tables = await readParts(parts);
    expect(headerTexts(tables.Scores)).toEqual(['P1', 'Kari', 4]);
    expect(values(tables.Scores)).toEqual([
      ['P1', 'Kari', 4],
      ['P2', 'Ola', null],
    ]);
  });
});
