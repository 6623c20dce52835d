/** Who takes part in an item, and what each would pay for it alone. */
import type { Municipality, Participants, StandAloneCost } from '../model';
import type { Rational } from '../rational';
import { blocks } from './blocks';
import { NONE } from './rule';

/**
 * A participant list's identity: `*` when all `municipalities` take part (most lines: no key to
 * build and hash), else their places in `Municipalities`, one UTF-16 code unit each (a short key,
 * one to one while there are fewer than 65,536 municipalities; beyond that, places as digits).
 */
export function participantsId(positions: Int32Array, municipalities: number): string {
  if (positions.length === municipalities) return '*';
  if (municipalities > 0xffff) return positions.join(',');
  // A chunk of places at a time, passed as they are: one flat string each, not a string per place
  // (a whole long list as one call's arguments would overflow the stack; spreading a typed array
  // iterates it, several times slower).
  let id = '';
  for (let k = 0; k < positions.length; k += ID_CHUNK) {
    id += fromCodes(positions.subarray(k, k + ID_CHUNK));
  }
  return id;
}

/** Places per chunk of a {@link participantsId}. */
const ID_CHUNK = 4096;

const fromCodes = (codes: ArrayLike<number>): string =>
  Reflect.apply(String.fromCharCode, null, codes) as string;

/** A participant list: the municipalities, their names and their places in `Municipalities`. */
export interface ParticipantList {
  readonly municipalities: readonly Municipality[];
  readonly names: readonly string[];
  readonly positions: Int32Array;
  /** {@link participantsId}, computed once by the caller. */
  readonly id: string;
}

/**
 * The participant list at `positions` (places in `Municipalities`, in that order); `known`, their
 * names, and `id`, their {@link participantsId}, when the caller has them already.
 */
export function participantListAt(
  municipalities: readonly Municipality[],
  positions: Int32Array,
  known?: readonly string[],
  id: string = participantsId(positions, municipalities.length),
): ParticipantList {
  const at = (into: (m: Municipality) => void): void => {
    for (const i of positions) {
      const m = municipalities[i];
      if (m) into(m);
    }
  };
  let names = known;
  if (!names) {
    const found: string[] = [];
    at((m) => found.push(m.name));
    names = found;
  }
  // Only stand-alone, Shapley and decimal keys read the municipalities: most lists never build them.
  let chosen: Municipality[] | null = null;
  return {
    get municipalities() {
      if (!chosen) {
        const found: Municipality[] = [];
        at((m) => found.push(m));
        chosen = found;
      }
      return chosen;
    },
    names,
    positions,
    id,
  };
}

/**
 * Resolves `Participants` cells to participant lists: the participating municipalities in
 * `Municipalities` order, all of them for null, otherwise those named (the parser has already
 * reported names that match no municipality). Everyone is one shared list, built once: most lines
 * of a large workbook are split among all municipalities.
 */
export function participantResolver(
  municipalities: readonly Municipality[],
): (participants: Participants) => ParticipantList {
  const n = municipalities.length;
  const allNames = municipalities.map((m) => m.name);
  const placeOf = new Map(allNames.map((name, i) => [name, i]));
  const everyone = participantListAt(
    municipalities,
    Int32Array.from(municipalities, (_, i) => i),
    allNames,
  );
  // Marks of one list at a time, cleared as they are read, and its places: one of each per run.
  const marked = new Uint8Array(n);
  const found = new Int32Array(n);
  const placesFor = blocks((count) => new Int32Array(count));
  // Lines with the same participants share one list (its names, places and weights).
  const lists = new Map<string, ParticipantList>([[everyone.id, everyone]]);
  return (participants) => {
    if (participants === null) return everyone;
    // Mark each named place, then read the marks in order: `Municipalities` order, each once.
    let count = 0;
    for (const name of participants) {
      const i = placeOf.get(name);
      if (i !== undefined && marked[i] === 0) {
        marked[i] = 1;
        count++;
      }
    }
    for (let i = 0, k = 0; k < count; i++) {
      if (marked[i] === 1) {
        found[k++] = i;
        marked[i] = 0;
      }
    }
    const id = participantsId(found.subarray(0, count), n);
    let list = lists.get(id);
    if (!list) {
      const positions = placesFor(count);
      positions.set(found.subarray(0, count));
      // Names from one table into an array of the right length: reading each municipality's
      // name and growing the array cost three times as much (measured).
      const names = new Array<string>(count);
      for (let k = 0; k < count; k++) names[k] = allNames[found[k] ?? 0] ?? '';
      list = participantListAt(municipalities, positions, names, id);
      lists.set(id, list);
    }
    return list;
  };
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

/** Each municipality's stand-alone cost of `item` (empty when nobody gave one). */
export const standAloneOf = (index: StandAloneIndex, item: string): ReadonlyMap<string, Rational> =>
  index.get(itemKey(item)) ?? NONE;

/**
 * The participants (`names`) without a stand-alone cost of `item`, in their order: a standalone
 * key splits an item only when there are none (else each is a STANDALONE_MISSING problem).
 */
export function withoutStandAlone(
  index: StandAloneIndex,
  item: string,
  names: readonly string[],
): readonly string[] {
  const costs = standAloneOf(index, item);
  // Most items have no stand-alone costs at all: nobody has one, and nothing to look up.
  return costs.size === 0 ? names : names.filter((name) => !costs.has(name));
}
