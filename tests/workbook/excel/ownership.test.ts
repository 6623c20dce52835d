/**
 * Ownership in Excel (contract v1.1 §6): a re-run replaces or deletes only what Samkost
 * recorded as its own; the user's sheets, tables and cells stay as they were.
 */
import type { TableSheet } from '../../../src/engine/table';
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { excelWorkbook } from '../../../src/workbook/excel';
import { frontier, INPUT_SHEETS, outputs, typeCells } from './fixtures';

const EVERY_SET = { isSetSupported: (): boolean => true };
const ONLY_1_7 = { isSetSupported: (): boolean => false };
const HOSTS = [
  ['a host with every requirement set', EVERY_SET],
  ['an ExcelApi 1.7 host', ONLY_1_7],
] as const;

const sheetOf = (book: FakeWorkbook, name: string): string => JSON.stringify(book.sheet(name));

describe.each(HOSTS)('ownership on %s', (_, host) => {
  it('keeps a fallback sheet whose own table is called Totals, and writes Totals beside it', async () => {
    const municipalities: TableSheet = {
      tableName: 'Totals',
      sheetName: 'Municipalities',
      headers: ['Kommune', 'Innbyggere'],
      rows: [['Arendal', 45672]],
    };
    const book = FakeWorkbook.fromTableSheets([municipalities, ...INPUT_SHEETS.slice(1)]);
    const before = sheetOf(book, 'Municipalities');
    const workbook = excelWorkbook(book.run, host);
    const first = await workbook.writeOutputs(outputs());
    const second = await workbook.writeOutputs(outputs(2, 'second'));
    expect(sheetOf(book, 'Municipalities')).toBe(before);
    expect(book.sheet('Totaler')?.tables).toEqual([{ name: 'Totals_2', range: 'A1:E4' }]);
    expect(first.notices).toEqual([
      {
        code: 'NAME_TAKEN',
        output: 'Totals',
        tableName: 'Totals_2',
        sheetName: 'Totaler',
        takenBy: { kind: 'table', name: 'Totals' },
      },
    ]);
    // The second run finds its own Totals_2 and rewrites it: nothing new to say.
    expect(second.notices).toEqual([]);
    expect(book.sheetNames()).toEqual([
      'Municipalities',
      'Kostnader',
      'Innstillinger',
      'Fordeling',
      'Risikoflagg',
      'Totaler',
    ]);
  });

  it('keeps notes typed beside an output and rewrites the table where it stands', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, host);
    await workbook.writeOutputs(outputs(3, 'first'));
    await typeCells(book, 'Fordeling', 'J2:J3', [['Checked by Kari'], ['=SUM(F2:F4)']]);
    const report = await workbook.writeOutputs(outputs(2, 'second'));
    const sheet = book.sheet('Fordeling');
    expect(report.notices).toEqual([]);
    expect(sheet?.tables).toEqual([{ name: 'Allocation', range: 'A1:H3' }]);
    expect(sheet?.values.map((row) => row[0])).toEqual(['Item', 'second item 1', 'second item 2']);
    expect(sheet?.values[1]?.[9]).toBe('Checked by Kari');
    expect(sheet?.formulas).toEqual({ J3: '=SUM(F2:F4)' });
    expect(book.sheetNames()).toEqual([
      ...INPUT_SHEETS.map((s) => s.sheetName),
      'Fordeling',
      'Risikoflagg',
      'Totaler',
    ]);
  });

  it('moves a table that would grow into the notes below it to a new sheet, and says so', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, host);
    await workbook.writeOutputs(outputs(3, 'first'));
    await typeCells(book, 'Fordeling', 'A7', [['Note: approved 12 March']]);
    const report = await workbook.writeOutputs(outputs(10, 'second'));
    expect(report.notices).toEqual([
      {
        code: 'MOVED',
        output: 'Allocation',
        tableName: 'Allocation',
        sheetName: 'Fordeling (2)',
        from: 'Fordeling',
      },
    ]);
    // The old table and its cells are gone; the note stays where the user typed it.
    const old = book.sheet('Fordeling');
    expect(old?.tables).toEqual([]);
    expect(old?.values).toHaveLength(7);
    expect(
      old?.values
        .slice(0, 6)
        .flat()
        .every((v) => v === null),
    ).toBe(true);
    expect(old?.values[6]?.[0]).toBe('Note: approved 12 March');
    const moved = book.sheet('Fordeling (2)');
    expect(moved?.tables).toEqual([{ name: 'Allocation', range: 'A1:H11' }]);
    // Once moved, it stays put: the next run rewrites it on its new sheet.
    const again = await workbook.writeOutputs(outputs(10, 'third'));
    expect(again.notices).toEqual([]);
    expect(book.sheet('Fordeling (2)')?.values[1]?.[0]).toBe('third item 1');
    expect(book.sheet('Fordeling')?.values[6]?.[0]).toBe('Note: approved 12 March');
  });

  it('never touches a user table named Allocation on an input sheet', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    await typeCells(
      book,
      'Kommuner',
      'F1:G2',
      [
        ['Post', 'Sum'],
        ['IKT', 10],
      ],
      'Allocation',
    );
    const before = sheetOf(book, 'Kommuner');
    const workbook = excelWorkbook(book.run, host);
    const first = await workbook.writeOutputs(outputs(3, 'first'));
    await workbook.writeOutputs(outputs(2, 'second'));
    expect(sheetOf(book, 'Kommuner')).toBe(before);
    expect(book.sheet('Fordeling')?.tables).toEqual([{ name: 'Allocation_2', range: 'A1:H3' }]);
    expect(first.notices).toEqual([
      {
        code: 'NAME_TAKEN',
        output: 'Allocation',
        tableName: 'Allocation_2',
        sheetName: 'Fordeling',
        takenBy: { kind: 'table', name: 'Allocation' },
      },
    ]);
  });

  it('rewrites an output sheet the user renamed under its new name, with no duplicate', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, host);
    await workbook.writeOutputs(outputs(3, 'first'));
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Fordeling').name = 'Vår fordeling';
      await context.sync();
    });
    const report = await workbook.writeOutputs(outputs(2, 'second'));
    expect(report.notices).toEqual([]);
    expect(book.sheetNames()).toEqual([
      ...INPUT_SHEETS.map((s) => s.sheetName),
      'Vår fordeling',
      'Risikoflagg',
      'Totaler',
    ]);
    expect(book.sheet('Vår fordeling')?.values[1]?.[0]).toBe('second item 1');
    expect(book.names().find((n) => n.name === 'Samkost.Output.Allocation')?.formula).toBe(
      "='Vår fordeling'!$A$1:$H$3",
    );
  });

  it('loses nothing in a workbook whose outputs were written before records existed', async () => {
    const [allocation] = outputs(2, 'old');
    if (!allocation) throw new Error('fixture');
    const old: TableSheet = { ...allocation, tableName: 'Allocation' };
    const book = FakeWorkbook.fromTableSheets([...INPUT_SHEETS, old]);
    const before = sheetOf(book, 'Fordeling');
    const report = await excelWorkbook(book.run, host).writeOutputs(outputs(3, 'new'));
    expect(sheetOf(book, 'Fordeling')).toBe(before);
    expect(book.sheet('Fordeling (2)')?.tables).toEqual([{ name: 'Allocation_2', range: 'A1:H4' }]);
    expect(report.notices).toContainEqual({
      code: 'NAME_TAKEN',
      output: 'Allocation',
      tableName: 'Allocation_2',
      sheetName: 'Fordeling (2)',
      takenBy: { kind: 'table', name: 'Allocation' },
    });
  });

  it('is stable: a second run of the same outputs leaves the same workbook', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, host);
    await workbook.writeOutputs(outputs());
    const once = book.snapshot();
    const report = await workbook.writeOutputs(outputs());
    expect(book.snapshot()).toBe(once);
    expect(report.notices).toEqual([]);
    expect(book.names().map((n) => [n.name, n.formula, n.comment, n.visible])).toEqual([
      ['Samkost.Output.Allocation', '=Fordeling!$A$1:$H$4', 'Allocation', false],
      ['Samkost.Output.RiskFlags', '=Risikoflagg!$A$1:$F$3', 'RiskFlags', false],
      ['Samkost.Output.Totals', '=Totaler!$A$1:$E$4', 'Totals', false],
    ]);
  });

  it('keeps a user chart on an output sheet and rewrites the table beside it', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, host);
    await workbook.writeOutputs(outputs(3, 'first'));
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Fordeling');
      sheet.charts.add('Pie', sheet.getRange('E1:E4'), 'Auto');
      await context.sync();
    });
    await workbook.writeOutputs(outputs(2, 'second'));
    expect(book.sheet('Fordeling')?.charts).toBe(1);
    expect(book.sheet('Fordeling')?.values[1]?.[0]).toBe('second item 1');
  });
});

