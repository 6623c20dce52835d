/** A member's scores saved into Scores: their rows only, all or nothing, in a fixed number of syncs. */
import type { TableSheet } from '../../../src/engine/table';
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { countingRun, excelWorkbook } from '../../../src/workbook/excel';

const FRESH = { sheetName: 'Poeng', proposal: 'Tiltak', scorer: 'Vurdert av' };

const scores = (rows: (string | number | null)[][]): TableSheet => ({
  tableName: 'Scores',
  sheetName: 'Poeng',
  headers: ['Tiltak', 'Vurdert av', 'Nytte', 'Risiko'],
  rows,
});

describe('writeScores', () => {
  it('updates the member’s rows, adds the new ones and leaves everyone else’s alone', async () => {
    const book = FakeWorkbook.fromTableSheets([
      scores([
        ['P1', 'Ola', 1, 1],
        ['P1', 'Kari', 5, 4],
        ['P2', 'ola ', 2, null],
      ]),
    ]);
    const result = await excelWorkbook(book.run).writeScores(
      {
        scorer: 'Ola',
        criteria: ['Nytte', 'Risiko'],
        rows: [
          { proposal: 'P1', scores: [3, 4] },
          { proposal: 'P2', scores: [5, null] },
          { proposal: 'P3', scores: [0, 2.5] },
        ],
      },
      FRESH,
    );
    expect(result).toEqual({ kind: 'saved', updated: 2, added: 1 });
    expect(book.sheet('Poeng')?.values).toEqual([
      ['Tiltak', 'Vurdert av', 'Nytte', 'Risiko'],
      ['P1', 'Ola', 3, 4],
      ['P1', 'Kari', 5, 4],
      ['P2', 'ola ', 5, null],
      ['P3', 'Ola', 0, 2.5],
    ]);
    expect(book.sheet('Poeng')?.tables).toEqual([{ name: 'Scores', range: 'A1:D5' }]);
  });

  it('creates Scores headed in the user’s language when the workbook has none', async () => {
    const book = FakeWorkbook.fromTableSheets([]);
    await excelWorkbook(book.run).writeScores(
      { scorer: '=Ola', criteria: ['Nytte'], rows: [{ proposal: 'P1', scores: [4] }] },
      FRESH,
    );
    // A formula-like name is kept as the text typed.
    expect(book.sheet('Poeng')?.values).toEqual([
      ['Tiltak', 'Vurdert av', 'Nytte'],
      ['P1', '=Ola', 4],
    ]);
    expect(book.sheet('Poeng')?.formulas).toEqual({});
    expect(book.sheet('Poeng')?.tables.map((t) => t.name)).toEqual(['Scores']);
  });

  it('writes nothing when Scores has no column for a criterion', async () => {
    const book = FakeWorkbook.fromTableSheets([scores([['P1', 'Kari', 5, 4]])]);
    const before = book.sheet('Poeng')?.values;
    const result = await excelWorkbook(book.run).writeScores(
      {
        scorer: 'Ola',
        criteria: ['Nytte', 'Kostnad'],
        rows: [{ proposal: 'P1', scores: [3, 4] }],
      },
      FRESH,
    );
    expect(result).toEqual({ kind: 'missingColumns', criteria: ['Kostnad'] });
    expect(book.sheet('Poeng')?.values).toEqual(before);
  });

  it('takes the same number of syncs for 2 proposals and for 300', async () => {
    const syncsFor = async (n: number): Promise<number> => {
      const ids = Array.from({ length: n }, (_, i) => `P${i + 1}`);
      const book = FakeWorkbook.fromTableSheets([
        scores(ids.filter((_, i) => i % 2 === 0).map((id) => [id, 'Ola', 1, 1])),
      ]);
      const counted = countingRun(book.run);
      const result = await excelWorkbook(counted.run).writeScores(
        {
          scorer: 'Ola',
          criteria: ['Nytte', 'Risiko'],
          rows: ids.map((proposal) => ({ proposal, scores: [2, 3] })),
        },
        FRESH,
      );
      expect(result).toEqual({
        kind: 'saved',
        updated: Math.ceil(n / 2),
        added: Math.floor(n / 2),
      });
      return counted.syncs();
    };
    const small = await syncsFor(2);
    expect(await syncsFor(300)).toBe(small);
    expect(small).toBeLessThanOrEqual(4);
  });
});
