/** Turning exact results into the numbers a table shows, rounded once, here. */
import { currencyOf } from '../allocate';
import { toNumber, type Rational } from '../rational';

/** Whole units of RoundTo → currency units (øre → kroner) as the nearest JS number. */
export function money(units: bigint, roundTo: Rational): number {
  const numerator = units * roundTo.num;
  // One division of two exactly held integers is correctly rounded: the nearest number, as
  // toNumber gives it, without a rational per cell (a national Allocation table has 1.3 M).
  if (numerator <= MAX_SAFE && numerator >= -MAX_SAFE && roundTo.den <= MAX_SAFE) {
    return Number(numerator) / Number(roundTo.den);
  }
  return toNumber(currencyOf(units, roundTo));
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * {@link money} for one RoundTo, for many cells: with a whole-number unit numerator (0.01, 1, 0.5
 * → 1/100, 1, 1/2) each cell is one comparison and one division in JS numbers.
 */
export function moneyIn(roundTo: Rational): (units: bigint) => number {
  if (roundTo.num !== 1n || roundTo.den > MAX_SAFE) return (units) => money(units, roundTo);
  const divisor = Number(roundTo.den);
  return (units) =>
    units <= MAX_SAFE && units >= -MAX_SAFE ? Number(units) / divisor : money(units, roundTo);
}

/** A float rounded half away from zero to `decimals` decimals (for scores, NPV, ratios). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}
