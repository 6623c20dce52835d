/**
 * The budget books of the exact plan searches (search.ts, startYears.ts): the money of contract
 * §5's budget rows as doubles, what a partial plan has spent and used, and each proposal's start.
 * A proposal starting in budget year k spends its one-off cost in k and uses its annual cost in k
 * and every later budget year.
 */
import type { PlanInstance, Starts } from './instance';

/** Sums of money beyond this are not exact in a double; such an instance is left to HiGHS. */
const EXACT = Number.MAX_SAFE_INTEGER / 4;

export interface Ledger {
  /** The last budget year's index. */
  readonly last: number;
  readonly cost: readonly number[];
  readonly annual: readonly number[];
  readonly investment: readonly number[];
  /** Infinity where a year has no Operating budget. */
  readonly operating: readonly number[];
  /** Investment spent in each year by the partial plan. */
  readonly spent: number[];
  /** Operating used in each year (every proposal started by then). */
  readonly used: number[];
  /** Each proposal's start year index, -1 while not started. */
  readonly starts: Starts;
  /** Whether proposal `i` still fits when it starts in year `k`. */
  fits(i: number, k: number): boolean;
  /** Start proposal `i` in year `k` (sign 1), or take that start back (sign −1). */
  book(i: number, k: number, sign: 1 | -1): void;
}

/** Empty books for `instance`; null when its money is too large for exact double arithmetic. */
export function planLedger({ items, years }: PlanInstance): Ledger | null {
  const last = years.length - 1;
  const cost = items.map((item) => Number(item.oneOff));
  const annual = items.map((item) => Number(item.annual));
  const investment = years.map((y) => Number(y.investment));
  const operating = years.map((y) => (y.operating === null ? Infinity : Number(y.operating)));
  const money = [...cost, ...annual, ...investment, ...operating.filter(Number.isFinite)];
  if (money.reduce((a, b) => a + Math.abs(b), 0) > EXACT) return null;
  const spent = years.map(() => 0);
  const used = years.map(() => 0);
  const starts = items.map(() => -1);
  return {
    last,
    cost,
    annual,
    investment,
    operating,
    spent,
    used,
    starts,
    fits: (i, k) => {
      if ((spent[k] ?? 0) + (cost[i] ?? 0) > (investment[k] ?? 0)) return false;
      const a = annual[i] ?? 0;
      if (a === 0) return true;
      for (let y = k; y <= last; y += 1) if ((used[y] ?? 0) + a > (operating[y] ?? 0)) return false;
      return true;
    },
    book: (i, k, sign) => {
      spent[k] = (spent[k] ?? 0) + sign * (cost[i] ?? 0);
      const a = sign * (annual[i] ?? 0);
      if (a !== 0) for (let y = k; y <= last; y += 1) used[y] = (used[y] ?? 0) + a;
      starts[i] = sign > 0 ? k : -1;
    },
  };
}
