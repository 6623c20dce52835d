/**
 * The council's pairwise judgements saved into CriteriaPairs: under any accepted table name and
 * headers, moved pairs updated, missing pairs added, nothing else touched, all or nothing, in a
 * fixed number of syncs.
 */
import type { TableSheet } from '../../../src/engine/table';
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { countingRun, excelWorkbook } from '../../../src/workbook/excel';
import type { PairToSave } from '../../../src/workbook/pairRows';

const FRESH = {
  sheetName: 'Kriteriepar',
  criterionA: 'Kriterium A',
  criterionB: 'Kriterium B',
  ratio: 'Forhold',
};

const pair = (a: string, b: string, ratio: number | string, changed = true): PairToSave => ({
  a,
  b,
  ratio,
  reversed: typeof ratio === 'number' ? 1 / ratio : Number(ratio.replace('1/', '')),
  changed,
});

const kriteriepar = (rows: (string | number | null)[][]): TableSheet => ({
  tableName: 'Kriteriepar',
  sheetName: 'Vurderinger',
  headers: ['Kriterium A', 'Kriterium B', 'Forhold', 'Merknad'],
  rows,
});

describe('writePairs', () => {
  it('updates the moved pairs and adds the missing one under an aliased table, nothing else', async () => {
    const book = FakeWorkbook.fromTableSheets([
      kriteriepar([
        ['Nytte', 'Risiko', 2, 'fra møtet i mars'],
        ['Kostnad', 'Nytte', '1/2', null],
      ]),
    ]);
    const result = await excelWorkbook(book.run).writePairs(
      [
        pair('Nytte', 'Risiko', 2, false),
        pair('Nytte', 'Kostnad', 5),
        pair('Risiko', 'Kostnad', '1/3'),
      ],
      FRESH,
    );
    expect(result).toEqual({ kind: 'saved', updated: 1, added: 1 });
    expect(book.sheet('Vurderinger')?.values).toEqual([
      ['Kriterium A', 'Kriterium B', 'Forhold', 'Merknad'],
      ['Nytte', 'Risiko', 2, 'fra møtet i mars'],
      // The row names Kostnad first: it gets 1/5, the same judgement its way round.
      ['Kostnad', 'Nytte', 0.2, null],
      ['Risiko', 'Kostnad', '1/3', null],
    ]);
    expect(book.sheet('Vurderinger')?.tables).toEqual([{ name: 'Kriteriepar', range: 'A1:D4' }]);
    // What was written reads back as the judgements the pane holds.
    const tables = await excelWorkbook(book.run).readTables();
    expect(tables.CriteriaPairs?.rows.map((r) => r[2]?.value)).toEqual([2, 0.2, '1/3']);
  });

  it('creates CriteriaPairs headed in the user’s language, formula-like names kept as text', async () => {
    const book = FakeWorkbook.fromTableSheets([]);
    const result = await excelWorkbook(book.run).writePairs(
      [pair('=Nytte', 'Risiko', 3), pair('=Nytte', '+Kost', '1/2'), pair('Risiko', '+Kost', 1)],
      FRESH,
    );
    expect(result).toEqual({ kind: 'saved', updated: 0, added: 3 });
    expect(book.sheet('Kriteriepar')?.values).toEqual([
      ['Kriterium A', 'Kriterium B', 'Forhold'],
      ['=Nytte', 'Risiko', 3],
      ['=Nytte', '+Kost', '1/2'],
      ['Risiko', '+Kost', 1],
    ]);
    expect(book.sheet('Kriteriepar')?.formulas).toEqual({});
    expect(book.sheet('Kriteriepar')?.tables.map((t) => t.name)).toEqual(['CriteriaPairs']);
  });

  it('adds rows under a plain sheet found by its Spanish name', async () => {
    const book = FakeWorkbook.fromTableSheets([]);
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Pares de criterios');
      sheet.getRange('B2:D3').values = [
        ['Criterio A', 'Criterio B', 'Razón'],
        ['Valor', 'Riesgo', 4],
      ];
      await context.sync();
    });
    await excelWorkbook(book.run).writePairs(
      [pair('Valor', 'Riesgo', 4, false), pair('Valor', 'Coste', 6, false)],
      FRESH,
    );
    expect(book.sheet('Pares de criterios')?.values).toEqual([
      [null, null, null, null],
      [null, 'Criterio A', 'Criterio B', 'Razón'],
      [null, 'Valor', 'Riesgo', 4],
      [null, 'Valor', 'Coste', 6],
    ]);
  });

  it('writes nothing when the table lacks a column', async () => {
    const book = FakeWorkbook.fromTableSheets([
      { tableName: 'CriteriaPairs', sheetName: 'Par', headers: ['CriterionA', 'Ratio'], rows: [] },
    ]);
    const before = book.sheet('Par')?.values;
    const result = await excelWorkbook(book.run).writePairs([pair('A', 'B', 2)], FRESH);
    expect(result).toEqual({ kind: 'missingColumns', columns: ['CriterionB'] });
    expect(book.sheet('Par')?.values).toEqual(before);
  });

  it('takes the same number of syncs for 3 criteria and for 10', async () => {
    const syncsFor = async (n: number): Promise<number> => {
      const names = Array.from({ length: n }, (_, i) => `K${i + 1}`);
      const all = names.flatMap((a, i) => names.slice(i + 1).map((b) => [a, b] as const));
      // Half the pairs have rows; every pair is saved moved.
      const book = FakeWorkbook.fromTableSheets([
        kriteriepar(all.filter((_, i) => i % 2 === 0).map(([a, b]) => [a, b, 1, null])),
      ]);
      const counted = countingRun(book.run);
      const result = await excelWorkbook(counted.run).writePairs(
        all.map(([a, b]) => pair(a, b, 3)),
        FRESH,
      );
      expect(result).toEqual({
        kind: 'saved',
        updated: Math.ceil(all.length / 2),
        added: Math.floor(all.length / 2),
      });
      return counted.syncs();
    };
    const small = await syncsFor(3);
    expect(await syncsFor(10)).toBe(small);
    expect(small).toBeLessThanOrEqual(4);
  });
});
