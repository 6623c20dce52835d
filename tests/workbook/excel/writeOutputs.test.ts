/** What the outputs look like in Excel, and text that must stay text. */
import type { OutputTable } from '../../../src/engine/table';
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { excelWorkbook } from '../../../src/workbook/excel';
import { frontier, INPUT_SHEETS, outputs } from './fixtures';

async function written(tables: readonly OutputTable[]): Promise<FakeWorkbook> {
  const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
  await excelWorkbook(book.run).writeOutputs(tables);
  return book;
}

describe('writeOutputs', () => {
  it('writes text starting with = + - @ (and other text Excel would convert) as text', async () => {
    const risky = [
      '=HYPERLINK("http://x")',
      '+47 123',
      '-minus',
      '@user',
      "'quoted",
      '007',
      '12 %',
      'TRUE',
      'kr 1 234',
    ];
    const book = await written([
      {
        name: 'RiskFlags',
        sheetName: 'Flags',
        headers: ['Scope', 'Subject', 'Code', 'Severity', 'Message', 'Cell'],
        formats: ['text', 'text', 'text', 'text', 'text', 'text'],
        rows: risky.map((text) => ['cost', text, 'NO_OWNER', 'medium', text, '']),
      },
    ]);
    const sheet = book.sheet('Flags');
    expect(sheet?.formulas).toEqual({});
    expect(sheet?.values.slice(1).map((row) => row[1])).toEqual(risky);
    expect(sheet?.values.slice(1).map((row) => row[4])).toEqual(risky);
  });

  it('writes formula-like headers and text behind blanks, zero-width or full-width signs as text', async () => {
    const risky = [' =1+1', '\t@x', '\u200B=SUM(A1)', '\uFEFF+1', '\uFF1D1', '\uFF20user'];
    const headers = ['=Scope', ' +Subject', '\u200B@Code', '\uFF1DSeverity', 'Message', '-Cell'];
    const book = await written([
      {
        name: 'RiskFlags',
        sheetName: 'Flags',
        headers,
        formats: ['text', 'text', 'text', 'text', 'text', 'text'],
        rows: risky.map((text) => ['cost', text, 'NO_OWNER', 'medium', text, '']),
      },
    ]);
    const sheet = book.sheet('Flags');
    expect(sheet?.formulas).toEqual({});
    expect(sheet?.values[0]).toEqual(headers);
    expect(sheet?.values.slice(1).map((row) => row[1])).toEqual(risky);
  });

  it('keeps table names in English and sheet names localised, one table per sheet', async () => {
    const book = await written(outputs());
    expect(book.sheet('Fordeling')?.tables.map((t) => t.name)).toEqual(['Allocation']);
    expect(book.sheet('Risikoflagg')?.tables.map((t) => t.name)).toEqual(['RiskFlags']);
    expect(book.sheet('Totaler')?.tables.map((t) => t.name)).toEqual(['Totals']);
  });

  it('formats money columns, freezes the header row and colours severities', async () => {
    const book = await written(outputs(2));
    const allocation = book.sheet('Fordeling');
    expect(allocation?.numberFormats[1]?.slice(3, 6)).toEqual(['General', '#,##0.00', '#,##0.00']);
    expect(allocation?.frozenRows).toBe(1);
    const flags = book.sheet('Risikoflagg');
    expect(flags?.conditionalFormats.map((f) => [f.range, f.rule, f.fill])).toEqual([
      ['D2:D3', { formula1: '="high"', operator: 'EqualTo' }, '#FFC7CE'],
      ['D2:D3', { formula1: '="medium"', operator: 'EqualTo' }, '#FFEB9C'],
      ['D2:D3', { formula1: '="low"', operator: 'EqualTo' }, '#EDEDED'],
    ]);
  });

  it('charts each municipality’s total by source as stacked columns', async () => {
    const book = await written(outputs());
    expect(book.sheet('Totaler')?.chartDetails).toEqual([
      {
        name: 'SamkostTotals',
        type: 'ColumnStacked',
        source: 'A1:D4',
        seriesBy: 'Columns',
        title: 'Totaler',
        legend: true,
        axisTitles: { category: '', value: '' },
        position: { start: 'G2', end: 'P22' },
      },
    ]);
  });

  it('draws the frontier beside its table: investment across, score up, axes titled as the headers', async () => {
    const book = await written([...outputs(), frontier()]);
    expect(book.sheet('Grense')?.chartDetails).toEqual([
      {
        name: 'SamkostFrontier',
        type: 'XYScatterLines',
        source: 'B1:C4',
        seriesBy: 'Columns',
        title: 'Grense',
        legend: false,
        axisTitles: { category: 'Investering (NOK)', value: 'Poeng' },
        position: { start: 'H2', end: 'P20' },
      },
    ]);
  });

  it('gives an output a free sheet name when an input sheet already has it', async () => {
    const [allocation] = outputs();
    if (!allocation) throw new Error('fixture');
    const book = await written([{ ...allocation, sheetName: 'Kommuner' }]);
    expect(book.sheet('Kommuner (2)')?.tables.map((t) => t.name)).toEqual(['Allocation']);
    expect(book.sheet('Kommuner')?.tables.map((t) => t.name)).toEqual(['Municipalities']);
  });

  it('maps Office error codes to user-facing reasons, keeping the code', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    book.failSyncNumber(2, { code: 'RequestPayloadSizeLimitExceeded' });
    await expect(excelWorkbook(book.run).writeOutputs(outputs())).rejects.toMatchObject({
      name: 'ExcelWorkbookError',
      reason: 'tooLarge',
      code: 'RequestPayloadSizeLimitExceeded',
      message: 'tooLarge',
    });
    book.failNextSync({ code: 'SomethingNew' });
    await expect(excelWorkbook(book.run).readTables()).rejects.toMatchObject({ reason: 'failed' });
  });
});

describe('a risk flag’s Cell', () => {
  const flags: OutputTable = {
    name: 'RiskFlags',
    sheetName: 'Flags',
    headers: ['Scope', 'Subject', 'Code', 'Severity', 'Message', 'Cell'],
    formats: ['text', 'text', 'text', 'text', 'text', 'text'],
    rows: [
      ['municipality', 'Iveland', 'ZERO_KEY', 'low', 'Iveland has 0', 'Municipalities!C3'],
      ['system', 'Visma', 'NOT_FUNDED', 'low', 'Not funded', null],
      ['proposal', 'P1', 'NO_OWNER', 'medium', 'No owner', "'My sheet'!B7"],
    ],
    sources: ['Municipalities!C3', null, "'My sheet'!B7"],
    linkColumn: 5,
  };

  it('is a link to the cell it names, and only where the flag has one', async () => {
    const sheet = (await written([flags])).sheet('Flags');
    expect(sheet?.hyperlinks).toEqual({
      F2: { documentReference: 'Municipalities!C3' },
      F4: { documentReference: "'My sheet'!B7" },
    });
    expect(sheet?.values.slice(1).map((row) => row[5])).toEqual([
      'Municipalities!C3',
      null,
      "'My sheet'!B7",
    ]);
  });

  it('a rerun leaves no stale link behind', async () => {
    const book = await written([flags]);
    const fewer = { ...flags, rows: flags.rows.slice(1), sources: flags.sources?.slice(1) };
    await excelWorkbook(book.run).writeOutputs([fewer]);
    expect(book.sheet('Flags')?.hyperlinks).toEqual({ F3: { documentReference: "'My sheet'!B7" } });
  });
});
