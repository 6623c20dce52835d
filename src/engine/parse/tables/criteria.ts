/** The `Criteria` table: what proposals are scored on, and each criterion's weight. */
import type { Criterion } from '../../model';
import { toNumber } from '../../rational';
import type { InputTable } from '../../table';
import { bindTable } from '../bind';
import { normaliseHeader } from '../headers';
import type { Parsed } from '../parsed';
import { rowReader, uniqueness } from '../reader';
import type { ParseScope } from '../scope';

/**
 * Parse Criteria, or null when the workbook has none (then Scores' extra columns are the
 * criteria). Names are unique as headers match (`Risk` and `risk ` are one criterion, since they
 * would head the same Scores column); Weight > 0 on any scale. Names of rows with a bad weight
 * are kept, so their Scores column is still checked. With `fromPairs` (the workbook has
 * CriteriaPairs, contract v1.1 §10) Weight may be blank: the pairs' weights replace it (a
 * weight written is still checked); the rows then carry weight 0 until they do.
 */
export function parseCriteria(
  table: InputTable | undefined,
  scope: ParseScope,
  fromPairs = false,
): Parsed<Criterion> | null {
  if (!table) return null;
  const bound = bindTable(
    'Criteria',
    table,
    fromPairs ? ['Criterion'] : ['Criterion', 'Weight'],
    scope.problems,
  );
  const unique = uniqueness(scope.problems, bound.label('Criterion'), normaliseHeader);
  const names: string[] = [];
  const rows = bound.rows.flatMap((row) => {
    const read = rowReader(bound, row, scope.problems);
    const name = read.requiredText('Criterion');
    const weight = fromPairs ? read.optionalPositive('Weight') : read.positive('Weight');
    if (name === null || !unique(name, read.cell('Criterion'))) return [];
    names.push(name);
    if (weight === null && !fromPairs) return [];
    return [{ name, weight: weight === null ? 0 : toNumber(weight), cell: read.cell('Criterion') }];
  });
  return { rows, names: bound.has('Criterion') ? names : [] };
}
