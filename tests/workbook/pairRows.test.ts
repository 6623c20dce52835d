/**
 * Planning a save into CriteriaPairs: moved judgements update their pair's Ratio cells (the right
 * way round, under any accepted headers), missing pairs are added, and nothing else is touched.
 */
import { planPairRows, type PairToSave } from '../../src/workbook/pairRows';
import { inputTable } from '../engine/parse/tableBuilder';

const pair = (a: string, b: string, ratio: number | string, changed = true): PairToSave => ({
  a,
  b,
  ratio,
  reversed: typeof ratio === 'number' ? 1 / ratio : ratio.replace('1/', ''),
  changed,
});

it('updates the moved pairs’ Ratio cells, swapping the ratio where the row is reversed', () => {
  const table = inputTable(
    'Kriteriepar',
    ['Merknad', 'Kriterium A', 'Kriterium B', 'Forhold'],
    [
      ['first', 'Nytte', 'Risiko', 2],
      ['kept', 'Kostnad', 'nytte', '1/2'],
      ['other', 'Risiko', 'Kostnad', 3],
    ],
  );
  const plan = planPairRows(table, [
    pair('Nytte', 'Risiko', '1/3'),
    pair('Nytte', 'Kostnad', '1/5'),
    pair('Risiko', 'Kostnad', 3, false),
  ]);
  expect(plan).toEqual({
    kind: 'plan',
    updates: [
      { cell: 'Kriteriepar!D2', value: '1/3' },
      { cell: 'Kriteriepar!D3', value: '5' },
    ],
    added: [],
  });
});

it('adds a row for each pair the table lacks, in the table’s column order, changed or not', () => {
  const table = inputTable(
    'Pares',
    ['Razón', 'Criterio A', 'Criterio B', 'Nota'],
    [[2, 'Valor', 'Riesgo', 'x']],
  );
  const plan = planPairRows(table, [
    pair('Valor', 'Riesgo', 2, false),
    pair('Valor', 'Coste', 4, false),
  ]);
  expect(plan).toEqual({ kind: 'plan', updates: [], added: [[4, 'Valor', 'Coste', '']] });
});

it('writes nothing when a column is missing, and names it', () => {
  const table = inputTable('CriteriaPairs', ['CriterionA', 'Ratio'], [['Value', 2]]);
  expect(planPairRows(table, [pair('Value', 'Risk', 2)])).toEqual({
    kind: 'missingColumns',
    columns: ['CriterionB'],
  });
});
