/** `SplitComparison` (contract §6): what each municipality would pay under every reasonable key. */
import type { KeyExpression, Municipality, ParsedWorkbook } from '../model';
import { sum, type Rational } from '../rational';
import type { AllocationLine } from './allocateAll';
import { columnResplit, type LineResplit } from './columnResplit';
import { COMPARISON_KEYS } from './keys';
import { likeForLike, type LikeForLike } from './likeForLike';
import { otherKeysUsed } from './otherKeys';
import {
  indexStandAlone,
  participantsId,
  standAloneOf,
  type ParticipantList,
} from './participants';
import { resplitLines } from './resplit';
import { splitScratch, splitShares, type SplitScratch } from './split';
import { unitsOf } from './units';
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
 * Per-municipality sums of shares. In JS numbers while every sum stays a safe integer (then they
 * are exact), which the caller decides once from the sum of the amounts; in BigInt otherwise.
 */
interface Sums {
  add(column: Column, indices: Int32Array, shares: Float64Array | readonly bigint[]): void;
  total(column: Column, index: number): bigint;
}

function numberSums(n: number): Sums {
  const sums = new Map(COLUMNS.map((c) => [c, new Float64Array(n)]));
  return {
    add(column, indices, shares) {
      const sum = sums.get(column);
      if (!sum) return;
      for (let k = 0; k < indices.length; k++) {
        const i = indices[k] ?? 0;
        sum[i] = (sum[i] ?? 0) + Number(shares[k] ?? 0);
      }
    },
    total: (column, index) => BigInt(sums.get(column)?.[index] ?? 0),
  };
}

function bigIntSums(n: number): Sums {
  const sums = new Map(COLUMNS.map((c) => [c, new Array<bigint>(n).fill(0n)]));
  return {
    add(column, indices, shares) {
      const sum = sums.get(column);
      if (!sum) return;
      for (let k = 0; k < indices.length; k++) {
        const i = indices[k] ?? 0;
        const share = shares[k] ?? 0;
        sum[i] = (sum[i] ?? 0n) + (typeof share === 'bigint' ? share : BigInt(share));
      }
    },
    total: (column, index) => sums.get(column)?.[index] ?? 0n,
  };
}

/** A line's participants, shared by the lines with the same ones. */
type Group = ParticipantList;

/**
 * Adds the line's amount re-split among the same participants by `key` to `column`; its own shares
 * where `key` cannot split it. Exact either way: JS numbers when they stay exact, else BigInt.
 */
function addResplit(
  sums: Sums,
  column: Column,
  line: AllocationLine,
  key: KeyExpression,
  group: Group,
  weightsOf: WeightLookup,
  scratch: SplitScratch,
): void {
  const weights = weightsOf(key, line.item, group);
  if (weights === null) addOwn(sums, column, line);
  else sums.add(column, group.positions, splitShares(line.amount, weights, scratch));
}

function addOwn(sums: Sums, column: Column, line: AllocationLine): void {
  sums.add(
    column,
    line.positions,
    line.units ?? line.participants.map((name) => line.shares.get(name) ?? 0n),
  );
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
  const volume = lines.reduce(
    (acc, line) => acc + (line.amount < 0n ? -line.amount : line.amount),
    0n,
  );
  const sums = volume < 2n ** 52n ? numberSums(n) : bigIntSums(n);
  const groups = new Map<string, Group>();
  // Lines list their participants in `Municipalities` order, with their positions.
  const groupOf = (line: AllocationLine): Group => {
    const id = participantsId(line.positions, n);
    let group = groups.get(id);
    if (!group) {
      const municipalities: Municipality[] = [];
      for (const i of line.positions) {
        const m = wb.municipalities[i];
        if (m) municipalities.push(m);
      }
      group = { id, municipalities, names: line.participants, positions: line.positions };
      groups.set(id, group);
    }
    return group;
  };
  const resplit = columnResplit(wb.municipalities);
  const scratch = splitScratch();
  const out = new Float64Array(n);
  /**
   * Adds the line re-split by the column's key: from the key columns (`byColumns`, the line's own)
   * where they serve.
   */
  const addColumn = (
    column: BuiltInKey | 'standalone',
    line: AllocationLine,
    byColumns: LineResplit | null,
  ): void => {
    const key = COMPARISON_KEYS[column];
    // The line's own key again: the same split as its own shares, already made.
    if (keyId(key) === keyId(line.key)) return addOwn(sums, column, line);
    const outcome = byColumns ? byColumns(key, out, scratch) : 'general';
    if (outcome === 'split') sums.add(column, line.positions, out);
    else if (outcome === 'unsplittable') addOwn(sums, column, line);
    else addResplit(sums, column, line, key, groupOf(line), weightsOf, scratch);
  };
  for (const line of lines) {
    addOwn(sums, 'chosen', line);
    const byColumns = resplit ? resplit(line) : null;
    for (const column of BUILT_IN_COLUMNS) addColumn(column, line, byColumns);
    if (!withStandAlone) continue;
    // The standalone key only where every participant has a stand-alone cost of the item.
    const costs = standAloneOf(standAlone, line.item);
    // Fewer costs than participants (most items: none) cannot cover them all: no look-ups.
    if (costs.size >= line.participants.length && line.participants.every((n) => costs.has(n))) {
      addColumn('standalone', line, null);
    } else addOwn(sums, 'standalone', line);
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
  return wb.municipalities.map(({ name }, i) => {
    const chosen = sums.total('chosen', i);
    const population = sums.total('population', i);
    const own = ownCosts.get(name) ?? [];
    return {
      municipality: name,
      chosen,
      population,
      equal: sums.total('equal', i),
      pcs: sums.total('pcs', i),
      equal30Population70: sums.total('equal30Population70', i),
      standalone: withStandAlone ? sums.total('standalone', i) : null,
      goingAlone: own.length === 0 ? null : unitsOf(sum(own), wb.settings.roundTo),
      differenceChosenPopulation: chosen - population,
      otherKeys: others.map(({ key, totals }) => ({ key, total: totals[i] ?? 0n })),
      likeForLike: alike[i] ?? null,
    };
  });
}
