/** The `StandAlone` table: what an item would cost each municipality alone (contract §2, §3). */
import type { StandAloneCost } from '../../model';
import { problem } from '../../problem';
import type { InputTable } from '../../table';
import { bindTable } from '../bind';
import { nameKey, type NameIndex } from '../names';
import { rowReader } from '../reader';
import { memberName, type ParseScope } from '../scope';

/**
 * Parse StandAlone: Item must name a cost item, system or proposal ID, Municipality a
 * municipality (both matched trimmed and case-insensitively, and kept as written there), Cost
 * money ≥ 0 required; each (Item, Municipality) pair once.
 */
export function parseStandAlone(
  table: InputTable | undefined,
  scope: ParseScope,
  items: NameIndex,
): StandAloneCost[] {
  if (!table) return [];
  const bound = bindTable('StandAlone', table, ['Item', 'Municipality', 'Cost'], scope.problems);
  const seen = new Map<string, string>();
  return bound.rows.flatMap((row) => {
    const read = rowReader(bound, row, scope.problems);
    const named = read.requiredText('Item');
    const namedMember = read.requiredText('Municipality');
    const cost = read.requiredMoney('Cost', scope.roundTo);
    const item = named === null ? undefined : items.find(named);
    if (named !== null && item === undefined && items.checkable) {
      scope.problems.push(
        problem('UNKNOWN_ITEM', read.cell('Item'), { column: bound.label('Item'), found: named }),
      );
    }
    const municipality = namedMember === null ? undefined : memberName(scope, namedMember);
    if (namedMember !== null && municipality === undefined && scope.members.usable) {
      scope.problems.push(
        problem('UNKNOWN_MUNICIPALITY', read.cell('Municipality'), {
          column: bound.label('Municipality'),
          found: namedMember,
        }),
      );
    }
    if (item === undefined || municipality === undefined || cost === null) return [];
    const pair = `${nameKey(item)}\u0000${nameKey(municipality)}`;
    const first = seen.get(pair);
    if (first !== undefined) {
      scope.problems.push(
        problem('DUPLICATE', read.cell('Item'), {
          column: `${bound.label('Item')} + ${bound.label('Municipality')}`,
          found: `${item} + ${municipality}`,
          first,
        }),
      );
      return [];
    }
    seen.set(pair, read.cell('Item'));
    return [{ item, municipality, cost, cell: read.cell('Cost') }];
  });
}
