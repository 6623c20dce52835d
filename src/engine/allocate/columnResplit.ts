/**
 * The split comparison's built-in keys (population, equal, pcs and 30/70 equal/population)
 * re-split straight from the municipalities' key columns, read by position into scratch arrays:
 * no prepared weights per participant list, nothing kept per line. Most lines of a large workbook
 * name their own participants, so prepared weights would be made once per line and key, and kept
 * to no use. The equal key's tie order (name order, which every split by it needs) is read off
 * by name place once per line.
 *
 * The split is the same exact split (contract §4) as every other: only the weights are read
 * differently. The 30/70 mix's weights over its common denominator 10·n·P are W_i = 3·P + 7·n·p_i
 * (q_i = a·(0.3/n + 0.7·p_i/P)); weights scaled by a common factor split the same.
 */
import type { Municipality } from '../model';
import type { AllocationLine } from './allocateAll';
import { nameRanks, numericTieOrder } from './integerWeights';
import { wholeColumn } from './keys';
import { isSafeAmount, splitNumbers } from './split';

export type BuiltInKey = 'population' | 'equal' | 'pcs' | 'equal30Population70';

/**
 * What re-splitting a line by a built-in key came to: `split` (the shares are in `out`),
 * `unsplittable` (the key's values add up to 0 over the participants), or `general` (numbers
 * would not stay exact, or the amount is negative or beyond a safe integer: take the general way).
 */
export type ResplitOutcome = 'split' | 'unsplittable' | 'general';

export type ColumnResplit = (
  line: AllocationLine,
  key: BuiltInKey,
  out: Float64Array,
) => ResplitOutcome;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * A re-splitter for one workbook's municipalities; null when a population or PC count is not a
 * safe whole number (then every line takes the general way). Lines are prepared once each (the
 * key columns' values at the line's positions, their sums and largest values), so ask for every
 * key of a line before the next line.
 */
export function columnResplit(municipalities: readonly Municipality[]): ColumnResplit | null {
  const population = wholeColumn({ kind: 'population' }, municipalities);
  const pcs = wholeColumn({ kind: 'pcs' }, municipalities);
  if (!population || !pcs) return null;
  return resplitter(population, pcs, nameRanks(municipalities.map((m) => m.name)));
}

/** {@link columnResplit} over the key columns and each municipality's place in name order. */
function resplitter(population: Float64Array, pcs: Float64Array, ranks: Int32Array): ColumnResplit {
  let current: AllocationLine | null = null;
  let n = 0;
  let populationTotal = 0;
  let pcsTotal = 0;
  let populationLargest = 0;
  let pcsLargest = 0;
  let populationWeights = new Float64Array(0);
  let pcsWeights = new Float64Array(0);
  let mixWeights = new Float64Array(0);
  let ones = new Float64Array(0);
  let byName: Int32Array | null = null;

  function prepare(line: AllocationLine): void {
    const { positions } = line;
    current = line;
    n = positions.length;
    byName = null;
    if (populationWeights.length < n) {
      populationWeights = new Float64Array(n);
      pcsWeights = new Float64Array(n);
      mixWeights = new Float64Array(n);
      ones = new Float64Array(n).fill(1);
    }
    populationTotal = 0;
    pcsTotal = 0;
    populationLargest = 0;
    pcsLargest = 0;
    for (let k = 0; k < n; k++) {
      const place = positions[k] ?? 0;
      const p = population[place] ?? 0;
      const c = pcs[place] ?? 0;
      populationWeights[k] = p;
      pcsWeights[k] = c;
      populationTotal += p;
      pcsTotal += c;
      if (p > populationLargest) populationLargest = p;
      if (c > pcsLargest) pcsLargest = c;
    }
  }

  const slotOfRank = new Int32Array(ranks.length);
  let nameOrder = new Int32Array(0);
  let nameOrderOf: AllocationLine | null = null;
  /**
   * The participants in name order: the equal key's tie order, which every split by it needs (its
   * remainders all tie). Read off by name place, without a sort, once per line.
   */
  function participantsByName(line: AllocationLine): Int32Array {
    if (nameOrderOf === line) return nameOrder;
    const { positions } = line;
    slotOfRank.fill(-1);
    for (let k = 0; k < n; k++) slotOfRank[ranks[positions[k] ?? 0] ?? 0] = k;
    if (nameOrder.length < n) nameOrder = new Int32Array(n);
    let next = 0;
    for (const k of slotOfRank) if (k >= 0) nameOrder[next++] = k;
    nameOrderOf = line;
    return nameOrder;
  }

  /** Each participant's place in name order, for the tie order (only when a tie needs it). */
  function participantRanks(line: AllocationLine): Int32Array {
    if (byName) return byName;
    const { positions } = line;
    const made = new Int32Array(n);
    for (let k = 0; k < n; k++) made[k] = ranks[positions[k] ?? 0] ?? 0;
    byName = made;
    return made;
  }

  function split(
    line: AllocationLine,
    weights: Float64Array,
    total: number,
    largest: number,
    out: Float64Array,
  ): ResplitOutcome {
    if (total === 0) return 'unsplittable';
    if (total > MAX_SAFE) return 'general';
    const view = weights.subarray(0, n);
    const uniform = weights === ones;
    const ties = uniform
      ? (): Int32Array => participantsByName(line)
      : (): Int32Array => numericTieOrder(view, participantRanks(line));
    const a = Number(line.amount);
    return splitNumbers(a, view, total, largest, uniform, ties, out) ? 'split' : 'general';
  }

  return (line, key, out) => {
    if (!isSafeAmount(line.amount)) return 'general';
    if (line !== current) prepare(line);
    switch (key) {
      case 'population':
        return split(line, populationWeights, populationTotal, populationLargest, out);
      case 'pcs':
        return split(line, pcsWeights, pcsTotal, pcsLargest, out);
      case 'equal':
        return split(line, ones, n, 1, out);
      case 'equal30Population70': {
        if (populationTotal === 0) return 'unsplittable';
        const equalPart = 3 * populationTotal;
        const populationFactor = 7 * n;
        if (10 * n * populationTotal > MAX_SAFE) return 'general';
        for (let k = 0; k < n; k++) {
          mixWeights[k] = equalPart + populationFactor * (populationWeights[k] ?? 0);
        }
        const largest = equalPart + populationFactor * populationLargest;
        return split(line, mixWeights, 10 * n * populationTotal, largest, out);
      }
    }
  };
}
