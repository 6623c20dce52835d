/** The `Scores` table: each IKT-råd member's scores of each proposal, one column per criterion. */
import type { Criterion, ScoreRow } from '../../model';
import { problem } from '../../problem';
import { toNumber } from '../../rational';
import type { Cell, InputTable } from '../../table';
import { bindColumns, isBlankRow, type ExtraColumn } from '../bind';
import { normaliseHeader } from '../headers';
import { nameKey, type NameIndex } from '../names';
import { settled } from '../reader';
import type { ParseScope } from '../scope';
import { isProblem, readNumber, readText, shown } from '../values';

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
 * criterion of weight 1. A loop of its own over the raw rows, columns found once: a national
 * workbook has 15,000 rows of 150,000 scores.
 */
export function parseScores(
  table: InputTable,
  scope: ParseScope,
  /** The names of the Criteria table's criteria, or null when the workbook has no Criteria. */
  declared: readonly string[] | null,
  proposals: NameIndex,
  scoreMax: number,
): ParsedScores {
  const { problems } = scope;
  const bound = bindColumns('Scores', table, ['Proposal', 'Scorer'], problems);
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
  const criterionAt = criteria.map((criterion) => columns.get(criterion) ?? -1);
  const proposalAt = bound.index('Proposal');
  const scorerAt = bound.index('Scorer');
  const proposalLabel = bound.label('Proposal');
  const scorerLabel = bound.label('Scorer');
  const pairLabel = `${proposalLabel} + ${scorerLabel}`;
  // A pair as a number: the proposal's position among the IDs and the scorer's among the
  // scorers (as names compare), rather than a string of the two for each row.
  const scorerKeys = new Map<string, number>();
  const scorers = new Map<string, number>();
  const stride = table.rows.length + 1;
  const seen = new Map<number, string>();
  const scores: ScoreRow[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    if (isBlankRow(row)) continue;
    const cells = bound.cellsOf(row);
    const first = row[0]?.address ?? 'Scores';
    const proposalCell = proposalAt < 0 ? undefined : row[proposalAt];
    const named = proposalCell
      ? settled(readText(proposalCell, proposalLabel), proposalCell, proposalLabel, problems)
      : null;
    const scorerCell = scorerAt < 0 ? undefined : row[scorerAt];
    const scorer = scorerCell
      ? settled(readText(scorerCell, scorerLabel), scorerCell, scorerLabel, problems)
      : null;
    const position = named === null ? -1 : proposals.position(named);
    if (named !== null && position < 0 && proposals.checkable) {
      problems.push(
        problem('UNKNOWN_PROPOSAL', cells['Proposal'] ?? first, {
          column: proposalLabel,
          found: named,
        }),
      );
    }
    // In the criteria's order, which is the workbook's: a parse that succeeds has `declared`
    // (or the own criteria) as its criteria, in order.
    const values: (number | null)[] = [];
    for (let k = 0; k < criteria.length; k++) {
      const criterion = criteria[k] ?? '';
      const cell = row[criterionAt[k] ?? -1];
      values.push(cell ? readScore(cell, criterion, scoreMax, scope) : null);
    }
    if (position < 0 || scorer === null) continue;
    const proposal = proposals.name(position);
    let scorerId = scorers.get(scorer);
    if (scorerId === undefined) {
      const key = nameKey(scorer);
      scorerId = scorerKeys.get(key) ?? scorerKeys.size;
      scorerKeys.set(key, scorerId);
      scorers.set(scorer, scorerId);
    }
    const pair = position * stride + scorerId;
    const scorerAddress = cells['Scorer'] ?? first;
    const earlier = seen.get(pair);
    if (earlier !== undefined) {
      problems.push(
        problem('DUPLICATE', scorerAddress, {
          column: pairLabel,
          found: `${proposal} + ${scorer}`,
          first: earlier,
        }),
      );
      continue;
    }
    seen.set(pair, scorerAddress);
    scores.push({ proposal, scorer, scores: values, cell: cells['Proposal'] ?? first, cells });
  }
  return { criteria: own, scores };
}
