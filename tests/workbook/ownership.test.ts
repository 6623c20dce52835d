/** The one ownership rule both adapters follow: what a survey proves Samkost's, and the plan. */
import type { OutputTable, OutputTableName } from '../../src/engine/table';
import {
  type Box,
  parseRecord,
  planOutputs,
  recordReference,
  uncovered,
  type OwnershipRecord,
  type RecordedName,
  type Survey,
  type SurveyedSheet,
} from '../../src/workbook/ownership';

const output = (name: OutputTableName, sheetName: string, rows = 2): OutputTable => ({
  name,
  sheetName,
  headers: ['A', 'B'],
  formats: ['text', 'text'],
  rows: Array.from({ length: rows }, (_, i) => [`r${i}`, i]),
});

const ALLOCATION = output('Allocation', 'Fordeling');
const TOTALS = output('Totals', 'Totaler');

const box = (top: number, left: number, rows: number, cols: number): Box => ({
  top,
  left,
  rows,
  cols,
});

/** A sheet holding `tables`; by default nothing else (its used range is its tables'). */
function sheet(
  name: string,
  tables: { name: string; at: Box }[],
  extra: Partial<SurveyedSheet> = {},
): SurveyedSheet {
  const first = tables[0]?.at ?? null;
  return {
    id: `id-${name}`,
    name,
    tables: tables.map((t) => ({ name: t.name, ...t.at })),
    used: first,
    hasObjects: false,
    ...extra,
  };
}

const record = (output: RecordedName, sheetName: string, at: Box, table: string = output) =>
  parseRecord(`Samkost.Output.${output}`, `=${recordReference(sheetName, at)}`, table);

function survey(
  sheets: SurveyedSheet[],
  records: (OwnershipRecord | null)[],
  names: string[] = [],
): Survey {
  const found = records.filter((r): r is OwnershipRecord => r !== null);
  return { sheets, records: found, definedNames: [...names, ...found.map((r) => r.name)] };
}

const AT_A1 = box(0, 0, 3, 2);

describe('the record', () => {
  it('reads back what it writes, quoted sheet names included', () => {
    for (const name of ['Fordeling', "Kari's plan", 'Vår fordeling', '2026']) {
      const parsed = parseRecord(
        'Samkost.Output.Allocation',
        `=${recordReference(name, box(4, 2, 10, 8))}`,
        'Allocation_2',
      );
      expect(parsed).toEqual({
        output: 'Allocation',
        name: 'Samkost.Output.Allocation',
        sheet: name,
        box: box(4, 2, 10, 8),
        table: 'Allocation_2',
      });
    }
    expect(recordReference("Kari's plan", AT_A1)).toBe("'Kari''s plan'!$A$1:$B$3");
  });

  it('is no record for another name or a future output; a broken reference has no place', () => {
    expect(parseRecord('Totals', '=Totaler!$A$1:$E$4', 'Totals')).toBeNull();
    expect(parseRecord('Samkost.Output.Forecast', '=X!$A$1', 'Forecast')).toBeNull();
    expect(parseRecord('SAMKOST.OUTPUT.TOTALS', '=#REF!', 'Totals')).toMatchObject({
      output: 'Totals',
      sheet: null,
      box: null,
    });
  });
});

