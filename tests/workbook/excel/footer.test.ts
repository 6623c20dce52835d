/**
 * Allocation's totals in Excel: a table of their own under Allocation, one blank row between,
 * recorded as Samkost's; a re-run moves them with the table and touches nothing of the user's.
 */
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { countingRun, excelWorkbook } from '../../../src/workbook/excel';
import { INPUT_SHEETS, outputsWithTotals, typeCells } from './fixtures';

const EVERY_SET = { isSetSupported: (): boolean => true };
const ONLY_1_7 = { isSetSupported: (): boolean => false };
const HOSTS = [
  ['a host with every requirement set', EVERY_SET],
  ['an ExcelApi 1.7 host', ONLY_1_7],
] as const;

/** The first column of each row of the Allocation sheet. */
const firstColumn = (book: FakeWorkbook, sheet = 'Fordeling'): unknown[] =>
  (book.sheet(sheet)?.values ?? []).map((row) => row[0] ?? null);

describe.each(HOSTS)('Allocation’s totals on %s', (_, host) => {
  it('stand under Allocation as a table of their own, recorded, and a second run changes nothing', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, host);
    await workbook.writeOutputs(outputsWithTotals(3));
    expect(book.sheet('Fordeling')?.tables).toEqual([
      { name: 'Allocation', range: 'A1:H4' },
      { name: 'AllocationTotals', range: 'A6:H8' },
    ]);
    expect(firstColumn(book)).toEqual([
      'Item',
      'run item 1',
      'run item 2',
      'run item 3',
      null,
      'Item',
      'run one-off',
      'run annual',
    ]);
    expect(book.sheet('Fordeling')?.numberFormats[7]?.slice(4, 6)).toEqual([
      '#,##0.00',
      '#,##0.00',
    ]);
    expect(
      book
        .names()
        .slice(0, 2)
        .map((n) => [n.name, n.formula, n.comment]),
    ).toEqual([
      ['Samkost.Output.Allocation', '=Fordeling!$A$1:$H$4', 'Allocation'],
      ['Samkost.Output.AllocationTotals', '=Fordeling!$A$6:$H$8', 'AllocationTotals'],
    ]);
    await workbook.writeOutputs(outputsWithTotals(3));
    const once = book.snapshot();
    const report = await workbook.writeOutputs(outputsWithTotals(3));
    expect(book.snapshot()).toBe(once);
    expect(report.notices).toEqual([]);
  });

  it('move down with a grown Allocation and up with a shrunk one, no old cell left', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, host);
    await workbook.writeOutputs(outputsWithTotals(2, 'first'));
    await workbook.writeOutputs(outputsWithTotals(5, 'grown'));
    expect(book.sheet('Fordeling')?.tables).toEqual([
      { name: 'Allocation', range: 'A1:H6' },
      { name: 'AllocationTotals', range: 'A8:H10' },
    ]);
    await workbook.writeOutputs(outputsWithTotals(1, 'shrunk'));
    expect(book.sheet('Fordeling')?.tables).toEqual([
      { name: 'Allocation', range: 'A1:H2' },
      { name: 'AllocationTotals', range: 'A4:H6' },
    ]);
    expect(firstColumn(book)).toEqual([
      'Item',
      'shrunk item 1',
      null,
      'Item',
      'shrunk one-off',
      'shrunk annual',
    ]);
  });

  it('move with Allocation beside the user’s notes, which stay where they were typed', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, host);
    await workbook.writeOutputs(outputsWithTotals(3, 'first'));
    await typeCells(book, 'Fordeling', 'J2:J7', [['Checked'], [''], [''], ['gap'], [''], ['ok']]);
    const report = await workbook.writeOutputs(outputsWithTotals(2, 'second'));
    const sheet = book.sheet('Fordeling');
    expect(report.notices).toEqual([]);
    expect(sheet?.tables).toEqual([
      { name: 'Allocation', range: 'A1:H3' },
      { name: 'AllocationTotals', range: 'A5:H7' },
    ]);
    expect(firstColumn(book)).toEqual([
      'Item',
      'second item 1',
      'second item 2',
      null,
      'Item',
      'second one-off',
      'second annual',
    ]);
    expect(sheet?.values.map((row) => row[9] ?? null)).toEqual([
      null,
      'Checked',
      null,
      null,
      'gap',
      null,
      'ok',
    ]);
  });

  it('keep a note the user typed in the blank row above them, rewriting in place', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, host);
    await workbook.writeOutputs(outputsWithTotals(3, 'first'));
    await typeCells(book, 'Fordeling', 'B5', [['Totals checked by Kari']]);
    const sheet = book.state.sheetByKey('Fordeling');
    await workbook.writeOutputs(outputsWithTotals(3, 'second'));
    expect(book.state.sheetByKey('Fordeling')).toBe(sheet);
    expect(book.sheet('Fordeling')?.values[4]?.[1]).toBe('Totals checked by Kari');
    expect(firstColumn(book)[6]).toBe('second one-off');
  });

  it('never cover a user’s cell: a grown Allocation moves with its totals to a new sheet', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const workbook = excelWorkbook(book.run, host);
    await workbook.writeOutputs(outputsWithTotals(3, 'first'));
    await typeCells(book, 'Fordeling', 'A10', [['Approved 12 March']]);
    const report = await workbook.writeOutputs(outputsWithTotals(5, 'second'));
    expect(report.notices).toMatchObject([{ code: 'MOVED', sheetName: 'Fordeling (2)' }]);
    expect(book.sheet('Fordeling')?.tables).toEqual([]);
    expect(firstColumn(book).filter((v) => v !== null)).toEqual(['Approved 12 March']);
    expect(book.sheet('Fordeling (2)')?.tables).toEqual([
      { name: 'Allocation', range: 'A1:H6' },
      { name: 'AllocationTotals', range: 'A8:H10' },
    ]);
  });

  it('take a free name beside a user table called AllocationTotals, which stays as it was', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    await typeCells(book, 'Kommuner', 'F1:F2', [['Mine'], [1]], 'AllocationTotals');
    const workbook = excelWorkbook(book.run, host);
    await workbook.writeOutputs(outputsWithTotals(3));
    const report = await workbook.writeOutputs(outputsWithTotals(4));
    // The run says so (contract v1.1 §6), as for an output whose name is taken.
    expect(report.notices).toEqual([
      {
        code: 'NAME_TAKEN',
        output: 'AllocationTotals',
        tableName: 'AllocationTotals_2',
        sheetName: 'Fordeling',
        takenBy: { kind: 'table', name: 'AllocationTotals' },
      },
    ]);
    expect(book.sheet('Kommuner')?.tables.map((t) => t.name)).toContain('AllocationTotals');
    expect(book.sheet('Fordeling')?.tables.map((t) => t.name)).toEqual([
      'Allocation',
      'AllocationTotals_2',
    ]);
  });
});

