/** `SplitComparison` (contract §6): what each municipality would pay under every reasonable key. */
import type { KeyExpression, Municipality, ParsedWorkbook } from '../model';
import { sum, ZERO } from '../rational';
import type { AllocationLine } from './allocateAll';
import { COMPARISON_KEYS, keyWeights } from './keys';
import { indexStandAlone, standAloneOf, type StandAloneIndex } from './participants';
import { splitExactly } from './split';
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
}

type Alternative = Exclude<
  keyof SplitComparisonRow,
  'municipality' | 'chosen' | 'goingAlone' | 'differenceChosenPopulation'
>;

/** The line's amount re-split among the same participants by `key`; its own shares if `key` cannot split it. */
function resplit(
  line: AllocationLine,
  key: KeyExpression,
  byName: ReadonlyMap<string, Municipality>,
  standAlone: StandAloneIndex,
): ReadonlyMap<string, bigint> {
  const participants = line.participants.flatMap((name) => byName.get(name) ?? []);
  const weights = keyWeights(key, participants, standAloneOf(standAlone, line.item));
  const shares =
    weights &&
    splitExactly(
      line.amount,
      participants.map((m, i) => ({ name: m.name, weight: weights[i] ?? ZERO })),
    );
  return shares ?? line.shares;
}

/** The standalone key where every participant has a stand-alone cost of the item; the chosen key otherwise. */
function standAloneSplit(
  line: AllocationLine,
  byName: ReadonlyMap<string, Municipality>,
  standAlone: StandAloneIndex,
): ReadonlyMap<string, bigint> {
  const costs = standAloneOf(standAlone, line.item);
  const complete = line.participants.every((name) => costs.has(name));
  return complete ? resplit(line, COMPARISON_KEYS.standalone, byName, standAlone) : line.shares;
}

/**
 * One row per municipality (in `Municipalities` order): its total over every allocation line under
 * the chosen keys, and under population, equal, pcs, 30/70 equal/population and (when the workbook
 * has stand-alone costs) standalone, each line re-split exactly: same amount, same participants.
 *
 * Where an alternative key cannot split a line (its values add up to 0 over the participants, e.g.
 * pcs when none of them has PCs), that line keeps its chosen shares in that column, so every column
 * adds up to the same grand total. The standalone column uses the standalone key only for lines
 * whose every participant has a stand-alone cost of the item, and the chosen shares otherwise.
 */
export function compareSplits(
  wb: ParsedWorkbook,
  lines: readonly AllocationLine[],
): readonly SplitComparisonRow[] {
  const byName = new Map(wb.municipalities.map((m) => [m.name, m]));
  const standAlone = indexStandAlone(wb.standAlone);
  const withStandAlone = wb.standAlone.length > 0;
  const totals = new Map(
    wb.municipalities.map((m) => [
      m.name,
      { chosen: 0n, population: 0n, equal: 0n, pcs: 0n, equal30Population70: 0n, standalone: 0n },
    ]),
  );
  const addShares = (column: Alternative | 'chosen', shares: ReadonlyMap<string, bigint>): void => {
    for (const [name, units] of shares) {
      const row = totals.get(name);
      if (row) row[column] += units;
    }
  };
  for (const line of lines) {
    addShares('chosen', line.shares);
    addShares('population', resplit(line, COMPARISON_KEYS.population, byName, standAlone));
    addShares('equal', resplit(line, COMPARISON_KEYS.equal, byName, standAlone));
    addShares('pcs', resplit(line, COMPARISON_KEYS.pcs, byName, standAlone));
    addShares(
      'equal30Population70',
      resplit(line, COMPARISON_KEYS.equal30Population70, byName, standAlone),
    );
    if (withStandAlone) addShares('standalone', standAloneSplit(line, byName, standAlone));
  }
  return wb.municipalities.map(({ name }) => {
    const t = totals.get(name) ?? {
      chosen: 0n,
      population: 0n,
      equal: 0n,
      pcs: 0n,
      equal30Population70: 0n,
      standalone: 0n,
    };
    const own = wb.standAlone.filter((row) => row.municipality === name).map((row) => row.cost);
    return {
      municipality: name,
      chosen: t.chosen,
      population: t.population,
      equal: t.equal,
      pcs: t.pcs,
      equal30Population70: t.equal30Population70,
      standalone: withStandAlone ? t.standalone : null,
      goingAlone: own.length === 0 ? null : unitsOf(sum(own), wb.settings.roundTo),
      differenceChosenPopulation: t.chosen - t.population,
    };
  });
}
