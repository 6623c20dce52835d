/** `SplitComparison` (contract §6): what each municipality would pay under every reasonable key. */
import type { KeyExpression, ParsedWorkbook } from '../model';
import { sum, type Rational } from '../rational';
import type { AllocationLine } from './allocateAll';
import { columnResplit } from './columnResplit';
import { COMPARISON_KEYS } from './keys';
import { likeForLike, type LikeForLike } from './likeForLike';
import { otherKeysUsed } from './otherKeys';
import {
  indexStandAlone,
  participantListAt,
  participantsId,
  standAloneOf,
  type ParticipantList,
} from './participants';
import { resplitLines } from './resplit';
import { splitScratch, splitShares, type SplitScratch } from './split';
import { unitsOf } from './units';
import { shareSums, type ShareSums } from './sums';
import { weightCache, type WeightLookup } from './weightCache';

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

/** The comparison's keys that need no stand-alone costs. */
type BuiltInKey = 'population' | 'equal' | 'pcs' | 'equal30Population70';
type Column = 'chosen' | BuiltInKey | 'standalone';
/** The comparison's keys that need no stand-alone costs, in the table's order. */
const BUILT_IN_COLUMNS: readonly BuiltInKey[] = [
  'population',
  'equal',
  'pcs',
  'equal30Population70',
];
const COLUMNS: readonly Column[] = [
  'chosen',
  'population',
  'equal',
  'pcs',
  'equal30Population70',
  'standalone',
];

/**
 * Adds the line's amount re-split among the same participants by `key` to `column`; its own shares
 * where `key` cannot split it. Exact either way: JS numbers when they stay exact, else BigInt.
 */
function addResplit(
  sums: ShareSums,
  column: number,
  line: AllocationLine,
  key: KeyExpression,
  group: ParticipantList,
  weightsOf: WeightLookup,
  scratch: SplitScratch,
): void {
  const weights = weightsOf(key, line.item, group);
  if (weights === null) sums.addOwn(column, line);
  else sums.add(column, group.positions, splitShares(line.amount, weights, scratch));
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
  const standAlone = indexStandAlone(wb.standAlone);
  const { weightsOf, keyId } = weightCache(wb.municipalities, standAlone);
  const withStandAlone = wb.standAlone.length > 0;
  const n = wb.municipalities.length;
  const sums = shareSums(COLUMNS.length, n, lines);
  const at = (column: Column): number => COLUMNS.indexOf(column);
  // A line's participants, shared by the lines with the same ones.
  const groups = new Map<string, ParticipantList>();
  const groupOf = (line: AllocationLine): ParticipantList => {
    const id = participantsId(line.positions, n);
    let group = groups.get(id);
    if (!group) {
      group = participantListAt(wb.municipalities, line.positions, line.participants);
      groups.set(id, group);
    }
    return group;
  };
  const resplit = columnResplit(wb.municipalities);
  const scratch = splitScratch();
  /** Adds `line` re-split by the column's key, or its own shares where the key cannot split it. */
  const addResplitOf = (column: BuiltInKey | 'standalone', line: AllocationLine): void =>
    addResplit(sums, at(column), line, COMPARISON_KEYS[column], groupOf(line), weightsOf, scratch);
  for (const line of lines) {
    sums.addOwn(at('chosen'), line);
    // The line's own key again: the same split as its own shares, already made.
    const own = keyId(line.key);
    const others = BUILT_IN_COLUMNS.filter((column) => keyId(COMPARISON_KEYS[column]) !== own);
    for (const column of BUILT_IN_COLUMNS)
      if (!others.includes(column)) sums.addOwn(at(column), line);
    // From the key columns where they serve, else the general way.
    if (resplit) {
      const keys = others.map((column) => COMPARISON_KEYS[column]);
      resplit(
        line,
        keys,
        (k, outcome, shares) => {
          const column = others[k];
          if (!column) return;
          if (outcome === 'split') sums.add(at(column), line.positions, shares);
          else if (outcome === 'unsplittable') sums.addOwn(at(column), line);
          else addResplitOf(column, line);
        },
        scratch,
      );
    } else for (const column of others) addResplitOf(column, line);
    if (!withStandAlone) continue;
    // The standalone key only where every participant has a stand-alone cost of the item.
    const costs = standAloneOf(standAlone, line.item);
    // Fewer costs than participants (most items: none) cannot cover them all: no look-ups.
    if (costs.size >= line.participants.length && line.participants.every((n) => costs.has(n))) {
      if (keyId(COMPARISON_KEYS.standalone) === own) sums.addOwn(at('standalone'), line);
      else addResplitOf('standalone', line);
    } else sums.addOwn(at('standalone'), line);
  }
  const others = otherKeysUsed(lines).map((key) => ({
    key: key.text,
    totals: resplitLines(wb, lines, key, () => true).totals,
  }));
  const alike = likeForLike(wb, lines);
  const ownCosts = new Map<string, Rational[]>();
  // Appended in place: copying the list per row made a municipality's thousands of rows quadratic.
  for (const row of wb.standAlone) {
    const list = ownCosts.get(row.municipality);
    if (list) list.push(row.cost);
    else ownCosts.set(row.municipality, [row.cost]);
  }
  const [chosenTotals, populations, equals, pcsTotals, mixed, standalones] = COLUMNS.map((_, c) =>
    sums.totals(c),
  );
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
