/**
 * Whether a funded set of proposals fits the budget years at all (contract §5), by exact search:
 * the question behind proving a plan's total score, where "no set scoring more fits" is mostly
 * "these few sets do not pack into the years". The start-year search (startYears.ts) places a
 * set proposal by proposal, each in every year, and only its bound on the start years cuts: to
 * show that one set of a region's plan (30 × 5) does not fit, it visited millions of nodes.
 *
 * Here the years are filled in turn: for year k, a subset of the proposals still to start, the
 * rest later. Four rules cut, each exact:
 * - waste: what a year's Investment leaves unspent is lost, and all years together may lose no
 *   more than their total Investment minus the set's one-off costs;
 * - what cannot start by year k (its first year is later) must fit the Investment after k;
 * - a proposal without annual cost that still fits a year, its dependencies started, is started
 *   there (moving it there from a later year keeps any plan valid, so none is lost);
 * - the proposals that have started by a year are what decides whether the rest fits, so a set
 *   of started proposals found not to work after year k is not tried again.
 * Proposals without one-off cost are placed last, each as late as what depends on it allows:
 * later only lowers the Operating they use, so if any placement of them fits, that one does.
 *
 * Money as JS numbers (whole units of RoundTo), checked exact by the caller's ledger (ledger.ts).
 */
import type { PlanInstance, Starts } from './instance';

export interface PackingResult {
  /** A placement of the set (start-year index per item, -1 outside it), or null when none fits. */
  readonly starts: Starts | null;
  /** True when the search ran to the end: a null `starts` then proves that nothing fits. */
  readonly complete: boolean;
  readonly nodes: number;
}

/** The budget money as the exact searches hold it (see ledger.ts). */
export interface PackingMoney {
  readonly cost: readonly number[];
  readonly annual: readonly number[];
  readonly investment: readonly number[];
  /** Infinity where a year has no Operating budget. */
  readonly operating: readonly number[];
}

/**
 * A placement of `set` (item indices, closed under dependencies) in the budget years, within
 * `maxNodes` nodes.
 */
export function packSet(
  instance: PlanInstance,
  money: PackingMoney,
  set: readonly number[],
  maxNodes: number,
): PackingResult {
  const { items } = instance;
  const { cost, annual, investment, operating } = money;
  const last = investment.length - 1;
  const starts = items.map(() => -1);
  let nodes = 0;

  // The proposals searched: those with a one-off cost and what they depend on (directly or not).
  // The rest ("loose": no one-off cost, nothing searched depends on them) start in the last year,
  // where they use the least Operating and every dependency has started.
  const searched = items.map(() => false);
  const stack = set.filter((i) => (cost[i] ?? 0) > 0);
  for (let i = stack.pop(); i !== undefined; i = stack.pop()) {
    if (searched[i]) continue;
    searched[i] = true;
    stack.push(...(items[i]?.deps ?? []));
  }
  const loose = set.filter((i) => !searched[i]);
  const looseAnnual = loose.reduce((n, i) => n + (annual[i] ?? 0), 0);
  // Dearest first, every dependency before what depends on it.
  const dearest = set
    .filter((i) => searched[i])
    .sort((a, b) => (cost[b] ?? 0) - (cost[a] ?? 0) || a - b);
  const order: number[] = [];
  const ordered = items.map(() => false);
  while (order.length < dearest.length) {
    const next = dearest.find(
      (i) => !ordered[i] && (items[i]?.deps ?? []).every((d) => ordered[d]),
    );
    if (next === undefined) break; // cannot happen: the set is closed and acyclic
    ordered[next] = true;
    order.push(next);
  }
  // Investment from year k on.
  const after = investment.map((_, k) => investment.slice(k).reduce((a, b) => a + b, 0));
  after.push(0);
  // What has started by year k must fit the Operating of k and of every later year (the loose
  // proposals' in the last).
  const operatingFrom = operating.map((_, k) =>
    Math.min(...operating.slice(k, last), (operating[last] ?? Infinity) - looseAnnual),
  );
  const failed = new Set<string>();
  const key = (k: number): string =>
    `${k}:${order.map((i) => ((starts[i] ?? -1) >= 0 ? 1 : 0)).join('')}`;

  let left = order.reduce((n, i) => n + (cost[i] ?? 0), 0);
  let waiting = order.length;
  let running = 0;
  /** The placement found (the search takes its starts back as it returns). */
  let placement: number[] = [];

  /** Fill year `k` and the years after; true when the set is placed, null when out of nodes. */
  const year = (k: number): boolean | null => {
    if (waiting === 0) {
      placement = [...starts];
      return true;
    }
    if (k > last) return false;
    const id = key(k);
    if (failed.has(id)) return false;
    // What cannot start by year k (its first year is later) must fit the Investment after it.
    let late = 0;
    for (const i of order) {
      if ((starts[i] ?? -1) < 0 && (items[i]?.first ?? 0) > k) late += cost[i] ?? 0;
    }
    if (late > (after[k + 1] ?? 0)) {
      failed.add(id);
      return false;
    }
    // This year must spend at least what the later years cannot hold.
    const least = left - (after[k + 1] ?? 0);
    const room = investment[k] ?? 0;
    const cap = operatingFrom[k] ?? Infinity;
    // Its dependencies started (this year too: a dependency starts no later).
    const ready = (i: number): boolean =>
      (items[i]?.deps ?? []).every((d) => !searched[d] || (starts[d] ?? -1) >= 0);
    const candidates = order.filter((i) => (starts[i] ?? -1) < 0 && (items[i]?.first ?? 0) <= k);
    const reach = candidates.map((_, p) =>
      candidates.slice(p).reduce((n, i) => n + (cost[i] ?? 0), 0),
    );
    const skipped: number[] = [];

    /** Decide candidates[p..] for this year; then the years after. */
    const pick = (p: number, spent: number): boolean | null => {
      nodes += 1;
      if (nodes > maxNodes) return null;
      // The candidates left cannot bring this year's spending up to the least it needs.
      if (spent + (reach[p] ?? 0) < least) return false;
      if (p === candidates.length) {
        // A skipped proposal without annual cost that still fits would start here instead.
        for (const i of skipped) {
          if ((annual[i] ?? 0) === 0 && spent + (cost[i] ?? 0) <= room && ready(i)) return false;
        }
        return year(k + 1);
      }
      const i = candidates[p] ?? 0;
      const c = cost[i] ?? 0;
      const a = annual[i] ?? 0;
      if (spent + c <= room && running + a <= cap && ready(i)) {
        starts[i] = k;
        left -= c;
        running += a;
        waiting -= 1;
        const done = pick(p + 1, spent + c);
        waiting += 1;
        running -= a;
        left += c;
        starts[i] = -1;
        if (done !== false) return done;
      }
      skipped.push(i);
      const done = pick(p + 1, spent);
      skipped.pop();
      return done;
    };
    const done = pick(0, 0);
    if (done === false) failed.add(id);
    return done;
  };

  if (looseAnnual > (operating[last] ?? Infinity)) return { starts: null, complete: true, nodes };
  const placed = year(0);
  if (placed === null) return { starts: null, complete: false, nodes };
  if (!placed) return { starts: null, complete: true, nodes };
  for (const i of loose) placement[i] = last;
  return { starts: placement, complete: true, nodes };
}
