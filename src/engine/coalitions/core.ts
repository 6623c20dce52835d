/**
 * The core check (contract v1.1 §12): no group of members pays more together than it would pay
 * on its own. For every line of an item with coalition costs, whatever its key, and every given
 * coalition S other than all the participants N: Σ_{i ∈ S} share_i ≤ c(S).
 */
import type { AllocationLine } from '../allocate/allocateAll';
import { currencyOf } from '../allocate/units';
import type { CoalitionCost } from '../model';
import { compare, type Rational } from '../rational';
import type { CoalitionIndex } from './game';
import { coalitionsOf } from './game';

export interface CoreViolation {
  readonly line: AllocationLine;
  readonly row: CoalitionCost;
  /** Σ of the coalition's shares, in whole units of RoundTo. */
  readonly pays: bigint;
}

/**
 * Every (line, given coalition) that pays more than its cost, in line order then row order. A
 * coalition naming someone outside the line's participants is left out (the parser reports it).
 */
export function coreViolations(
  lines: readonly AllocationLine[],
  coalitions: CoalitionIndex,
  roundTo: Rational,
): CoreViolation[] {
  const violations: CoreViolation[] = [];
  for (const line of lines) {
    const rows = coalitionsOf(coalitions, line.item);
    if (rows.length === 0) continue;
    for (const row of rows) {
      const shares = row.coalition.map((name) => line.shares.get(name));
      if (shares.some((share) => share === undefined)) continue;
      // S = N is the amount itself: the split always pays it exactly.
      if (row.coalition.length === line.participants.length) continue;
      const pays = shares.reduce<bigint>((acc, share) => acc + (share ?? 0n), 0n);
      if (compare(currencyOf(pays, roundTo), row.cost) > 0) violations.push({ line, row, pays });
    }
  }
  return violations;
}
