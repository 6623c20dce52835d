/**
 * The exit analysis (contract v1.1 §12): for each municipality, over the items with coalition
 * costs, what it pays now, what it would pay alone, and what the others would pay more (or less)
 * without it: c(N ∖ {i}) − Σ_{j ≠ i} share_j.
 */
import type { AllocationLine } from '../allocate/allocateAll';
import { currencyOf } from '../allocate/units';
import type { ParsedWorkbook } from '../model';
import { add, rational, sub, ZERO, type Rational } from '../rational';
import { coalitionCost, priceGame } from './completion';
import { buildGame, coalitionsOf, type CoalitionIndex } from './game';

export interface ExitRow {
  readonly municipality: string;
  /** Σ of its shares, in whole units of RoundTo. */
  readonly paysNow: bigint;
  /** Σ c({i}), in currency, exact. */
  readonly paysAlone: Rational;
  /** Σ (c(N ∖ {i}) − Σ_{j ≠ i} share_j), in currency, exact. */
  readonly othersChange: Rational;
}

interface Sums {
  paysNow: bigint;
  paysAlone: Rational;
  othersChange: Rational;
}

/**
 * One row per municipality taking part in at least one line whose item has a CoalitionCosts row,
 * in `Municipalities` order, summed over those lines (a municipality adds nothing for a line it
 * does not take part in). `standAloneOf`: an item's stand-alone costs by municipality.
 */
export function exitAnalysis(
  workbook: ParsedWorkbook,
  lines: readonly AllocationLine[],
  coalitions: CoalitionIndex,
  standAloneOf: (item: string) => ReadonlyMap<string, Rational>,
): ExitRow[] {
  const { roundTo } = workbook.settings;
  const sums = new Map<string, Sums>();
  for (const line of lines) {
    const rows = coalitionsOf(coalitions, line.item);
    if (rows.length === 0) continue;
    const built = buildGame(line.item, line.participants, rows, standAloneOf(line.item), false, {
      item: line.cell,
      key: line.cell,
    });
    // The parser has reported any problem with the game; such a workbook never gets here.
    if ('problems' in built) continue;
    const { game } = built;
    const priced = priceGame(game);
    const amount = currencyOf(line.amount, roundTo);
    const everyone = game.members.map((_, i) => i);
    game.members.forEach((name, i) => {
      const share = line.shares.get(name) ?? 0n;
      const withoutIt = rational(
        coalitionCost(
          priced,
          everyone.filter((j) => j !== i),
        ),
        priced.scale,
      );
      const othersPayNow = sub(amount, currencyOf(share, roundTo));
      const known = sums.get(name) ?? { paysNow: 0n, paysAlone: ZERO, othersChange: ZERO };
      known.paysNow += share;
      known.paysAlone = add(known.paysAlone, game.alone[i] ?? ZERO);
      known.othersChange = add(known.othersChange, sub(withoutIt, othersPayNow));
      sums.set(name, known);
    });
  }
  return workbook.municipalities.flatMap(({ name }) => {
    const found = sums.get(name);
    return found ? [{ municipality: name, ...found }] : [];
  });
}
