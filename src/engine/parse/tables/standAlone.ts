/** The `StandAlone` table: what an item would cost each municipality alone (contract §2, §3). */
import type { StandAloneCost } from '../../model';
import { problem } from '../../problem';
import type { InputTable } from '../../table';
import { bindTable } from '../bind';
import type { NameIndex } from '../names';
import { rowReader } from '../reader';
import type { ParseScope } from '../scope';

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
  // A pair as a number: the item's position among the items and the municipality's among the
  // members, rather than a string of the two, compare-formed, for each row.
  const stride = scope.memberNames.size + 1;
  const seen = new Map<number, string>();
  const costs: StandAloneCost[] = [];
  for (const row of bound.rows) {
    const read = rowReader(bound, row, scope.problems);
    const named = read.requiredText('Item');
    const namedMember = read.requiredText('Municipality');
    const cost = read.requiredMoney('Cost', scope.roundTo);
    const itemAt = named === null ? -1 : items.position(named);
    if (named !== null && itemAt < 0 && items.checkable) {
      scope.problems.push(
        problem('UNKNOWN_ITEM', read.cell('Item'), { column: bound.label('Item'), found: named }),
      );
    }
    const memberAt = namedMember === null ? -1 : scope.memberNames.position(namedMember);
    if (namedMember !== null && memberAt < 0 && scope.members.usable) {
      scope.problems.push(
        problem('UNKNOWN_MUNICIPALITY', read.cell('Municipality'), {
          column: bound.label('Municipality'),
          found: namedMember,
        }),
      );
    }
    if (itemAt < 0 || memberAt < 0 || cost === null) continue;
    const item = items.name(itemAt);
    const municipality = scope.memberNames.name(memberAt);
    const pair = itemAt * stride + memberAt;
    const first = seen.get(pair);
    if (first !== undefined) {
      scope.problems.push(
        problem('DUPLICATE', read.cell('Item'), {
          column: `${bound.label('Item')} + ${bound.label('Municipality')}`,
          found: `${item} + ${municipality}`,
          first,
        }),
      );
      continue;
    }
    seen.set(pair, read.cell('Item'));
    costs.push({ item, municipality, cost, cell: read.cell('Cost') });
  }
  return costs;
}
