/**
 * The `CoalitionCosts` table (Koalisjonskostnader / Koalitionskostnader / Costes de coalición,
 * contract v1.1 §12): what a group of municipalities would pay to provide an item without the
 * others.
 */
import type { CoalitionCost } from '../../model';
import { problem } from '../../problem';
import type { InputTable } from '../../table';
import { bindTable } from '../bind';
import { nameKey, type NameIndex } from '../names';
import { rowReader } from '../reader';
import type { ParseScope } from '../scope';

/**
 * Parse CoalitionCosts: Item must name a cost item, system or proposal ID; Coalition lists
 * municipalities separated by `,` or `;` as `Participants` does (matched trimmed and
 * case-insensitively, in any order, a name given twice counting once); Cost money ≥ 0, required.
 * The same coalition (as a set) of the same item twice is DUPLICATE at the second Coalition cell.
 * Whether a coalition fits its item's participants is checked with the item (see
 * `checkCoalitions`).
 */
export function parseCoalitionCosts(
  table: InputTable | undefined,
  scope: ParseScope,
  items: NameIndex,
): CoalitionCost[] {
  if (!table) return [];
  const bound = bindTable('CoalitionCosts', table, ['Item', 'Coalition', 'Cost'], scope.problems);
  const place = new Map(scope.members.municipalities.map((m, i) => [m.name, i]));
  const seen = new Map<string, string>();
  return bound.rows.flatMap((row) => {
    const read = rowReader(bound, row, scope.problems);
    const named = read.requiredText('Item');
    const list = read.requiredText('Coalition');
    const cost = read.requiredMoney('Cost', scope.roundTo);
    const item = named === null ? undefined : items.find(named);
    if (named !== null && item === undefined && items.checkable) {
      scope.problems.push(
        problem('UNKNOWN_ITEM', read.cell('Item'), { column: bound.label('Item'), found: named }),
      );
    }
    let unknown = false;
    const members =
      list === null
        ? []
        : scope.memberList(list, (entry) => {
            unknown = true;
            if (scope.members.usable)
              scope.problems.push(
                problem('UNKNOWN_MUNICIPALITY', read.cell('Coalition'), {
                  column: bound.label('Coalition'),
                  found: entry,
                }),
              );
          });
    if (list !== null && members.length === 0 && !unknown) {
      // Only separators: nothing to read as a coalition.
      scope.problems.push(
        problem('REQUIRED', read.cell('Coalition'), { column: bound.label('Coalition') }),
      );
    }
    if (item === undefined || cost === null || unknown || members.length === 0) return [];
    const coalition = members.sort((a, b) => (place.get(a) ?? 0) - (place.get(b) ?? 0));
    const id = `${nameKey(item)}\u0000${coalition.join('\u0000')}`;
    const first = seen.get(id);
    if (first !== undefined) {
      scope.problems.push(
        problem('DUPLICATE', read.cell('Coalition'), {
          column: `${bound.label('Item')} + ${bound.label('Coalition')}`,
          found: `${item} + ${coalition.join(', ')}`,
          first,
        }),
      );
      return [];
    }
    seen.set(id, read.cell('Coalition'));
    return [{ item, coalition, cost, cell: read.cell('Coalition') }];
  });
}
