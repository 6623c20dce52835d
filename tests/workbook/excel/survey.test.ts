/**
 * The write's survey asks, in its first request, where Samkost's tables stand under the names it
 * gives them and what their sheets hold; what those guesses cannot tell is asked in a second
 * request, and the plan is the same either way: the user's tables, cells and records stay.
 */
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { countingRun, excelWorkbook } from '../../../src/workbook/excel';
import { INPUT_SHEETS, outputs, typeCells } from './fixtures';

const EVERY_SET = { isSetSupported: (): boolean => true };

const sheetOf = (book: FakeWorkbook, name: string): string => JSON.stringify(book.sheet(name));

/** A workbook written once, and a write counting its syncs. */
async function writtenOnce(): Promise<{
  book: FakeWorkbook;
  write: (label: string) => Promise<{ syncs: number; notices: readonly unknown[] }>;
}> {
  const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
  await excelWorkbook(book.run, EVERY_SET).writeOutputs(outputs(3, 'first'));
  const write = async (label: string) => {
    const counted = countingRun(book.run);
    const report = await excelWorkbook(counted.run, EVERY_SET).writeOutputs(outputs(2, label));
    return { syncs: counted.syncs(), notices: report.notices };
  };
  return { book, write };
}

/** Run `change` on the workbook in a batch of its own, as the user would. */
async function edit(book: FakeWorkbook, change: (workbook: Excel.Workbook) => void): Promise<void> {
  await book.run(async (context) => {
    change(context.workbook);
    await context.sync();
  });
}

describe('the survey', () => {
  it('costs one round trip when Samkost’s tables carry their own names: a write takes two', async () => {
    const { book, write } = await writtenOnce();
    expect(await write('second')).toEqual({ syncs: 2, notices: [] });
    expect(book.sheet('Fordeling')?.values[1]?.[0]).toBe('second item 1');
  });

  it('asks again without its guesses when the host refuses them (ItemNotFound), as before', async () => {
    const reference = await writtenOnce();
    await reference.write('second');
    const { book, write } = await writtenOnce();
    book.failNextSync({ code: 'ItemNotFound' });
    // The refused request, the names again, where the tables stand, and the build.
    expect(await write('second')).toEqual({ syncs: 4, notices: [] });
    expect(book.snapshot()).toBe(reference.book.snapshot());
  });

  it('asks a second round trip where a user’s table beside an output stands, and keeps it', async () => {
    const { book, write } = await writtenOnce();
    await typeCells(
      book,
      'Fordeling',
      'K1:L2',
      [
        ['Budget', 'Sum'],
        ['IKT', 10],
      ],
      'Budget',
    );
    const { syncs } = await write('second');
    // Two to survey, one to keep the table rewritten in place, one to build and swap.
    expect(syncs).toBe(4);
    // The user's table stays; Allocation is added again where it stood, so it is listed last.
    expect(book.sheet('Fordeling')?.tables).toEqual([
      { name: 'Budget', range: 'K1:L2' },
      { name: 'Allocation', range: 'A1:H3' },
    ]);
    expect(book.sheet('Fordeling')?.values[1]?.slice(10)).toEqual(['IKT', 10]);
  });

  it('asks a second round trip for an output’s table under another name, and proves it', async () => {
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
    const users = sheetOf(book, 'Kommuner');
    const workbook = excelWorkbook(book.run, EVERY_SET);
    await workbook.writeOutputs(outputs(3, 'first'));
    const counted = countingRun(book.run);
    const report = await excelWorkbook(counted.run, EVERY_SET).writeOutputs(outputs(2, 'second'));
    expect(counted.syncs()).toBe(3);
    expect(report.notices).toEqual([]);
    expect(sheetOf(book, 'Kommuner')).toBe(users);
    expect(book.sheet('Fordeling')?.tables).toEqual([{ name: 'Allocation_2', range: 'A1:H3' }]);
  });

  it('proves a record that lost its comment (a LibreOffice save) in one round trip', async () => {
    const { book, write } = await writtenOnce();
    await edit(book, (workbook) => {
      workbook.names.getItem('Samkost.Output.Allocation').comment = '';
    });
    expect(await write('second')).toEqual({ syncs: 2, notices: [] });
    expect(book.sheetNames().filter((name) => name.startsWith('Fordeling'))).toEqual(['Fordeling']);
    expect(book.sheet('Fordeling')?.values[1]?.[0]).toBe('second item 1');
  });

  it('drops a record whose sheet the user deleted (#REF!) in one round trip', async () => {
    const { book, write } = await writtenOnce();
    await edit(book, (workbook) => workbook.worksheets.getItem('Fordeling').delete());
    expect(await write('second')).toEqual({ syncs: 2, notices: [] });
    expect(book.sheet('Fordeling')?.tables).toEqual([{ name: 'Allocation', range: 'A1:H3' }]);
  });

  it('proves nothing by a record whose reference lost its sheet, and leaves that table be', async () => {
    const { book, write } = await writtenOnce();
    await edit(book, (workbook) => {
      workbook.names.getItem('Samkost.Output.Allocation').delete();
      workbook.names.add('Samkost.Output.Allocation', '=$A$1:$H$4', 'Allocation');
    });
    const before = sheetOf(book, 'Fordeling');
    const { syncs, notices } = await write('second');
    expect(syncs).toBe(2);
    expect(sheetOf(book, 'Fordeling')).toBe(before);
    expect(book.sheet('Fordeling (2)')?.tables).toEqual([{ name: 'Allocation_2', range: 'A1:H3' }]);
    expect(notices).toMatchObject([{ code: 'NAME_TAKEN', takenBy: { name: 'Allocation' } }]);
  });
});
