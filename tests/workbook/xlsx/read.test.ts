import { writeFileSync } from 'fs';
import path from 'path';
import { canonicalColumn } from '../../../src/engine/parse/headers';
import type { Cell, InputTable } from '../../../src/engine/table';
import { openXlsx } from '../../../src/workbook/xlsx';
import {
  columnName,
  SharedStrings,
  sheetXml,
  tableXml,
  workbookParts,
  zipParts,
  type CellSpec,
  type Part,
  type Rel,
  type SheetSpec,
} from '../../fixtures/xlsx/parts';
import { temporaryFolder } from './fixtures';

const folder = temporaryFolder('samkost-xlsx-read-');
afterAll(() => folder.remove());
const file = (name: string): string => path.join(folder.dir, name);

const values = (table: InputTable | undefined): unknown[][] =>
  (table?.rows ?? []).map((row) => row.map((cell: Cell) => cell.value));
const headerTexts = (table: InputTable | undefined): unknown[] =>
  (table?.headers ?? []).map((cell) => cell.value);

/** A sheet of a test workbook: its cells from `top`/`left` (zero-based), and its tables. */
interface TestSheet {
  readonly name: string;
  readonly rows: readonly (readonly CellSpec[])[];
  readonly top?: number;
  readonly left?: number;
  /** Tables on the sheet: name, range and header texts. */
  readonly tables?: readonly {
    readonly name: string;
    readonly ref: string;
    readonly headers: readonly string[];
    readonly totalsRowCount?: number;
  }[];
  /** XML after `<sheetData>` (merges, hyperlinks) and the relationships it refers to. */
  readonly afterData?: string;
  readonly rels?: readonly Rel[];
}

/**
 * Write a workbook of `sheets` to `target`, laid out as spreadsheet programs write one.
 * `excelStyle` writes it the way Excel does where other writers differ: tables without
 * `headerRowCount` (Excel leaves the default out) and relationship targets as absolute part
 * names (`/xl/tables/table1.xml`).
 */
function writeWorkbook(
  target: string,
  sheets: readonly TestSheet[],
  options: {
    readonly excelStyle?: boolean;
    /** The shared strings, when a sheet refers to some by index (rich text). */
    readonly strings?: SharedStrings;
  } = {},
): void {
  const strings = options.strings ?? new SharedStrings();
  const tables: Part[] = [];
  const specs = sheets.map((sheet): SheetSpec => {
    const rels: Rel[] = [...(sheet.rels ?? [])];
    for (const table of sheet.tables ?? []) {
      const n = tables.length + 1;
      tables.push({
        name: `xl/tables/table${n}.xml`,
        data: tableXml(n, table.name, table.ref, table.headers, {
          headerRowCount: options.excelStyle ? undefined : 1,
          totalsRowCount: table.totalsRowCount,
        }),
      });
      rels.push({
        id: `rIdT${n}`,
        type: 'table',
        target: options.excelStyle ? `/xl/tables/table${n}.xml` : `../tables/table${n}.xml`,
      });
    }
    const top = sheet.top ?? 0;
    const left = sheet.left ?? 0;
    const width = Math.max(1, ...sheet.rows.map((row) => row.length));
    const last = `${columnName(left + width - 1)}${top + Math.max(1, sheet.rows.length)}`;
    return {
      name: sheet.name,
      xml: sheetXml(sheet.rows, strings, {
        top,
        left,
        dimension: `${columnName(left)}${top + 1}:${last}`,
        afterData: sheet.afterData,
        tables: rels.filter((r) => r.type === 'table').map((r) => r.id),
      }),
      rels,
    };
  });
  writeFileSync(
    target,
    zipParts(
      workbookParts(specs, strings, { extra: tables, absolute: options.excelStyle ?? false }),
    ),
  );
}

/** A sheet holding one table at A1 (header row and rows). */
const tableSheet = (
  sheet: string,
  table: string,
  headers: readonly string[],
  rows: readonly (readonly CellSpec[])[],
): TestSheet => ({
  name: sheet,
  rows: [headers, ...rows],
  tables: [
    {
      name: table,
      ref: `A1:${columnName(headers.length - 1)}${rows.length + 1}`,
      headers,
    },
  ],
});

