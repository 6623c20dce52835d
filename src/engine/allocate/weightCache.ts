/**
 * Prepared weights shared between the amounts that use them: the same key over the same
 * participants gives the same weights, whatever the amount. Only a key with a `standalone` term
 * depends on the item too (its stand-alone costs).
 */
import type { KeyExpression, Municipality } from '../model';
import { integerWeights, nameRanks, numberWeights, type IntegerWeights } from './integerWeights';
import { numericKeyWeights, scaledKeyWeights, usesKey } from './keys';
import { itemKey, standAloneOf, type StandAloneIndex } from './participants';

/**
 * A participant list's identity: the names in `Municipalities` order, or `*` when all
 * `municipalities` take part (most lines: no long key to build and hash).
 */
export const participantsId = (names: readonly string[], municipalities: number): string =>
  names.length === municipalities ? '*' : names.join('\n');

const keyIds = new WeakMap<KeyExpression, string>();
/** A key's identity (memoised: asked for each line and key). */
function keyId(key: KeyExpression): string {
  const known = keyIds.get(key);
  if (known !== undefined) return known;
  const id = describeKey(key);
  keyIds.set(key, id);
  return id;
}

const describeKey = (key: KeyExpression): string =>
  key.terms
    .map(({ fraction, key: single }) =>
      [fraction.num, fraction.den, single.kind, 'column' in single ? single.column : ''].join(' '),
    )
    .join('\n');

export type WeightLookup = (
  key: KeyExpression,
  item: string,
  participants: readonly Municipality[],
  /** {@link participantsId} of `participants`, computed once by the caller. */
  id: string,
) => IntegerWeights | null;

/** Whether participant `i` has weight 0. */
export const hasZeroWeight = (weights: IntegerWeights, i: number): boolean =>
  weights.numbers ? weights.numbers[i] === 0 : weights.whole()[i] === 0n;

/** A memoising {@link WeightLookup} for one workbook's municipalities and stand-alone costs. */
export function weightCache(
  municipalities: readonly Municipality[],
  standAlone: StandAloneIndex,
): WeightLookup {
  const ranks = nameRanks(municipalities.map((m) => m.name));
  const rankOf = new Map(municipalities.map((m, i) => [m, ranks[i] ?? 0]));
  // By participant list first: its id is long, and each line hashes it once.
  const known = new Map<string, Map<string, IntegerWeights | null>>();
  return (key, item, participants, id) => {
    let byKey = known.get(id);
    if (!byKey) {
      byKey = new Map();
      known.set(id, byKey);
    }
    const perItem = usesKey(key, 'standalone');
    const cacheKey = perItem ? `${keyId(key)}\n${itemKey(item)}` : keyId(key);
    const cached = byKey.get(cacheKey);
    if (cached !== undefined) return cached;
    const names = participants.map((m) => m.name);
    // A plain loop: typed-array `from` with a mapping function is many times slower in V8.
    const byName = new Int32Array(participants.length);
    for (let i = 0; i < participants.length; i++) {
      const m = participants[i];
      byName[i] = m ? (rankOf.get(m) ?? 0) : 0;
    }
    const numeric = perItem ? 'inexact' : numericKeyWeights(key, participants);
    let prepared: IntegerWeights | null;
    if (numeric === 'unsplittable') prepared = null;
    else if (numeric !== 'inexact') prepared = numberWeights(names, numeric, byName);
    else {
      const whole = scaledKeyWeights(key, participants, standAloneOf(standAlone, item));
      prepared = whole && integerWeights(names, whole, byName);
    }
    byKey.set(cacheKey, prepared);
    return prepared;
  };
}