describe.each(HOSTS)('the frontier chart on %s', (_, host) => {
  const chartsOn = (book: FakeWorkbook): string[] =>
    (book.sheet('Grense')?.chartDetails ?? []).map((c) => `${c.name}: ${c.title}`);

  it('is replaced by a re-run, never doubled, and a second run changes nothing', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, host);
    await workbook.writeOutputs([...outputs(), frontier()]);
    await workbook.writeOutputs([...outputs(), frontier()]);
    const once = book.snapshot();
    await workbook.writeOutputs([...outputs(), frontier()]);
    expect(book.snapshot()).toBe(once);
    expect(chartsOn(book)).toEqual(['SamkostFrontier: Grense']);
  });

  it('is replaced beside a user chart, which stays as it was', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, host);
    await workbook.writeOutputs([...outputs(), frontier('first')]);
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Grense');
      sheet.charts.add('Pie', sheet.getRange('C1:C4'), 'Auto').name = 'Kari’s chart';
      await context.sync();
    });
    await workbook.writeOutputs([...outputs(), frontier('second')]);
    expect(chartsOn(book)).toEqual(['Kari’s chart: ', 'SamkostFrontier: Grense']);
    expect(book.sheet('Grense')?.values[0]?.[5]).toBe('second');
  });

  it('counts as the user’s on another output’s sheet, which is then never deleted', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, host);
    await workbook.writeOutputs([...outputs(), frontier()]);
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Totaler');
      sheet.charts.add('Pie', sheet.getRange('B1:B4'), 'Auto').name = 'SamkostFrontier';
      await context.sync();
    });
    const totals = book.state.sheetByKey('Totaler');
    await workbook.writeOutputs([...outputs(2, 'second'), frontier()]);
    expect(book.state.sheetByKey('Totaler')).toBe(totals);
    expect(book.sheet('Totaler')?.chartDetails.map((c) => c.name)).toEqual([
      'SamkostFrontier',
      'SamkostTotals',
    ]);
  });

  it('goes with the Frontier’s table when a run writes no frontier', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, host);
    await workbook.writeOutputs([...outputs(), frontier()]);
    await typeCells(book, 'Grense', 'J2', [['note']]);
    await workbook.writeOutputs(outputs());
    expect(chartsOn(book)).toEqual([]);
    expect(book.sheet('Grense')?.values[1]?.[9]).toBe('note');
  });
});

