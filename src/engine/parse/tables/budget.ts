/** The `Budget` table: money for proposals, per year (contract §2). */
import type { BudgetYear } from '../../model';
import type { InputTable } from '../../table';
import { bindTable } from '../bind';
import { rowReader, uniqueness, YEARS } from '../reader';
import type { ParseScope } from '../scope';

/**
 * Parse Budget, or null when the workbook has none (every proposal is then funded in the
 * planning year). Year whole and unique, Investment ≥ 0 required, Operating optional (null when
 * the column is absent or the cell blank). Sorted by year.
 */
export function parseBudget(table: InputTable | undefined, scope: ParseScope): BudgetYear[] | null {
  if (!table) return null;
  const bound = bindTable('Budget', table, ['Year', 'Investment'], scope.problems);
  const unique = uniqueness(scope.problems, bound.label('Year'));
  const years = bound.rows.flatMap((row) => {
    const read = rowReader(bound, row, scope.problems);
    const year = read.requiredWhole('Year', YEARS.min, YEARS.max);
    const investment = read.requiredMoney('Investment', scope.roundTo);
    const operating = read.money('Operating', scope.roundTo);
    if (year === null || !unique(String(year), read.cell('Year')) || investment === null) return [];
    return [{ year, investment, operating, cell: read.cell('Year'), cells: row.cells }];
  });
  return years.sort((a, b) => a.year - b.year);
}
