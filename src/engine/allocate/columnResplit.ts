/**
 * The split comparison's built-in keys (population, equal, pcs and mixes of them) re-split straight
 * from the municipalities' key columns: no prepared weights per participant list, nothing kept
 * per line. Most lines of a large workbook name their own participants, so prepared weights would
 * be made once per line and key, and kept to no use.
 *
 * The split is the same exact split (contract §4) as every other, and the weights are the rule's
 * (rule.ts): each column's values and sums are read once per line, the mix is `mixNumbers`.
 */
import type { KeyExpression, Municipality, SingleKey } from '../model';
import type { AllocationLine } from './allocateAll';
import { inNameOrder, numericTieOrder } from './integerWeights';
import { columnAt, mixNumbers, wholeColumn, type ColumnAt } from './keys';
import { countedTerms, nameRanks } from './rule';
import { isSafeAmount, splitNumbers, type SplitScratch, type TieOrder } from './split';

/**
 * What re-splitting a line by a key came to: `split` (the shares are in `out`), `unsplittable`
 * (a term's values add up to 0 over the participants), or `general` (a key of other columns,
 * numbers that would not stay exact, or an amount below 0 or beyond a safe integer: take the
 * general way).
 */
export type ResplitOutcome = 'split' | 'unsplittable' | 'general';

/** Re-splits one line by `key` into the first places of `out`. */
export type LineResplit = (
  key: KeyExpression,
  out: Float64Array,
  scratch: SplitScratch,
) => ResplitOutcome;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * A re-splitter for one workbook's municipalities: given a line, its columns are gathered once and
 * every key of population, pcs and equal terms splits it. Null when a population or PC count is
 * not a safe whole number (then every line takes the general way).
 */
export function columnResplit(
  municipalities: readonly Municipality[],
): ((line: Pick<AllocationLine, 'amount' | 'positions'>) => LineResplit) | null {
  const population = wholeColumn({ kind: 'population' }, municipalities);
  const pcs = wholeColumn({ kind: 'pcs' }, municipalities);
  if (!population || !pcs) return null;
  const ranks = nameRanks(municipalities.map((m) => m.name));
  // Read only: all ones, grown to the longest line so far.
  let ones = new Float64Array(0);
  const general: LineResplit = () => 'general';

  return (line) => {
    if (!isSafeAmount(line.amount)) return general;
    const { positions } = line;
    const n = positions.length;
    if (ones.length < n) ones = new Float64Array(n).fill(1);
    const equal: ColumnAt = { values: ones, total: n, largest: 1 };
    const columns = { population: columnAt(population, positions), pcs: columnAt(pcs, positions) };
    const columnOf = (single: SingleKey): ColumnAt | null =>
      single.kind === 'equal'
        ? equal
        : single.kind === 'population' || single.kind === 'pcs'
          ? columns[single.kind]
          : null;
    const mixed = new Float64Array(n);
    let byName: Int32Array | null = null;
    const participantRanks = (): Int32Array => {
      if (byName) return byName;
      byName = new Int32Array(n);
      for (let k = 0; k < n; k++) byName[k] = ranks[positions[k] ?? 0] ?? 0;
      return byName;
    };
    // The equal key's tie order, which every split by it needs (its remainders all tie).
    let nameOrder: Int32Array | null = null;
    const byNames: TieOrder = () => (nameOrder ??= inNameOrder(participantRanks(), ranks.length));

    return (key, out, scratch) => {
      const terms = countedTerms(key);
      const used: ColumnAt[] = [];
      for (const term of terms) {
        const column = columnOf(term.key);
        if (!column) return 'general';
        if (column.total === 0) return 'unsplittable';
        if (column.total > MAX_SAFE) return 'general';
        used.push(column);
      }
      const [only] = used;
      const weights = mixNumbers(
        terms.map((term) => term.fraction),
        used.map((column) => column.values),
        used.map((column) => column.total),
        n,
        mixed,
      );
      if (weights === 'inexact') return 'general';
      const view = weights.subarray(0, n);
      let total = only && used.length === 1 ? only.total : 0;
      let largest = only && used.length === 1 ? only.largest : 0;
      if (used.length !== 1) {
        for (const w of view) {
          total += w;
          if (w > largest) largest = w;
        }
      }
      const uniform = only === equal && used.length === 1;
      const ties = uniform ? byNames : (): Int32Array => numericTieOrder(view, participantRanks());
      const a = Number(line.amount);
      return splitNumbers(a, view, total, largest, uniform, ties, out, scratch)
        ? 'split'
        : 'general';
    };
  };
}
