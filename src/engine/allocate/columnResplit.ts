/**
 * The split comparison's built-in keys (population, equal, pcs and mixes of them) re-split straight
 * from the municipalities' key columns: no prepared weights per participant list, nothing kept
 * per line. Most lines of a large workbook name their own participants, so prepared weights would
 * be made once per line and key, and kept to no use.
 *
 * The split is the same exact split (contract §4) as every other, and the weights are the rule's
 * (rule.ts): each column's values and sums are read once per line, the mix is `mixNumbers`.
 */
import type { KeyExpression, KeyTerm, Municipality, SingleKey } from '../model';
import type { AllocationLine } from './allocateAll';
import { inNameOrder, numericTieOrder, ranksAt } from './integerWeights';
import {
  columnAt,
  mixNumbers,
  numberCoefficients,
  wholeColumn,
  type ColumnAt,
  type NumberCoefficients,
} from './keys';
import { countedTerms, nameRanks } from './rule';
import { isSafeAmount, splitNumbers, type SplitScratch, type TieOrder } from './split';

/**
 * What re-splitting a line by a key came to: `split` (the shares are in `out`), `unsplittable`
 * (a term's values add up to 0 over the participants), or `general` (a key of other columns,
 * numbers that would not stay exact, or an amount below 0 or beyond a safe integer: take the
 * general way).
 */
export type ResplitOutcome = 'split' | 'unsplittable' | 'general';

/**
 * Re-splits one line by each of `keys`, calling `visit` with each key's place in `keys`, its
 * outcome and (for `split`) the shares, in the first places of an array that is reused: read it
 * in `visit`. The line's columns are read once for all its keys, and nothing outlives the call.
 */
export type ColumnResplit = (
  line: Pick<AllocationLine, 'amount' | 'positions'>,
  keys: readonly KeyExpression[],
  visit: (key: number, outcome: ResplitOutcome, shares: Float64Array) => void,
  scratch: SplitScratch,
) => void;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Arrays reused from line to line of one re-splitter, grown to the longest line. */
interface Buffers {
  population: Float64Array;
  pcs: Float64Array;
  ones: Float64Array;
  mixed: Float64Array;
  out: Float64Array;
  byName: Int32Array;
  nameOrder: Int32Array;
}

const buffers = (n: number): Buffers => ({
  population: new Float64Array(n),
  pcs: new Float64Array(n),
  ones: new Float64Array(n).fill(1),
  mixed: new Float64Array(n),
  out: new Float64Array(n),
  byName: new Int32Array(n),
  nameOrder: new Int32Array(n),
});

/**
 * A re-splitter for one workbook's municipalities, for keys of population, pcs and equal terms.
 * Null when a population or PC count is not a safe whole number (then every line takes the
 * general way).
 */
export function columnResplit(municipalities: readonly Municipality[]): ColumnResplit | null {
  const population = wholeColumn({ kind: 'population' }, municipalities);
  const pcs = wholeColumn({ kind: 'pcs' }, municipalities);
  if (!population || !pcs) return null;
  const ranks = nameRanks(municipalities.map((m) => m.name));
  let reused = buffers(0);
  const slots = new Int32Array(ranks.length);
  // Each key's counted terms and mix coefficients, once per key, not once per line.
  const keyParts = new Map<KeyExpression, { terms: readonly KeyTerm[]; mix: NumberCoefficients }>();
  const partsOf = (key: KeyExpression): { terms: readonly KeyTerm[]; mix: NumberCoefficients } => {
    let parts = keyParts.get(key);
    if (!parts) {
      const terms = countedTerms(key);
      parts = { terms, mix: numberCoefficients(terms.map((term) => term.fraction)) };
      keyParts.set(key, parts);
    }
    return parts;
  };

  return (line, keys, visit, scratch) => {
    const { positions } = line;
    const n = positions.length;
    if (reused.out.length < n) reused = buffers(n);
    const { ones, mixed, out } = reused;
    if (!isSafeAmount(line.amount)) {
      keys.forEach((_, k) => visit(k, 'general', out));
      return;
    }
    const equal: ColumnAt = { values: ones, total: n, largest: 1 };
    const columns = {
      population: columnAt(population, positions, reused.population),
      pcs: columnAt(pcs, positions, reused.pcs),
    };
    const columnOf = (single: SingleKey): ColumnAt | null =>
      single.kind === 'equal'
        ? equal
        : single.kind === 'population' || single.kind === 'pcs'
          ? columns[single.kind]
          : null;
    let byName: Int32Array | null = null;
    const participantRanks = (): Int32Array =>
      (byName ??= ranksAt(ranks, positions, reused.byName.subarray(0, n)));
    // The equal key's tie order, which every split by it needs (its remainders all tie).
    let nameOrder: Int32Array | null = null;
    const byNames: TieOrder = () =>
      (nameOrder ??= inNameOrder(
        participantRanks(),
        ranks.length,
        slots,
        reused.nameOrder.subarray(0, n),
      ));

    const split = (key: KeyExpression): ResplitOutcome => {
      const { terms, mix } = partsOf(key);
      const used: ColumnAt[] = [];
      for (const term of terms) {
        const column = columnOf(term.key);
        if (!column) return 'general';
        if (column.total === 0) return 'unsplittable';
        if (column.total > MAX_SAFE) return 'general';
        used.push(column);
      }
      const [only] = used;
      let view: Float64Array;
      let total = 0;
      let largest = 0;
      if (only && used.length === 1) {
        ({ total, largest } = only);
        view = only.values.subarray(0, n);
      } else {
        const values = used.map((column) => column.values);
        const totals = used.map((column) => column.total);
        const weights = mixNumbers(mix, values, totals, n, mixed);
        if (weights === 'inexact') return 'general';
        view = weights.subarray(0, n);
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
    let k = 0;
    for (const key of keys) visit(k++, split(key), out);
  };
}
