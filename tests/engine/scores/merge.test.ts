import {
  planScoresMerge,
  type CouncilScores,
  type MemberScores,
} from '../../../src/engine/scores/merge';
import type { CellValue, InputTable } from '../../../src/engine/table';

/** A table on `sheet` with headers in row 1 and `rows` below, addressed as Excel would. */
function table(sheet: string, headers: string[], rows: CellValue[][]): InputTable {
  const col = (c: number): string => String.fromCharCode(65 + c);
  return {
    name: 'Scores',
    sheet,
    headers: headers.map((h, c) => ({ value: h, address: `${sheet}!${col(c)}1` })),
    rows: rows.map((row, r) =>
      row.map((value, c) => ({ value, address: `${sheet}!${col(c)}${r + 2}` })),
    ),
  };
}

const council = (rows: CellValue[][]): CouncilScores => ({
  file: 'council.xlsx',
  table: table('Scores', ['Proposal', 'Scorer', 'Benefit', 'Risk', 'Note'], rows),
  proposals: ['P1', 'P2'],
  criteria: ['Benefit', 'Risk'],
  scoreMax: 5,
});

const member = (file: string, headers: string[], rows: CellValue[][]): MemberScores => ({
  file,
  table: table('Vurdering', headers, rows),
});

describe('planScoresMerge', () => {
  it('updates the member’s own row in its criterion columns, adds new pairs, leaves others alone', () => {
    const plan = planScoresMerge(
      council([
        ['P1', 'Kari', 1, 1, 'kept'],
        ['P1', 'Ola', 2, 2, null],
      ]),
      [
        member(
          'kari.xlsx',
          ['Tiltak', 'Vurdert av', 'benefit'],
          [
            ['p1', ' kari ', 4],
            ['P2', 'Kari', '3,5'],
          ],
        ),
      ],
    );
    expect(plan).toEqual({
      ok: true,
      updated: 1,
      added: 1,
      scorers: ['kari'],
      changes: [
        { index: 0, values: [undefined, undefined, 4, undefined, undefined] },
        { index: 2, values: ['P2', 'kari', 3.5, null, null] },
      ],
    });
  });

  it('names every problem with its file and cell, and plans nothing', () => {
    const plan = planScoresMerge(council([]), [
      member(
        'a.xlsx',
        ['Proposal', 'Scorer', 'Benefit', 'Cost'],
        [
          ['P9', 'Kari', 6, 1],
          ['P1', 'Ola', 1, 1],
        ],
      ),
      member('b.xlsx', ['Proposal', 'Scorer', 'Risk'], [['P1', 'KARI', 2]]),
      { file: 'c.xlsx', table: null },
    ]);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.problems.map((p) => [p.code, p.file, p.cell, p.found])).toEqual([
      ['UNKNOWN_CRITERION', 'a.xlsx', 'Vurdering!D1', 'Cost'],
      ['UNKNOWN_PROPOSAL', 'a.xlsx', 'Vurdering!A2', 'P9'],
      ['BAD_SCORE', 'a.xlsx', 'Vurdering!C2', '6'],
      ['SEVERAL_SCORERS', 'a.xlsx', 'Vurdering!B3', 'Ola'],
      ['NO_SCORES', 'c.xlsx', 'Scores', ''],
      ['SCORER_IN_TWO_FILES', 'b.xlsx', 'Vurdering!B2', 'KARI'],
    ]);
  });

  it('refuses a proposal twice in one member file', () => {
    const plan = planScoresMerge(council([]), [
      member(
        'a.xlsx',
        ['Proposal', 'Scorer', 'Risk'],
        [
          ['P1', 'Kari', 2],
          ['p1', 'Kari', 3],
        ],
      ),
    ]);
    expect(plan.ok ? [] : plan.problems.map((p) => [p.code, p.cell, p.other])).toEqual([
      ['DUPLICATE_PROPOSAL', 'Vurdering!A3', 'Vurdering!A2'],
    ]);
  });
});
