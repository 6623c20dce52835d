/** The exact split of one amount by weights (contract §4): largest remainder, never a float. */
import type { Rational } from '../rational';
import { compareCodePoints } from './units';

export interface Weighted {
  readonly name: string;
  readonly weight: Rational;
}

const abs = (n: bigint): bigint => (n < 0n ? -n : n);
function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** ⌊n / d⌋ for d > 0 (BigInt division truncates towards zero). */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n < 0n && q * d !== n ? q - 1n : q;
}

/**
 * Splits `amount` whole units among `weights` exactly (contract §4 steps 2–5).
 *
 * The weights are brought to a common denominator, so q_i = a·w_i/Σw is the integer fraction
 * a·W_i / ΣW; f_i = ⌊q_i⌋ and the r = a − Σf_i units left go one each to the largest remainders,
 * ties to the larger weight, then to the name that sorts first in code-point order of the trimmed
 * name. Example: 10000 øre over three equal weights → 3334 to the first name, 3333 to the others.
 *
 * The shares add up to `amount`, do not depend on the order of `weights`, and a weight of 0 gets 0.
 * Returns the shares in the order given, or null when Σw = 0 (the amount cannot be split).
 * Throws on a negative weight or a repeated name: the parser rules both out, so either is a bug.
 */
export function splitExactly(
  amount: bigint,
  weights: readonly Weighted[],
): ReadonlyMap<string, bigint> | null {
  const denominator = weights.reduce((l, { weight }) => (l / gcd(l, weight.den)) * weight.den, 1n);
  const parts = weights.map(({ name, weight }) => {
    if (weight.num < 0n) throw new RangeError(`negative weight for ${name}`);
    return {
      name,
      trimmed: name.trim(),
      scaled: weight.num * (denominator / weight.den),
      floor: 0n,
      rest: 0n,
    };
  });
  const total = parts.reduce((acc, p) => acc + p.scaled, 0n);
  if (total === 0n) return null;

  let left = amount;
  for (const part of parts) {
    const product = amount * part.scaled;
    part.floor = floorDiv(product, total);
    part.rest = product - part.floor * total;
    left -= part.floor;
  }
  const byClaim = [...parts].sort(
    (a, b) =>
      (a.rest === b.rest ? 0 : a.rest > b.rest ? -1 : 1) ||
      (a.scaled === b.scaled ? 0 : a.scaled > b.scaled ? -1 : 1) ||
      compareCodePoints(a.trimmed, b.trimmed) ||
      // Names are unique after trimming (contract §2); this only keeps the order total regardless.
      compareCodePoints(a.name, b.name),
  );
  // Σ of the fractional parts is exactly `left`, each below 1: only parts with a remainder get a unit.
  for (let i = 0; i < Number(left); i++) {
    const part = byClaim[i];
    if (part) part.floor += 1n;
  }

  const shares = new Map<string, bigint>();
  for (const part of parts) {
    if (shares.has(part.name)) throw new RangeError(`participant named twice: ${part.name}`);
    shares.set(part.name, part.floor);
  }
  return shares;
}
