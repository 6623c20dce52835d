/** Turning exact results into the numbers a table shows, rounded once, here. */
import { currencyOf } from '../allocate';
import { toNumber, type Rational } from '../rational';

/** Whole units of RoundTo → currency units (øre → kroner) as the nearest JS number. */
export const money = (units: bigint, roundTo: Rational): number =>
  toNumber(currencyOf(units, roundTo));

/** A float rounded half away from zero to `decimals` decimals (for scores, NPV, ratios). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}
