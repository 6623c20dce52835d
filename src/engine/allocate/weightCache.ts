/**
 * Prepared weights shared between the amounts that use them: the same key over the same
 * participants gives the same weights, whatever the amount. Only a key with a `standalone` term
 * depends on the item too (its stand-alone costs).
 */
import type { KeyExpression, Municipality, SingleKey } from '../model';
import type { Rational } from '../rational';
import { blocks } from './blocks';
import { integerWeights, numberWeights, ranksAt, type IntegerWeights } from './integerWeights';
import { numericKey, numericWeightsAt, usesKey, wholeColumn, type NumericKey } from './keys';
import { itemKey, standAloneOf, type ParticipantList, type StandAloneIndex } from './participants';
import { exactWeights, nameRanks } from './rule';
import { remembered } from '../remembered';

/** A single key's identity: its kind, column, and a taper's base, threshold and rate. */
function singleKeyId(single: SingleKey): string {
  switch (single.kind) {
    case 'custom':
      return `custom ${single.column}`;
    case 'taper': {
      const { base, threshold: t, rate: r } = single;
      return `taper ${singleKeyId(base)} ${t.num}/${t.den} ${r.num}/${r.den}`;
    }
    default:
      return single.kind;
  }
}

const describeKey = (key: KeyExpression): string =>
  key.terms
    .map(({ fraction, key: single }) => `${fraction.num} ${fraction.den} ${singleKeyId(single)}`)
    .join('\n');

/**
 * Prepared weights of `participants` under `key` for `item`; `shapley` (municipality → φ_i of this
 * line) is needed only by a key with a `shapley` term, whose weights are then never cached: they
 * depend on the line's amount.
 */
export type WeightLookup = (
  key: KeyExpression,
  item: string,
  participants: ParticipantList,
  shapley?: ReadonlyMap<string, Rational>,
) => IntegerWeights | null;

/** The participants with weight 0 (for a mix: a sum of non-negative terms, 0 exactly when every term's value is 0). */
function zeroWeightNames(weights: IntegerWeights): readonly string[] {
  const { numbers, names } = weights;
  if (numbers) {
    // Most lists have none: a built-in scan first, and the names only when there are some.
    return numbers.includes(0) ? names.filter((_, i) => numbers[i] === 0) : NO_NAMES;
  }
  const whole = weights.whole();
  return names.filter((_, i) => whole[i] === 0n);
}

const NO_NAMES: readonly string[] = Object.freeze([]);

/** Prepared weights and what is asked of keys and weights again and again, for one run. */
export interface WeightCache {
  readonly weightsOf: WeightLookup;
  /** A key's identity (asked for each line and key): equal for keys with equal terms. */
  keyId(key: KeyExpression): string;
  /** {@link zeroWeightNames}, once per prepared weights: the lines that share them share the answer. */
  zeroNames(weights: IntegerWeights): readonly string[];
}

/** A memoising {@link WeightCache} for one workbook's municipalities and stand-alone costs. */
export function weightCache(
  municipalities: readonly Municipality[],
  standAlone: StandAloneIndex,
): WeightCache {
  const keyIds = new WeakMap<KeyExpression, string>();
  const keyId = (key: KeyExpression): string => remembered(keyIds, key, () => describeKey(key));
  const zeroNames = new WeakMap<IntegerWeights, readonly string[]>();
  const zeroNamesOf = (weights: IntegerWeights): readonly string[] =>
    remembered(zeroNames, weights, () => zeroWeightNames(weights));
  const ranks = nameRanks(municipalities.map((m) => m.name));
  const columns = new Map<string, Float64Array | null>();
  const columnOf = (single: SingleKey): Float64Array | null =>
    remembered(columns, singleKeyId(single), () => wholeColumn(single, municipalities));
  /** Each participant's place in code-point order of the names, for the tie-break. */
  const rankIn = (positions: Int32Array): Int32Array => ranksAt(ranks, positions);
  // Keys in JS numbers once each; a mix's term values gathered in arrays reused between lists.
  const numericKeys = new Map<string, NumericKey | null>();
  const gathered: Float64Array[] = [];
  const weightArrays = blocks((n) => new Float64Array(n));
  const numericOf = (key: KeyExpression): NumericKey | null =>
    remembered(numericKeys, keyId(key), () => numericKey(key, columnOf));
  // By participant list first: its id may be long, and each line hashes it once.
  const known = new Map<string, Map<string, IntegerWeights | null>>();
  const weightsOf: WeightLookup = (key, item, list, shapley) => {
    const { positions, names } = list;
    if (usesKey(key, 'shapley')) {
      const costs = standAloneOf(standAlone, item);
      const exact = exactWeights(key, list.municipalities, costs, shapley);
      return exact && integerWeights(names, exact.whole, rankIn(positions));
    }
    const byKey = remembered(known, list.id, () => new Map<string, IntegerWeights | null>());
    const perItem = usesKey(key, 'standalone');
    const cacheKey = perItem ? `${keyId(key)}\n${itemKey(item)}` : keyId(key);
    return remembered(byKey, cacheKey, () => prepare(key, item, list, perItem));
  };
  /** The weights of `list` under `key` for `item`, prepared (see {@link weightsOf}). */
  const prepare = (
    key: KeyExpression,
    item: string,
    list: ParticipantList,
    perItem: boolean,
  ): IntegerWeights | null => {
    const { positions, names } = list;
    // The name places only when a tie at the cut-off asks for the tie order.
    const byName = (): Int32Array => rankIn(positions);
    const numeric = perItem
      ? 'inexact'
      : numericWeightsAt(numericOf(key), positions, gathered, weightArrays);
    if (numeric === 'unsplittable') return null;
    if (numeric !== 'inexact') return numberWeights(names, numeric, byName);
    const exact = exactWeights(key, list.municipalities, standAloneOf(standAlone, item));
    return exact && integerWeights(names, exact.whole, byName);
  };
  return { weightsOf, keyId, zeroNames: zeroNamesOf };
}
