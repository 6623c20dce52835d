/**
 * The coalition costs each item needs (contract v1.1 §12), checked with the rest of the input so
 * that every problem is reported at once: the same check the allocation makes when it builds the
 * item's game.
 */
import { indexStandAlone, standAloneOf } from '../allocate/participants';
import { buildGame, coalitionsOf, indexCoalitions } from '../coalitions/game';
import type { CoalitionCost, StandAloneCost } from '../model';
import type { Problem } from '../problem';
import { isZero } from '../rational';
import type { KeyedItem } from './crossChecks';
import type { ParseScope } from './scope';

/**
 * Every item split by `shapley`, and every item with a CoalitionCosts row whatever its key, has a
 * game: coalitions within its participants, c({i}) for each participant, and no more members than
 * the game can take. Each problem once (an item written on two Costs rows is checked twice).
 */
export function checkCoalitions(
  items: readonly KeyedItem[],
  scope: ParseScope,
  coalitions: readonly CoalitionCost[],
  standAlone: readonly StandAloneCost[],
): void {
  const { members, problems } = scope;
  if (!members.usable) return;
  const index = indexCoalitions(coalitions);
  const aloneByItem = indexStandAlone(standAlone);
  const everyone = members.municipalities.map((m) => m.name);
  const reported = new Set<string>();
  const report = (p: Problem): void => {
    const id = `${p.code}\u0000${p.cell}\u0000${JSON.stringify(p.params)}`;
    if (reported.has(id)) return;
    reported.add(id);
    problems.push(p);
  };
  for (const item of items) {
    const rows = coalitionsOf(index, item.item);
    const shapley = item.key.terms.some((t) => t.key.kind === 'shapley' && !isZero(t.fraction));
    if (!shapley && rows.length === 0) continue;
    const outcome = buildGame(
      item.item,
      item.participants ?? everyone,
      rows,
      standAloneOf(aloneByItem, item.item),
      shapley,
      { item: item.cell, key: item.keyCell },
    );
    if ('problems' in outcome) outcome.problems.forEach(report);
  }
}
