/**
 * Per-municipality sums of shares over many lines, in several columns at once (a comparison's
 * keys, a table's groups). In JS numbers while every partial sum stays a safe integer (then they
 * are exact), decided once from the sum of the amounts; in BigInt otherwise.
 */
import type { AllocationLine } from './allocateAll';
import type { Shares } from './split';

export interface ShareSums {
  /** Adds `shares` (in the order of `positions`, places in `Municipalities`) to `column`. */
  add(column: number, positions: Int32Array, shares: Shares): void;
  /** Adds the line's own shares to `column`. */
  addOwn(column: number, line: AllocationLine): void;
  /**
   * Where a line's shares in `column` may be added by municipality place, as whole JS numbers;
   * {@link commit} with the line's positions once they are all in. When the sums are numbers this
   * is the column itself (commit does nothing): no array per line, no pass to copy shares.
   */
  staged(column: number): Float64Array;
  /** Folds what was {@link staged} for `column` at `positions` into its sums (and clears it). */
  commit(column: number, positions: Int32Array): void;
  /** Each municipality's sum in `column`, in `Municipalities` order. */
  totals(column: number): bigint[];
}

/** Adds JS-number shares in `positions` order to `sum` by place: one loop, one element type. */
function addNumbers(sum: Float64Array, positions: Int32Array, shares: Float64Array): void {
  const count = positions.length;
  for (let k = 0; k < count; k++) {
    const i = positions[k] ?? 0;
    sum[i] = (sum[i] ?? 0) + (shares[k] ?? 0);
  }
}

/** Sums in `columns` columns of `n` municipalities, for `lines` (their amounts decide the way). */
export function shareSums(columns: number, n: number, lines: readonly AllocationLine[]): ShareSums {
  let volume = 0n;
  for (const line of lines) volume += line.amount < 0n ? -line.amount : line.amount;
  const small = volume < 2n ** 52n;
  const numbers = Array.from({ length: small ? columns : 0 }, () => new Float64Array(n));
  const bigs = Array.from({ length: small ? 0 : columns }, () => new Array<bigint>(n).fill(0n));
  // Only BigInt sums stage shares apart from the sums, one array per column, made when first asked.
  const stages: Float64Array[] = [];
  const add = (column: number, positions: Int32Array, shares: Shares): void => {
    const sum = numbers[column];
    const big = bigs[column];
    const count = positions.length;
    if (sum && shares instanceof Float64Array) addNumbers(sum, positions, shares);
    else if (sum) {
      for (let k = 0; k < count; k++) {
        const i = positions[k] ?? 0;
        sum[i] = (sum[i] ?? 0) + Number(shares[k] ?? 0n);
      }
    } else if (big) {
      for (let k = 0; k < count; k++) {
        const i = positions[k] ?? 0;
        big[i] = (big[i] ?? 0n) + BigInt(shares[k] ?? 0);
      }
    }
  };
  return {
    add,
    addOwn: (column, line) =>
      add(
        column,
        line.positions,
        line.units ?? line.participants.map((name) => line.shares.get(name) ?? 0n),
      ),
    staged: (column) => numbers[column] ?? (stages[column] ??= new Float64Array(n)),
    commit: (column, positions) => {
      const big = bigs[column];
      const stage = stages[column];
      if (!big || !stage) return;
      for (const i of positions) {
        big[i] = (big[i] ?? 0n) + BigInt(stage[i] ?? 0);
        stage[i] = 0;
      }
    },
    totals: (column) => {
      const sum = numbers[column];
      return sum ? Array.from(sum, (v) => BigInt(v)) : [...(bigs[column] ?? [])];
    },
  };
}