describe('finding the inputs', () => {
  const input = file('find.xlsx');
  beforeAll(() =>
    writeWorkbook(input, [
      // Table names are matched case-insensitively; headers arrive as the user wrote them.
      tableSheet(
        'Kommuner',
        'MUNICIPALITIES',
        ['Kommune', 'Innbyggere', 'Antall PC'],
        [
          ['Vennesla', 12703, 900],
          ['Iveland', 1161, 80],
        ],
      ),
      // A sheet named like an input (any case), with its header row below a blank row and right
      // of a blank column, a gap in the data and formatting (a filled cell) left below it.
      {
        name: 'costs',
        top: 2,
        left: 1,
        rows: [
          ['Post', 'Beløp'],
          ['Felles drift', 1000],
          [],
          ['Lisenser', 250],
          [],
          [],
          [null, null, null, { styled: 1 }],
        ],
      },
      // A Budget table and a Budget sheet: the table wins.
      tableSheet('Plan', 'Budget', ['Year', 'Investment'], [[2027, 100]]),
      { name: 'Budget', rows: [['Year'], [1999]] },
      // Not a contract input: ignored.
      tableSheet('Notes', 'Notes', ['Text'], [['hello']]),
    ]),
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
  beforeAll(() => {
    const strings = new SharedStrings();
    const rich = strings.rich([{ text: 'Økonomi' }, { text: 'system', bold: true }]);
    const headers = ['System', 'ContractExpiry', 'LicenceCost', 'Owner'];
    writeWorkbook(
      input,
      [
        {
          name: 'Systemer',
          rows: [
            headers,
            [
              'Sak/arkiv',
              // 2026-03-31 as Excel stores a date: its serial, in a cell with a date format.
              { inner: '<v>46112</v>', s: 3 },
              // A formula, the first of a shared one.
              { inner: '<f t="shared" ref="C2:C3" si="0">1000*2</f><v>2000</v>' },
              true,
            ],
            [
              // Rich text: a shared string of runs, one bold.
              { inner: `<v>${rich}</v>`, t: 's' },
              { error: '#REF!' },
              { inner: '<f t="shared" si="0"/><v>10</v>' },
              // A hyperlink's cell holds its text; the link is beside the cells.
              'Kari',
            ],
            ['Lønn', null, { inner: '<f>C2/0</f><v>#DIV/0!</v>', t: 'e' }, ''],
            // A blank row inside the table (a new table's empty row) is dropped.
            [null, null, null, null],
          ],
          tables: [{ name: 'Systems', ref: 'A1:D5', headers }],
          afterData: '<hyperlinks><hyperlink ref="D3" r:id="rIdH1"/></hyperlinks>',
          rels: [
            { id: 'rIdH1', type: 'hyperlink', target: 'mailto:kari@example.no', external: true },
          ],
        },
      ],
      { strings },
    );
  });

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
    writeWorkbook(
      excelStyle,
      [tableSheet('Systemer', 'Systems', ['System', 'LicenceCost'], [['Sak/arkiv', 2000]])],
      { excelStyle: true },
    );
    const tables = await (await openXlsx(excelStyle)).readTables();
    expect(headerTexts(tables.Systems)).toEqual(['System', 'LicenceCost']);
    expect(values(tables.Systems)).toEqual([['Sak/arkiv', 2000]]);
  });
});

describe('tables with a totals row and merged cells on a fallback sheet', () => {
  const input = file('totals.xlsx');
  beforeAll(() =>
    writeWorkbook(input, [
      {
        name: 'Kostnader',
        top: 1,
        left: 1,
        rows: [
          ['Item', 'Amount'],
          ['Drift', 100],
          ['Lisenser', 50],
          ['Sum', { formula: 'SUBTOTAL(109,Costs[Amount])', result: 150 }],
        ],
        tables: [{ name: 'Costs', ref: 'B2:C5', headers: ['Item', 'Amount'], totalsRowCount: 1 }],
      },
      {
        name: 'Scores',
        // The merge's hidden cell is there, formatted, as Excel writes it.
        rows: [
          ['Proposal', 'Scorer'],
          ['P1', 'Kari'],
          ['P2', { styled: 1 }],
        ],
        afterData: '<mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells>',
      },
    ]),
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
