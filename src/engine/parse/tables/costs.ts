/** The `Costs` table: shared cost items and how each is split (contract §2). */
import type { CostItem, CostKind } from '../../model';
import { problem } from '../../problem';
import type { InputTable } from '../../table';
import { bindTable } from '../bind';
import { NOTHING, type Parsed } from '../parsed';
import { rowReader, YEARS } from '../reader';
import { readKey, readParticipants, type ParseScope } from '../scope';
import { kindWord } from '../words';

/**
 * Parse Costs: Item and Amount required, Kind blank = annual, Key blank = population,
 * Participants blank = every municipality, Year optional.
 */
export function parseCosts(table: InputTable | undefined, scope: ParseScope): Parsed<CostItem> {
  if (!table) return NOTHING;
  const bound = bindTable('Costs', table, ['Item', 'Amount'], scope.problems);
  const names: string[] = [];
  const rows = bound.rows.flatMap((row) => {
    const read = rowReader(bound, row, scope.problems);
    const item = read.requiredText('Item');
    if (item !== null) names.push(item);
    const amount = read.requiredMoney('Amount', scope.roundTo);
    const kindText = read.text('Kind');
    const kind: CostKind | undefined = kindText === null ? 'annual' : kindWord(kindText);
    if (kind === undefined) {
      scope.problems.push(
        problem('UNKNOWN_KIND', read.cell('Kind'), {
          column: bound.label('Kind'),
          found: kindText ?? '',
        }),
      );
    }
    const key = readKey(scope, row.get('Key'), bound.label('Key'), 'population');
    const participants = readParticipants(
      scope,
      row.get('Participants'),
      bound.label('Participants'),
    );
    const year = read.whole('Year', YEARS.min, YEARS.max);
    if (item === null || amount === null || kind === undefined || key === null) return [];
    return [
      { item, amount, kind, key, participants, year, cell: read.cell('Item'), cells: row.cells },
    ];
  });
  return { rows, names: bound.has('Item') ? names : null };
}
