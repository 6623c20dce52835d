/**
 * A line's shares as table cells, by municipality position: the Allocation table's share
 * columns, which the PcCharges table shows again for its items.
 */
import type { AllocationLine } from '../allocate';
import type { Rational } from '../rational';
import type { OutputValue } from '../table';
import { ALLOCATION_FIRST_SHARE as FIRST_SHARE } from './allocationColumns';
import { currencyOfUnits, money } from './numbers';

/**
 * Writes each participant's share, in currency, at `FIRST_SHARE + its position` in `row` (the
 * Allocation row's layout), and leaves the other cells as they are (blank, not 0, for a
 * municipality that does not take part). `toCurrency` is {@link currencyOfUnits} of `roundTo`.
 */
export function writeShares(
  row: OutputValue[],
  line: AllocationLine,
  roundTo: Rational,
  toCurrency: (units: number) => number,
): void {
  const { units, positions } = line;
  if (units) {
    for (let k = 0; k < units.length; k++)
      row[FIRST_SHARE + (positions[k] ?? 0)] = toCurrency(units[k] ?? 0);
  } else {
    line.participants.forEach((name, k) => {
      const share = line.shares.get(name);
      if (share !== undefined) row[FIRST_SHARE + (positions[k] ?? 0)] = money(share, roundTo);
    });
  }
}

/**
 * The cells of each line's shares, laid out as its Allocation row (from `FIRST_SHARE` on): the
 * Allocation table's own rows when given (`rows`, by line), so a table showing the same shares
 * reuses its numbers rather than converting them again (at national size, a quarter of a million
 * more numbers for the collector); else made here, the same way.
 */
export function shareRowsOf(
  roundTo: Rational,
  municipalities: number,
  rows?: ReadonlyMap<AllocationLine, readonly OutputValue[]>,
): (line: AllocationLine) => readonly OutputValue[] {
  const toCurrency = currencyOfUnits(roundTo);
  return (line) => {
    const known = rows?.get(line);
    if (known) return known;
    const row = new Array<OutputValue>(FIRST_SHARE + municipalities).fill(null);
    writeShares(row, line, roundTo, toCurrency);
    return row;
  };
}
