/** The `Scores` table: each IKT-råd member's scores of each proposal, one column per criterion. */
import type { Criterion, ScoreRow } from '../../model';
import { problem } from '../../problem';
import { toNumber } from '../../rational';
import type { Cell, InputTable } from '../../table';
import { bindTable, type ExtraColumn } from '../bind';
import { normaliseHeader } from '../headers';
import { nameKey, type NameIndex } from '../names';
import { rowReader } from '../reader';
import type { ParseScope } from '../scope';
import { isProblem, readNumber, shown } from '../values';

export interface ParsedScores {
  /** Criteria read from Scores' own columns (weight 1); empty when the workbook has Criteria. */
  readonly criteria: readonly Criterion[];
  readonly scores: readonly ScoreRow[];
}

/**
 * The Scores column of each criterion. Extra columns whose headers match the same criterion (as
 * headers match) are DUPLICATE_COLUMN; a criterion without a column is simply unscored.
 */
function criterionColumns(
  criteria: readonly string[],
  extras: readonly ExtraColumn[],
  scope: ParseScope,
): Map<string, number> {
  const seen = new Map<string, ExtraColumn>();
  for (const extra of extras) {
    const first = seen.get(normaliseHeader(extra.header));
    if (first)
      scope.problems.push(
        problem('DUPLICATE_COLUMN', extra.cell.address, {
          table: 'Scores',
          column: first.header,
          found: extra.header,
          first: first.cell.address,
        }),
      );
    else seen.set(normaliseHeader(extra.header), extra);
  }
  const columns = new Map<string, number>();
  for (const criterion of criteria) {
    const extra = seen.get(normaliseHeader(criterion));
    if (extra) columns.set(criterion, extra.index);
  }
  return columns;
}

/** One score: a number 0 ≤ s ≤ ScoreMax, null when blank; a problem is pushed and read as null. */
function readScore(cell: Cell, column: string, scoreMax: number, scope: ParseScope): number | null {
  const raw = cell.value;
  // A number cell, as nearly all scores are: the same value readNumber would give (the nearest
  // number to its decimal text is the number itself), without a rational for each of 150,000.
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 && raw <= scoreMax)
    return raw + 0;
  const value = readNumber(cell, column);
  if (isProblem(value)) scope.problems.push(value);
  if (value === null || isProblem(value)) return null;
  const score = toNumber(value);
  if (value.num < 0n || score > scoreMax) {
    scope.problems.push(
      problem('OUT_OF_RANGE', cell.address, {
        column,
        found: shown(cell.value),
        min: 0,
        max: scoreMax,
      }),
    );
    return null;
  }
  return score;
}

/**
 * Parse Scores: one row per (proposal, scorer), the pair unique; Proposal must name a known ID
 * (written as that ID); Scorer required. With a Criteria table the criteria are its rows and
 * other extra columns are ignored (a comment column, say); without one every extra column is a
 * criterion of weight 1.
 */
export function parseScores(
  table: InputTable,
  scope: ParseScope,
  /** The names of the Criteria table's criteria, or null when the workbook has no Criteria. */
  declared: readonly string[] | null,
  proposals: NameIndex,
  scoreMax: number,
): ParsedScores {
  const bound = bindTable('Scores', table, ['Proposal', 'Scorer'], scope.problems);
  const own = declared
    ? []
    : bound.extras
        .filter(
          (e, i, all) =>
            all.findIndex((o) => normaliseHeader(o.header) === normaliseHeader(e.header)) === i,
        )
        .map((e): Criterion => ({ name: e.header, weight: 1, cell: e.cell.address }));
  const criteria = declared ?? own.map((c) => c.name);
  const columns = criterionColumns(criteria, bound.extras, scope);
  const seen = new Map<string, string>();
  // Each proposal and scorer is named on many rows: compare-form each spelling once.
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) {
      key = nameKey(name);
      keys.set(name, key);
    }
    return key;
  };
  const scores = bound.rows.flatMap((row): ScoreRow[] => {
    const read = rowReader(bound, row, scope.problems);
    const named = read.requiredText('Proposal');
    const scorer = read.requiredText('Scorer');
    const proposal = named === null ? undefined : proposals.find(named);
    if (named !== null && proposal === undefined && proposals.checkable) {
      scope.problems.push(
        problem('UNKNOWN_PROPOSAL', read.cell('Proposal'), {
          column: bound.label('Proposal'),
          found: named,
        }),
      );
    }
    const values = new Map<string, number | null>();
    for (const criterion of criteria) {
      const cell = row.all[columns.get(criterion) ?? -1];
      values.set(criterion, cell ? readScore(cell, criterion, scoreMax, scope) : null);
    }
    if (proposal === undefined || scorer === null) return [];
    const pair = `${keyOf(proposal)}\u0000${keyOf(scorer)}`;
    const first = seen.get(pair);
    if (first !== undefined) {
      scope.problems.push(
        problem('DUPLICATE', read.cell('Scorer'), {
          column: `${bound.label('Proposal')} + ${bound.label('Scorer')}`,
          found: `${proposal} + ${scorer}`,
          first,
        }),
      );
      return [];
    }
    seen.set(pair, read.cell('Scorer'));
    return [{ proposal, scorer, scores: values, cell: read.cell('Proposal'), cells: row.cells }];
  });
  return { criteria: own, scores };
}
