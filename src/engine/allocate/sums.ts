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
  /** Each municipality's sum in `column`, in `Municipalities` order. */
  totals(column: number): bigint[];
}

/** Sums in `columns` columns of `n` municipalities, for `lines` (their amounts decide the way). */
export function shareSums(columns: number, n: number, lines: readonly AllocationLine[]): ShareSums {
  const volume = lines.reduce(
    (acc, line) => acc + (line.amount < 0n ? -line.amount : line.amount),
    0n,
  );
  const small = volume < 2n ** 52n;
  const numbers = Array.from({ length: small ? columns : 0 }, () => new Float64Array(n));
  const bigs = Array.from({ length: small ? 0 : columns }, () => new Array<bigint>(n).fill(0n));
  const add = (column: number, positions: Int32Array, shares: Shares): void => {
    const sum = numbers[column];
    const big = bigs[column];
    const count = positions.length;
    if (sum) {
      for (let k = 0; k < count; k++) {
        const i = positions[k] ?? 0;
        sum[i] = (sum[i] ?? 0) + Number(shares[k] ?? 0);
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
    totals: (column) => {
      const sum = numbers[column];
      return sum ? Array.from(sum, (v) => BigInt(v)) : [...(bigs[column] ?? [])];
    },
  };
}
