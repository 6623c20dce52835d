import { groupByTable, isSelectable, tableOfCell } from '../../src/taskpane/cells';

describe('cell references', () => {
  it('finds the sheet of a cell, unquoting names Excel quotes', () => {
    expect(tableOfCell('Kommuner!B7')).toBe('Kommuner');
    expect(tableOfCell("'Kostnader 2026'!C3")).toBe('Kostnader 2026');
    expect(tableOfCell("'Ola''s ark'!A1")).toBe("Ola's ark");
  });

  it('names the table of a missing column and keeps a bare table name', () => {
    expect(tableOfCell('Costs[Amount]')).toBe('Costs');
    expect(tableOfCell('Municipalities')).toBe('Municipalities');
  });

  it('cells, columns and tables can be selected; a blank reference cannot', () => {
    expect(isSelectable("'Kostnader 2026'!C3")).toBe(true);
    expect(isSelectable('Costs[Amount]')).toBe(true);
    expect(isSelectable('Municipalities')).toBe(true);
    expect(isSelectable(' ')).toBe(false);
  });

  it('groups by table in order of first appearance', () => {
    const groups = groupByTable([
      { cell: 'Costs!B2' },
      { cell: 'Kommuner!A3' },
      { cell: 'Costs[Key]' },
    ]);
    expect(groups.map((g) => [g.table, g.items.length])).toEqual([
      ['Costs', 2],
      ['Kommuner', 1],
    ]);
  });
});
