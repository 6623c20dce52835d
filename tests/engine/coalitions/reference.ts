/**
 * Brute-force references for the coalition rules (contract v1.1 §12), written straight from their
 * definitions and nothing like the engine's bitmask recursion: set partitions enumerated one by
 * one, Shapley values as the average over every order of joining.
 */
import {
  add,
  compare,
  div,
  rational,
  sub,
  sum,
  ZERO,
  type Rational,
} from '../../../src/engine/rational';

/** A coalition as a sorted list of member indices, as a string key: `0,2,3`. */
export const keyOf = (members: readonly number[]): string =>
  [...members].sort((a, b) => a - b).join(',');

/** Every partition of `members` into blocks (Bell-number many: keep members few). */
export function partitions(members: readonly number[]): number[][][] {
  const [first, ...rest] = members;
  if (first === undefined) return [[]];
  const result: number[][][] = [];
  for (const partition of partitions(rest)) {
    result.push([[first], ...partition]);
    partition.forEach((_, b) => {
      result.push(partition.map((block, k) => (k === b ? [first, ...block] : block)));
    });
  }
  return result;
}

/**
 * c(S) by definition: its given cost when given, else the cheapest partition of S into given
 * coalitions (null when S has none). `given`: coalition key → cost.
 */
export function referenceCost(
  members: readonly number[],
  given: ReadonlyMap<string, Rational>,
): Rational | null {
  if (members.length === 0) return ZERO;
  const own = given.get(keyOf(members));
  if (own !== undefined) return own;
  let best: Rational | null = null;
  for (const partition of partitions(members)) {
    const costs = partition.map((block) => given.get(keyOf(block)));
    if (costs.some((c) => c === undefined)) continue;
    const total = sum(costs.map((c) => c ?? ZERO));
    if (best === null || compare(total, best) < 0) best = total;
  }
  return best;
}

function permutations(items: readonly number[]): number[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** φ_i as the average, over all n! orders of joining, of what i adds to those before it. */
export function referenceShapley(
  n: number,
  cost: (members: readonly number[]) => Rational,
): Rational[] {
  const orders = permutations(Array.from({ length: n }, (_, i) => i));
  const totals = Array.from({ length: n }, () => ZERO);
  for (const order of orders) {
    order.forEach((member, k) => {
      const before = order.slice(0, k);
      totals[member] = add(totals[member] ?? ZERO, sub(cost([...before, member]), cost(before)));
    });
  }
  return totals.map((t) => div(t, rational(BigInt(orders.length))));
}
