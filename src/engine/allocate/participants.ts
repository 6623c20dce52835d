/** Who takes part in an item, and what each would pay for it alone. */
import type { Municipality, Participants, StandAloneCost } from '../model';
import type { Rational } from '../rational';

/**
 * The participating municipalities in `Municipalities` order: all of them for null, otherwise those
 * named (the parser has already reported names that match no municipality).
 */
export function resolveParticipants(
  municipalities: readonly Municipality[],
  participants: Participants,
): readonly Municipality[] {
  if (participants === null) return municipalities;
  const named = new Set(participants);
  return municipalities.filter((m) => named.has(m.name));
}

/** StandAlone rows name items as the user wrote them: match trimmed and case-insensitively. */
export const itemKey = (item: string): string => item.trim().toLowerCase();

/** Stand-alone costs by item (see {@link itemKey}), then by municipality name. The first row wins. */
export type StandAloneIndex = ReadonlyMap<string, ReadonlyMap<string, Rational>>;

export function indexStandAlone(rows: readonly StandAloneCost[]): StandAloneIndex {
  const index = new Map<string, Map<string, Rational>>();
  for (const row of rows) {
    const byMunicipality = index.get(itemKey(row.item)) ?? new Map<string, Rational>();
    if (!byMunicipality.has(row.municipality)) byMunicipality.set(row.municipality, row.cost);
    index.set(itemKey(row.item), byMunicipality);
  }
  return index;
}

const NONE: ReadonlyMap<string, Rational> = new Map();

/** Each municipality's stand-alone cost of `item` (empty when nobody gave one). */
export const standAloneOf = (index: StandAloneIndex, item: string): ReadonlyMap<string, Rational> =>
  index.get(itemKey(item)) ?? NONE;
