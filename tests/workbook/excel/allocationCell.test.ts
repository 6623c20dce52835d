/**
 * Reading the selected cell of Samkost's Allocation table, and watching the selection: only the
 * body of the table the ownership record proves ours counts, in a fixed number of round trips
 * whatever its size.
 */
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { countingRun, excelWorkbook } from '../../../src/workbook/excel';
import { INPUT_SHEETS, outputs, typeCells } from './fixtures';

/** A workbook with the fixture's outputs written (Allocation on `Fordeling`, A1:H{rows+1}). */
async function written(rows = 3): Promise<FakeWorkbook> {
  const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
  await excelWorkbook(book.run).writeOutputs(outputs(rows));
  return book;
}

/** The adapter's answer for `address` on `sheet`, and the syncs it took. */
async function selectAndRead(book: FakeWorkbook, sheet: string, address: string) {
  book.userSelects(sheet, address);
  const counted = countingRun(book.run);
  const cell = await excelWorkbook(counted.run).allocationCell();
  return { cell, syncs: counted.syncs() };
}

describe('allocationCell', () => {
  it('reads a body cell with its row, the header row, its column and its place', async () => {
    const book = await written();
    const { cell } = await selectAndRead(book, 'Fordeling', 'G3');
    expect(cell).toEqual({
      headers: ['Item', 'Source', 'Kind', 'Key', 'Amount', 'Arendal', 'Grimstad', 'Risør'],
      row: ['run item 2', 'cost', 'annual', 'population', 101, 61, 30, 10],
      column: 6,
      position: 1,
    });
  });

  it('counts nothing outside the body: the header row, past the table, another sheet', async () => {
    const book = await written();
    for (const [sheet, address] of [
      ['Fordeling', 'F1'],
      ['Fordeling', 'I2'],
      ['Fordeling', 'F9'],
      ['Kommuner', 'B2'],
      ['Risikoflagg', 'A2'],
    ] as const) {
      expect((await selectAndRead(book, sheet, address)).cell).toBeNull();
    }
  });

  it("does not count a table of the user's named Allocation: no record proves it ours", async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    await typeCells(
      book,
      'Kommuner',
      'E1:F2',
      [
        ['Item', 'Arendal'],
        ['Lisens', 10],
      ],
      'Allocation',
    );
    expect((await selectAndRead(book, 'Kommuner', 'F2')).cell).toBeNull();
  });

  it('does not count a table a copied record points at by name but not by place', async () => {
    const book = await written();
    await book.run(async (context) => {
      const name = context.workbook.names.getItem('Samkost.Output.Allocation');
      name.delete();
      context.workbook.names.add('Samkost.Output.Allocation', '=Fordeling!$B$1:$I$4', 'Allocation');
      await context.sync();
    });
    expect((await selectAndRead(book, 'Fordeling', 'G3')).cell).toBeNull();
  });

  it('takes one sync off the table and two in it, for 10 rows and for 10,000', async () => {
    for (const rows of [10, 10_000]) {
      const book = await written(rows);
      const inside = await selectAndRead(book, 'Fordeling', `G${rows}`);
      expect(inside.cell?.position).toBe(rows - 2);
      expect(inside.syncs).toBe(2);
      const outside = await selectAndRead(book, 'Kommuner', 'A2');
      expect(outside).toEqual({ cell: null, syncs: 1 });
    }
  });
});

describe('watchSelection', () => {
  it('hears every selection, the user’s and the pane’s own, until stopped', async () => {
    const book = await written();
    const heard: string[] = [];
    const workbook = excelWorkbook(book.run);
    const stop = await workbook.watchSelection(() => heard.push(book.selection?.address ?? ''));
    expect(book.selectionWatchers).toBe(1);
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
    book.userSelects('Fordeling', 'F2');
    await tick();
    await workbook.selectCell('Kommuner!B3');
    await tick();
    expect(heard).toEqual(['F2', 'B3']);
    await stop();
    expect(book.selectionWatchers).toBe(0);
    book.userSelects('Fordeling', 'F3');
    await tick();
    expect(heard).toEqual(['F2', 'B3']);
  });
});
