/** Small exact conversions the allocation needs: amounts to whole units, rates to 2 decimals. */
import { div, mul, rational, roundHalfAwayFromZero, type Rational } from '../rational';

/**
 * An amount in currency → whole units of `roundTo` (øre for 0.01), rounded half away from zero
 * (contract §4 step 1). Example: `unitsOf(100.005 kr, 1/100)` = 10001n.
 */
export const unitsOf = (amount: Rational, roundTo: Rational): bigint =>
  roundHalfAwayFromZero(div(amount, roundTo));

/** Whole units of `roundTo` → the exact amount in currency. */
export const currencyOf = (units: bigint, roundTo: Rational): Rational =>
  mul(rational(units), roundTo);

/**
 * A value rounded half away from zero to 2 decimals, as the JS number nearest that decimal (built
 * from its decimal text, so 1/3 → 0.33 and 129/100 → the literal 1.29, never 1 + 0.29).
 */
export function toHundredths(value: Rational): number {
  const cents = roundHalfAwayFromZero(mul(value, rational(100n)));
  const magnitude = cents < 0n ? -cents : cents;
  const fraction = (magnitude % 100n).toString().padStart(2, '0');
  return Number(`${cents < 0n ? '-' : ''}${magnitude / 100n}.${fraction}`);
}

/** `units` of `roundTo` per `count` (per PC, per inhabitant) to 2 decimals; null when count is 0. */
export const ratePer = (units: bigint, count: bigint, roundTo: Rational): number | null =>
  count === 0n ? null : toHundredths(div(currencyOf(units, roundTo), rational(count)));

/**
 * Plain code-point order (contract §4 tie-break): not `localeCompare`, and not JavaScript's `<`,
 * which compares UTF-16 code units and so misorders characters outside the Basic Multilingual Plane.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Below the surrogates, UTF-16 units are code points; from there on compare whole code points
    // (a surrogate pair is above every BMP character, which `<` on units gets wrong against U+E000–U+FFFF).
    if (x < 0xd800 && y < 0xd800) return x < y ? -1 : 1;
    const cx = a.codePointAt(i) ?? 0;
    const cy = b.codePointAt(i) ?? 0;
    return cx < cy ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