describe('a write with totals that fails part way', () => {
  // The write's last sync builds and swaps: it fails after each number of its calls in turn,
  // short of the last ones (a failure once a sheet went is finished, not undone).
  it.each([
    ['rewritten beside the user’s notes', 'K1', 3],
    ['rewritten whole', null, 2],
  ] as const)('leaves the workbook as it was, %s', async (_, note, lastSync) => {
    for (let afterOperations = 0; afterOperations <= 100; afterOperations += 4) {
      const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
      const workbook = excelWorkbook(book.run, EVERY_SET);
      await workbook.writeOutputs(outputsWithTotals(3, 'first'));
      if (note) await typeCells(book, 'Fordeling', note, [['note']]);
      const before = book.snapshot();
      const at = countingRun(book.run);
      book.failSyncNumber(book.syncCount + lastSync, { afterOperations });
      await expect(
        excelWorkbook(at.run, EVERY_SET).writeOutputs(outputsWithTotals(2, 'second')),
      ).rejects.toMatchObject({ reason: 'failed' });
      expect([afterOperations, book.snapshot()]).toEqual([afterOperations, before]);
    }
  });
});

describe('the round trips with totals', () => {
  it('stay 2 to write and rewrite whole, 3 to rewrite beside the user’s notes', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const counted = countingRun(book.run);
    const workbook = excelWorkbook(counted.run, EVERY_SET);
    await workbook.writeOutputs(outputsWithTotals(10));
    await workbook.writeOutputs(outputsWithTotals(1_000));
    expect(counted.syncs()).toBe(4);
    await typeCells(book, 'Fordeling', 'K1', [['note']]);
    await workbook.writeOutputs(outputsWithTotals(10));
    expect(counted.syncs()).toBe(4 + 3);
  });
});
