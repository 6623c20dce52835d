/**
 * Going alone compared like for like: for each municipality, only the items it gave a stand-alone
 * cost for and takes part in, its shared share of each beside what the item would cost it alone.
 * Summing every stand-alone cost against the whole bill (what `goingAlone` beside `chosen` invites)
 * compares a few lines with all of them.
 */
import type { ParsedWorkbook } from '../model';
import type { AllocationLine } from './allocateAll';
import { indexStandAlone, itemKey } from './participants';
import { unitsOf } from './units';

/** One item: amounts in whole units of RoundTo. */
export interface LikeForLikeItem {
  /** The item as the first line of it names it. */
  readonly item: string;
  /** Σ of its shares of every line of the item (an item may have one-off and annual lines). */
  readonly shared: bigint;
  /** Its stand-alone cost of the item. */
  readonly standAlone: bigint;
}

export interface LikeForLike {
  /** In the order the items first appear in the allocation. */
  readonly items: readonly LikeForLikeItem[];
  readonly shared: bigint;
  readonly standAlone: bigint;
  /** standAlone − shared: what sharing saves it on these items (negative: sharing costs more). */
  readonly saving: bigint;
}

/**
 * Per municipality (in `Municipalities` order): the like-for-like comparison, or null when it has
 * no stand-alone cost of any item it takes part in (then there is nothing to compare).
 */
export function likeForLike(
  wb: ParsedWorkbook,
  lines: readonly AllocationLine[],
): readonly (LikeForLike | null)[] {
  const { roundTo } = wb.settings;
  const index = indexStandAlone(wb.standAlone);
  // Municipality → item key → the item so far, in first-appearance order (Maps keep it).
  const found = new Map<
    string,
    Map<string, { item: string; shared: bigint; standAlone: bigint }>
  >();
  if (index.size > 0) {
    for (const line of lines) {
      const costs = index.get(itemKey(line.item));
      if (!costs) continue;
      const { participants, units } = line;
      // By participant, reading the shares by position: no map of the line's shares to build.
      for (let k = 0; k < participants.length; k++) {
        const name = participants[k] ?? '';
        const cost = costs.get(name);
        if (cost === undefined) continue; // no stand-alone cost of this item
        const share = units ? BigInt(units[k] ?? 0) : (line.shares.get(name) ?? 0n);
        const items = found.get(name) ?? new Map();
        found.set(name, items);
        const key = itemKey(line.item);
        const known = items.get(key);
        if (known) known.shared += share;
        else items.set(key, { item: line.item, shared: share, standAlone: unitsOf(cost, roundTo) });
      }
    }
  }
  return wb.municipalities.map(({ name }) => {
    const items = [...(found.get(name)?.values() ?? [])];
    if (items.length === 0) return null;
    const shared = items.reduce((acc, i) => acc + i.shared, 0n);
    const standAlone = items.reduce((acc, i) => acc + i.standAlone, 0n);
    return { items, shared, standAlone, saving: standAlone - shared };
  });
}
