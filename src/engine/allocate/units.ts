/** Small exact conversions the allocation needs: amounts to whole units, rates to 2 decimals. */
import { div, mul, rational, roundHalfAwayFromZero, type Rational } from '../rational';

/**
 * An amount in currency → whole units of `roundTo` (øre for 0.01), rounded half away from zero
 * (contract §4 step 1). Example: `unitsOf(100.005 kr, 1/100)` = 10001n.
 */
export const unitsOf = (amount: Rational, roundTo: Rational): bigint =>
  roundHalfAwayFromZero(div(amount, roundTo));

/**
 * The most whole units of RoundTo an amount, a share or a total may hold: 15 digits (below
 * 10 000 000 000 000 kr with RoundTo 0.01). Every such number is a safe integer, so the JS-number
 * routes split and sum it exactly, and as currency it has at most 15 significant digits, which a
 * double and Excel (15 digits) both hold and show exactly, øre for øre. 2^53 units alone would not
 * do: above 2^46 kr a double no longer tells neighbouring øre apart. Digits below RoundTo are not
 * counted: they are rounded away before the split (contract §4 step 1), and formula results such
 * as =1000/3 carry 16–17 of them.
 */
export const MAX_EXACT_UNITS = 10n ** 15n - 1n;

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