describe('planOutputs', () => {
  it('writes new sheets under the outputs’ own names in a workbook without outputs', () => {
    const plan = planOutputs(
      survey([sheet('Kommuner', [{ name: 'Municipalities', at: AT_A1 }])], []),
      [ALLOCATION],
    );
    expect(plan.placements).toEqual([
      {
        kind: 'newSheet',
        output: ALLOCATION,
        sheetName: 'Fordeling',
        tableName: 'Allocation',
        footerName: null,
      },
    ]);
    expect([plan.deleteSheets, plan.removeTables, plan.dropRecords, plan.notices]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  it('replaces a proven output’s sheet whole when it holds nothing else, keeping its name', () => {
    const own = sheet('Min fordeling', [{ name: 'Allocation', at: AT_A1 }]);
    const plan = planOutputs(survey([own], [record('Allocation', 'Min fordeling', AT_A1)]), [
      ALLOCATION,
    ]);
    expect(plan.placements).toEqual([
      {
        kind: 'replaceSheet',
        output: ALLOCATION,
        sheet: own,
        previous: own.tables[0],
        tableName: 'Allocation',
        footerName: null,
      },
    ]);
    expect(plan.dropRecords).toEqual(['Samkost.Output.Allocation']);
    expect(plan.notices).toEqual([]);
  });

  it.each([
    ['notes beside it', { used: box(0, 0, 3, 5) }],
    ['a chart or a comment', { hasObjects: true }],
  ])('rewrites a proven table in place when its sheet also holds %s', (_, extra) => {
    const own = sheet('Fordeling', [{ name: 'Allocation', at: AT_A1 }], extra);
    const plan = planOutputs(survey([own], [record('Allocation', 'Fordeling', AT_A1)]), [
      ALLOCATION,
    ]);
    expect(plan.placements.map((p) => p.kind)).toEqual(['inPlace']);
  });

  it('proves nothing when the recorded table no longer starts at the recorded cell', () => {
    const moved = sheet('Fordeling', [{ name: 'Allocation', at: box(2, 0, 3, 2) }]);
    const plan = planOutputs(survey([moved], [record('Allocation', 'Fordeling', AT_A1)]), [
      ALLOCATION,
    ]);
    expect(plan.placements).toEqual([
      {
        kind: 'newSheet',
        output: ALLOCATION,
        sheetName: 'Fordeling (2)',
        tableName: 'Allocation_2',
        footerName: null,
      },
    ]);
    expect(plan.dropRecords).toEqual(['Samkost.Output.Allocation']);
    expect(plan.notices).toEqual([
      {
        code: 'NAME_TAKEN',
        output: 'Allocation',
        tableName: 'Allocation_2',
        sheetName: 'Fordeling (2)',
        takenBy: { kind: 'table', name: 'Allocation' },
      },
    ]);
  });

  it('drops a stale record (its sheet gone) and writes afresh without a notice', () => {
    const plan = planOutputs(survey([], [record('Allocation', 'Deleted', AT_A1)]), [ALLOCATION]);
    expect(plan.placements.map((p) => p.kind)).toEqual(['newSheet']);
    expect(plan.dropRecords).toEqual(['Samkost.Output.Allocation']);
    expect(plan.notices).toEqual([]);
  });

  it('lets only the first of two records of one output prove it (a copied sheet)', () => {
    const own = sheet('Fordeling', [{ name: 'Allocation', at: AT_A1 }]);
    const copy = sheet('Fordeling (2)', [{ name: 'Allocation3', at: AT_A1 }]);
    const records = [
      record('Allocation', 'Fordeling', AT_A1),
      parseRecord(
        'Samkost.Output.allocation',
        `=${recordReference('Fordeling (2)', AT_A1)}`,
        'Allocation3',
      ),
    ];
    const plan = planOutputs(survey([own, copy], records), [ALLOCATION]);
    expect(plan.placements).toMatchObject([{ kind: 'replaceSheet', sheet: own }]);
    expect(plan.dropRecords).toEqual(['Samkost.Output.Allocation', 'Samkost.Output.allocation']);
    expect(plan.deleteSheets).toEqual([]);
  });

  it('takes the first free table name past tables and defined names of the user’s', () => {
    const users = sheet('Budsjett', [
      { name: 'allocation', at: AT_A1 },
      { name: 'Allocation_2', at: box(5, 0, 3, 2) },
    ]);
    const plan = planOutputs(survey([users], [], ['Totals']), [ALLOCATION, TOTALS]);
    expect(plan.placements.map((p) => p.tableName)).toEqual(['Allocation_3', 'Totals_2']);
    expect(plan.notices).toEqual([
      {
        code: 'NAME_TAKEN',
        output: 'Allocation',
        tableName: 'Allocation_3',
        sheetName: 'Fordeling',
        takenBy: { kind: 'table', name: 'allocation' },
      },
      {
        code: 'NAME_TAKEN',
        output: 'Totals',
        tableName: 'Totals_2',
        sheetName: 'Totaler',
        takenBy: { kind: 'name', name: 'Totals' },
      },
    ]);
  });

  it('takes free names past tables whose place was not asked, as past any of the user’s', () => {
    const users: SurveyedSheet = {
      ...sheet('Budsjett', []),
      unplaced: ['allocation', 'Allocation_2'],
    };
    const plan = planOutputs(survey([users], []), [ALLOCATION]);
    expect(plan.placements.map((p) => p.tableName)).toEqual(['Allocation_3']);
    expect(plan.notices).toMatchObject([{ takenBy: { kind: 'table', name: 'allocation' } }]);
  });

  it('never replaces or deletes whole a proven output’s sheet that holds a table not placed', () => {
    const shared: SurveyedSheet = {
      ...sheet('Fordeling', [{ name: 'Allocation', at: AT_A1 }]),
      unplaced: ['Budget'],
    };
    const records = [record('Allocation', 'Fordeling', AT_A1)];
    const rewritten = planOutputs(survey([shared], records), [ALLOCATION]);
    expect(rewritten.placements.map((p) => p.kind)).toEqual(['inPlace']);
    const removed = planOutputs(survey([shared], records), [TOTALS]);
    expect(removed.deleteSheets).toEqual([]);
    expect(removed.removeTables).toEqual([{ sheet: shared, table: shared.tables[0] }]);
  });

  it('says when a sheet of the user’s has the output’s sheet name', () => {
    const users = sheet('Fordeling', [], { used: AT_A1 });
    const plan = planOutputs(survey([users], []), [ALLOCATION]);
    expect(plan.notices).toEqual([
      {
        code: 'NAME_TAKEN',
        output: 'Allocation',
        tableName: 'Allocation',
        sheetName: 'Fordeling (2)',
        takenBy: { kind: 'sheet', name: 'Fordeling' },
      },
    ]);
  });

  it('moves a blocked output to a new sheet, removes its old table and says so', () => {
    const shared = sheet('Fordeling', [{ name: 'Allocation', at: AT_A1 }], {
      used: box(0, 0, 9, 2),
    });
    const plan = planOutputs(
      survey([shared], [record('Allocation', 'Fordeling', AT_A1)]),
      [ALLOCATION],
      new Set(['Allocation'] as const),
    );
    expect(plan.placements).toEqual([
      {
        kind: 'newSheet',
        output: ALLOCATION,
        sheetName: 'Fordeling (2)',
        tableName: 'Allocation',
        footerName: null,
      },
    ]);
    expect(plan.removeTables).toEqual([{ sheet: shared, table: shared.tables[0] }]);
    expect(plan.notices).toEqual([
      {
        code: 'MOVED',
        output: 'Allocation',
        tableName: 'Allocation',
        sheetName: 'Fordeling (2)',
        from: 'Fordeling',
      },
    ]);
  });

  it('deletes a proven output no longer written, its sheet only when it held nothing else', () => {
    const alone = sheet('Totaler', [{ name: 'Totals', at: AT_A1 }]);
    const shared = sheet('Fordeling', [{ name: 'Allocation', at: AT_A1 }], { hasObjects: true });
    const records = [record('Totals', 'Totaler', AT_A1), record('Allocation', 'Fordeling', AT_A1)];
    const plan = planOutputs(survey([alone, shared], records), []);
    expect(plan.deleteSheets).toEqual([alone]);
    expect(plan.removeTables).toEqual([{ sheet: shared, table: shared.tables[0] }]);
    expect(plan.placements).toEqual([]);
  });

  it('gives a sheet that goes its name back to a new output', () => {
    const alone = sheet('Totaler', [{ name: 'Totals', at: AT_A1 }]);
    const renamedTotals = output('Allocation', 'Totaler');
    const plan = planOutputs(survey([alone], [record('Totals', 'Totaler', AT_A1)]), [
      renamedTotals,
    ]);
    expect(plan.deleteSheets).toEqual([alone]);
    expect(plan.placements).toMatchObject([{ kind: 'newSheet', sheetName: 'Totaler' }]);
    expect(plan.notices).toEqual([]);
  });
});

describe('an output’s footer (Allocation’s totals)', () => {
  const WITH_FOOTER: OutputTable = {
    ...ALLOCATION,
    footer: { name: 'AllocationTotals', headers: ['A', 'B'], formats: ['text', 'text'], rows: [] },
  };
  // Allocation at A1:B3, its blank row 4, its totals at A5:B7.
  const TABLE = box(0, 0, 3, 2);
  const FOOTER = box(4, 0, 3, 2);
  const BLOCK = box(0, 0, 7, 2);
  const records = [
    record('Allocation', 'Fordeling', TABLE),
    record('AllocationTotals', 'Fordeling', FOOTER),
  ];
  const blockSheet = (extra: Partial<SurveyedSheet> = {}): SurveyedSheet =>
    sheet(
      'Fordeling',
      [
        { name: 'Allocation', at: TABLE },
        { name: 'AllocationTotals', at: FOOTER },
      ],
      { used: BLOCK, rowsBelow: new Map([[3, false]]), ...extra },
    );

  it('is proven by its own record and goes with the sheet its table replaces whole', () => {
    const own = blockSheet();
    const plan = planOutputs(survey([own], records), [WITH_FOOTER]);
    expect(plan.placements).toEqual([
      {
        kind: 'replaceSheet',
        output: WITH_FOOTER,
        sheet: own,
        previous: own.tables[0],
        tableName: 'Allocation',
        footerName: 'AllocationTotals',
      },
    ]);
    expect([plan.deleteSheets, plan.removeTables]).toEqual([[], []]);
    expect(plan.dropRecords).toEqual([
      'Samkost.Output.Allocation',
      'Samkost.Output.AllocationTotals',
    ]);
  });

  it.each([
    ['a note in the blank row between', { rowsBelow: new Map([[3, true]]) }],
    ['a blank row the survey could not see', { rowsBelow: new Map<number, boolean>() }],
    ['a note under the totals', { used: box(0, 0, 9, 2) }],
  ])('rewrites in place, removing the old totals, when the sheet also has %s', (_, extra) => {
    const own = blockSheet(extra);
    const plan = planOutputs(survey([own], records), [WITH_FOOTER]);
    expect(plan.placements).toEqual([
      {
        kind: 'inPlace',
        output: WITH_FOOTER,
        sheet: own,
        previous: own.tables[0],
        previousFooter: own.tables[1],
        tableName: 'Allocation',
        footerName: 'AllocationTotals',
      },
    ]);
    expect(plan.removeTables).toEqual([{ sheet: own, table: own.tables[1] }]);
  });

  it('is the user’s without a record: the totals go beside it under a free name', () => {
    const own = blockSheet();
    const plan = planOutputs(survey([own], records.slice(0, 1)), [WITH_FOOTER]);
    expect(plan.placements).toMatchObject([
      { kind: 'inPlace', previousFooter: null, footerName: 'AllocationTotals_2' },
    ]);
    expect(plan.removeTables).toEqual([]);
  });

  it('moves with its table when the table is blocked, and the old pair is removed', () => {
    const own = blockSheet({ used: box(0, 0, 9, 2) });
    const plan = planOutputs(survey([own], records), [WITH_FOOTER], new Set(['Allocation']));
    expect(plan.placements).toMatchObject([
      { kind: 'newSheet', sheetName: 'Fordeling (2)', footerName: 'AllocationTotals' },
    ]);
    expect(plan.removeTables).toEqual([
      { sheet: own, table: own.tables[0] },
      { sheet: own, table: own.tables[1] },
    ]);
  });

  it('goes, with the sheet, when its table is no longer written either', () => {
    const own = blockSheet();
    const plan = planOutputs(survey([own], records), [TOTALS]);
    expect(plan.deleteSheets).toEqual([own]);
    expect(plan.removeTables).toEqual([]);
  });

  it('leaves the bounds: what is outside both tables is found by subtracting them', () => {
    expect(uncovered(BLOCK, [TABLE, FOOTER])).toEqual([box(3, 0, 1, 2)]);
    expect(uncovered(box(0, 0, 4, 4), [box(1, 1, 2, 2)])).toEqual([
      box(0, 0, 1, 4),
      box(3, 0, 1, 4),
      box(1, 0, 2, 1),
      box(1, 3, 2, 1),
    ]);
    expect(uncovered(TABLE, [box(5, 5, 1, 1)])).toEqual([TABLE]);
    expect(uncovered(TABLE, [BLOCK])).toEqual([]);
  });
});
