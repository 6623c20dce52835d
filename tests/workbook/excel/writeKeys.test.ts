/** *Apply* of a what-if: one key into Costs' Key cells, all or nothing, in a fixed number of syncs. */
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { countingRun, excelWorkbook } from '../../../src/workbook/excel';
import { costsSheet, INPUT_SHEETS } from './fixtures';

describe('writeKeys', () => {
  it('writes the key into the chosen Key cells and nowhere else', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const result = await excelWorkbook(book.run).writeKeys(
      [{ cell: 'Kostnader!C3', item: 'Servicedesk' }],
      'equal',
    );
    expect(result).toBe('written');
    expect(book.sheet('Kostnader')?.values).toEqual([
      ['Post', 'Beløp', 'Nøkkel'],
      ['Nettverk', 1200000, 'innbyggere'],
      ['Servicedesk', '1 234,50', 'equal'],
    ]);
  });

  it('writes nothing when any cell is no longer its row’s Key cell (sorted or edited since)', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const before = book.sheet('Kostnader')?.values;
    const workbook = excelWorkbook(book.run);
    // The first target is fine; the second names a row whose Item is now another, and the third
    // an Amount cell: nothing at all is written.
    for (const stale of [
      { cell: 'Kostnader!C2', item: 'Servicedesk' },
      { cell: 'Kostnader!B3', item: 'Servicedesk' },
    ]) {
      const result = await workbook.writeKeys(
        [{ cell: 'Kostnader!C3', item: 'Servicedesk' }, stale],
        'equal',
      );
      expect(result).toBe('moved');
      expect(book.sheet('Kostnader')?.values).toEqual(before);
    }
  });

  it('writes formula-like key text as text', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    await excelWorkbook(book.run).writeKeys([{ cell: 'Kostnader!C2', item: 'Nettverk' }], '=1+1');
    // Typed as Excel types it: the quote prefix keeps the text, and no formula is made.
    expect(book.sheet('Kostnader')?.values[1]?.[2]).toBe('=1+1');
    expect(book.sheet('Kostnader')?.formulas).toEqual({});
  });

  it('takes the same number of syncs for 2 cells and for 500', async () => {
    const syncsFor = async (rows: number): Promise<number> => {
      const book = FakeWorkbook.fromTableSheets([costsSheet(rows)]);
      const counted = countingRun(book.run);
      const targets = Array.from({ length: rows }, (_, i) => ({
        cell: `Kostnader!D${i + 2}`,
        item: `Item ${i + 1}`,
      }));
      expect(await excelWorkbook(counted.run).writeKeys(targets, 'pcs')).toBe('written');
      expect(
        book
          .sheet('Kostnader')
          ?.values.slice(1)
          .every((row) => row[3] === 'pcs'),
      ).toBe(true);
      return counted.syncs();
    };
    const small = await syncsFor(2);
    expect(await syncsFor(500)).toBe(small);
    expect(small).toBeLessThanOrEqual(4);
  });
});