describe('on a host with every requirement set', () => {
  it.each(['shapes', 'pivotTables', 'comments', 'notes'] as const)(
    'keeps an output sheet that also holds %s, rewriting the table in place',
    async (kind) => {
      const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
      const workbook = excelWorkbook(book.run, EVERY_SET);
      await workbook.writeOutputs(outputs(3, 'first'));
      const sheet = book.state.sheetByKey('Fordeling');
      sheet?.[kind].push({ name: 'the user’s' });
      await workbook.writeOutputs(outputs(2, 'second'));
      expect(book.state.sheetByKey('Fordeling')).toBe(sheet);
      expect(sheet?.[kind]).toEqual([{ name: 'the user’s' }]);
      expect(book.sheet('Fordeling')?.values[1]?.[0]).toBe('second item 1');
    },
  );

  it('replaces a sheet that holds only its output whole, where the user moved it', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, EVERY_SET);
    await workbook.writeOutputs(outputs(3, 'first'));
    const first = book.state.sheetByKey('Fordeling');
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Fordeling').position = 0;
      await context.sync();
    });
    await workbook.writeOutputs(outputs(2, 'second'));
    expect(book.state.sheetByKey('Fordeling')).not.toBe(first);
    expect(book.sheetNames()).toEqual([
      'Fordeling',
      ...INPUT_SHEETS.map((s) => s.sheetName),
      'Risikoflagg',
      'Totaler',
    ]);
  });
});

describe('an output no longer written', () => {
  const withoutTotals = () => outputs().filter((o) => o.name !== 'Totals');

  it('goes with its sheet when the host can tell the sheet held nothing else', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, EVERY_SET);
    await workbook.writeOutputs(outputs());
    await workbook.writeOutputs(withoutTotals());
    expect(book.sheetNames()).not.toContain('Totaler');
    expect(book.names().map((n) => n.name)).toEqual([
      'Samkost.Output.Allocation',
      'Samkost.Output.RiskFlags',
    ]);
  });

  it('leaves its sheet, emptied of Samkost’s table and chart, when the host cannot tell', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, ONLY_1_7);
    await workbook.writeOutputs(outputs());
    await workbook.writeOutputs(withoutTotals());
    const sheet = book.sheet('Totaler');
    expect([sheet?.tables, sheet?.charts, sheet?.values]).toEqual([[], 0, []]);
    expect(book.names().map((n) => n.name)).not.toContain('Samkost.Output.Totals');
  });
});
