/** Turning exact results into the numbers a table shows, rounded once, here. */
import { currencyOf } from '../allocate/units';
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
 * Whole units held exactly in a JS number → currency, for one RoundTo and many cells: the nearest
 * number to units · RoundTo, as {@link money} gives it, with one division when RoundTo is 1/d.
 */
export function currencyOfUnits(roundTo: Rational): (units: number) => number {
  if (roundTo.num !== 1n || roundTo.den > MAX_SAFE) {
    return (units) => money(BigInt(units), roundTo);
  }
  const divisor = Number(roundTo.den);
  return (units) => units / divisor;
}

/** A float rounded half away from zero to `decimals` decimals (for scores, NPV, ratios). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}
