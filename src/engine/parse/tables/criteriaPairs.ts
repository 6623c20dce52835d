/**
 * The `CriteriaPairs` table (Kriteriepar / Pares de criterios, contract v1.1 §10): the IKT-råd's
 * pairwise judgements of how much more important one criterion is than another.
 */
import { problem } from '../../problem';
import { compare, div, rational, toNumber, type Rational } from '../../rational';
import type { Cell, InputTable } from '../../table';
import type { Judgement } from '../../weights/ahp';
import { bindTable } from '../bind';
import { normaliseHeader } from '../headers';
import { parseNumberText } from '../numberText';
import { rowReader } from '../reader';
import type { ParseScope } from '../scope';
import { isProblem, readNumber, shown } from '../values';

/**
 * Saaty's scale runs from 1/9 to 9; every value between is accepted (2, 0.5, 1.5: councils use
 * the in-between steps). The lower bound is 0.11, not 1/9, so that 1/9 written as a decimal
 * (`0,11`, `0,111`) is accepted; a value is used as written (0,333 is 0.333, not 1/3).
 */
export const RATIO_MIN = rational(11n, 100n);
export const RATIO_MAX = rational(9n);

/** A judgement with the cells it came from. */
export interface PairJudgement extends Judgement {
  readonly cell: string;
}

/** The criteria a pair may name: their names as written, matched as headers (`Risk` = `risk `). */
export type CriteriaNames = readonly string[];

/** A ratio: a number, or a fraction `a/b` of two numbers (`1/3`, `1 / 5`). */
function readRatio(cell: Cell, column: string): Rational | null | ReturnType<typeof problem> {
  if (typeof cell.value === 'string' && cell.value.includes('/')) {
    const parts = cell.value.split('/').map((part) => parseNumberText(part.trim()));
    const [top, bottom] = parts;
    if (parts.length !== 2 || top == null || bottom == null || bottom.num === 0n)
      return problem('NOT_A_NUMBER', cell.address, { column, found: shown(cell.value) });
    return div(top, bottom);
  }
  return readNumber(cell, column);
}

/**
 * Parse CriteriaPairs against `criteria`: CriterionA and CriterionB must each name a criterion,
 * differ, and every unordered pair appear exactly once; Ratio (Forhold, Förhållande, Razón) from
 * 0.11 to 9. A missing pair is PAIR_MISSING at the table. Every problem is reported; the
 * judgements are returned only when there is none.
 */
export function parseCriteriaPairs(
  table: InputTable,
  scope: ParseScope,
  criteria: CriteriaNames,
): PairJudgement[] | null {
  const before = scope.problems.length;
  const bound = bindTable(
    'CriteriaPairs',
    table,
    ['CriterionA', 'CriterionB', 'Ratio'],
    scope.problems,
  );
  const index = new Map(criteria.map((name, i) => [normaliseHeader(name), i]));
  const seen = new Map<string, string>();
  const judgements: PairJudgement[] = [];
  for (const row of bound.rows) {
    const read = rowReader(bound, row, scope.problems);
    const criterion = (column: 'CriterionA' | 'CriterionB'): number | null => {
      const name = read.requiredText(column);
      if (name === null) return null;
      const i = index.get(normaliseHeader(name));
      if (i === undefined)
        scope.problems.push(
          problem('UNKNOWN_CRITERION', read.cell(column), {
            column: bound.label(column),
            found: name,
          }),
        );
      return i ?? null;
    };
    const a = criterion('CriterionA');
    const b = criterion('CriterionB');
    const ratio = ratioOf(row.get('Ratio'), bound.label('Ratio'), scope.problems);
    if (a === null || b === null) continue;
    if (a === b) {
      scope.problems.push(
        problem('PAIR_SELF', read.cell('CriterionB'), {
          column: bound.label('CriterionB'),
          found: criteria[b] ?? '',
        }),
      );
      continue;
    }
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    const first = seen.get(key);
    if (first !== undefined) {
      scope.problems.push(
        problem('DUPLICATE', read.cell('CriterionA'), {
          column: `${bound.label('CriterionA')} + ${bound.label('CriterionB')}`,
          found: `${criteria[a] ?? ''} / ${criteria[b] ?? ''}`,
          first,
        }),
      );
      continue;
    }
    seen.set(key, read.cell('CriterionA'));
    if (ratio !== null) judgements.push({ a, b, ratio, cell: read.cell('Ratio') });
  }
  if (bound.complete) {
    for (let a = 0; a < criteria.length; a++)
      for (let b = a + 1; b < criteria.length; b++)
        if (!seen.has(`${a} ${b}`))
          scope.problems.push(
            problem('PAIR_MISSING', 'CriteriaPairs', {
              a: criteria[a] ?? '',
              b: criteria[b] ?? '',
            }),
          );
  }
  return scope.problems.length === before ? judgements : null;
}

/** The Ratio cell as a number on Saaty's scale, or null (its problem reported). */
function ratioOf(
  cell: Cell | undefined,
  column: string,
  problems: ReturnType<typeof problem>[],
): number | null {
  if (cell === undefined) return null;
  const value = readRatio(cell, column);
  if (isProblem(value)) {
    problems.push(value);
    return null;
  }
  if (value === null) {
    problems.push(problem('REQUIRED', cell.address, { column }));
    return null;
  }
  if (value.num <= 0n) {
    problems.push(problem('NOT_POSITIVE', cell.address, { column, found: shown(cell.value) }));
    return null;
  }
  if (compare(value, RATIO_MIN) < 0 || compare(value, RATIO_MAX) > 0) {
    problems.push(
      problem('OUT_OF_RANGE', cell.address, {
        column,
        found: shown(cell.value),
        min: '1/9',
        max: 9,
      }),
    );
    return null;
  }
  return toNumber(value);
}
