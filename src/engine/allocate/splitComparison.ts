/** `SplitComparison` (contract §6): what each municipality would pay under every reasonable key. */
import type { ParsedWorkbook } from '../model';
import { sum, type Rational } from '../rational';
import type { AllocationLine } from './allocateAll';
import { COMPARISON_KEYS } from './keys';
import { likeForLike, type LikeForLike } from './likeForLike';
import { otherKeysUsed } from './otherKeys';
import { resplitKeys } from './resplit';
import { shareTotals } from './shareTotals';
import { unitsOf } from './units';

/** All amounts in whole units of RoundTo. */
export interface SplitComparisonRow {
  readonly municipality: string;
  /** Σ of its shares under the keys the workbook chose. */
  readonly chosen: bigint;
  readonly population: bigint;
  readonly equal: bigint;
  readonly pcs: bigint;
  readonly equal30Population70: bigint;
  /** Null when the workbook gives no stand-alone costs. */
  readonly standalone: bigint | null;
  /** Extension: Σ of its own StandAlone costs (what going alone would cost); null when it gave none. */
  readonly goingAlone: bigint | null;
  /** chosen − population. */
  readonly differenceChosenPopulation: bigint;
  /**
   * Extension: its total under each custom key the workbook uses (see otherKeysUsed), applied to
   * every line; the same keys, in the same order, in every row.
   */
  readonly otherKeys: readonly { readonly key: string; readonly total: bigint }[];
  /** Extension: going alone like for like (see likeForLike); null when there is nothing to compare. */
  readonly likeForLike: LikeForLike | null;
}

/** The comparison's keys that need no stand-alone costs, in the table's order. */
const BUILT_IN_KEYS = [
  COMPARISON_KEYS.population,
  COMPARISON_KEYS.equal,
  COMPARISON_KEYS.pcs,
  COMPARISON_KEYS.equal30Population70,
] as const;

/**
 * One row per municipality (in `Municipalities` order): its total over every allocation line under
 * the chosen keys, and under population, equal, pcs, 30/70 equal/population and (when the workbook
 * has stand-alone costs) standalone, each line re-split exactly: same amount, same participants.
 *
 * Where an alternative key cannot split a line (its values add up to 0 over the participants, e.g.
 * pcs when none of them has PCs), that line keeps its chosen shares in that column, so every column
 * adds up to the same grand total. The standalone column uses the standalone key only for lines
 * whose every participant has a stand-alone cost of the item, and the chosen shares otherwise.
 * Every key, the workbook's other keys too, re-splits the lines in one pass (resplitKeys).
 * `chosenTotals`: each municipality's sum of its shares, when the run has summed them already.
 */
export function compareSplits(
  wb: ParsedWorkbook,
  lines: readonly AllocationLine[],
  chosenTotals: readonly bigint[] = shareTotals(
    wb.municipalities.map((m) => m.name),
    lines,
  ),
): readonly SplitComparisonRow[] {
  const withStandAlone = wb.standAlone.length > 0;
  const otherKeys = otherKeysUsed(lines);
  const keys = [
    ...BUILT_IN_KEYS,
    ...(withStandAlone ? [COMPARISON_KEYS.standalone] : []),
    ...otherKeys,
  ];
  const resplits = resplitKeys(wb, lines, keys, () => true).map((r) => r.totals);
  const [populations, equals, pcsTotals, mixed] = resplits;
  const standalones = withStandAlone ? resplits[BUILT_IN_KEYS.length] : undefined;
  const others = otherKeys.map((key, o) => ({
    key: key.text,
    totals: resplits[keys.length - otherKeys.length + o] ?? [],
  }));
  const alike = likeForLike(wb, lines);
  const ownCosts = new Map<string, Rational[]>();
  // Appended in place: copying the list per row made a municipality's thousands of rows quadratic.
  for (const row of wb.standAlone) {
    const list = ownCosts.get(row.municipality);
    if (list) list.push(row.cost);
    else ownCosts.set(row.municipality, [row.cost]);
  }
  const total = (column: readonly bigint[] | undefined, i: number): bigint => column?.[i] ?? 0n;
  return wb.municipalities.map(({ name }, i) => {
    const chosen = total(chosenTotals, i);
    const population = total(populations, i);
    const own = ownCosts.get(name) ?? [];
    return {
      municipality: name,
      chosen,
      population,
      equal: total(equals, i),
      pcs: total(pcsTotals, i),
      equal30Population70: total(mixed, i),
      standalone: withStandAlone ? total(standalones, i) : null,
      goingAlone: own.length === 0 ? null : unitsOf(sum(own), wb.settings.roundTo),
      differenceChosenPopulation: chosen - population,
      otherKeys: others.map(({ key, totals }) => ({ key, total: totals[i] ?? 0n })),
      likeForLike: alike[i] ?? null,
    };
  });
}
