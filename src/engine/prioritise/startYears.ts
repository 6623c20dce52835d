/**
 * Phase 2 of the funding plan (contract §5) by exact search: the total score is known (the
 * highest, proven in phase 1), and among plans that reach it the one with the smallest sum of
 * start years is wanted.
 *
 * Two levels. (1) The funded sets that could reach the score: proposals by score, each in or out,
 * cut when the rest cannot make up the score, when the set's budgets overrun even pooled over the
 * years (what cannot start before year k must fit the budgets from k on), or when its proposals'
 * first possible years already sum to no less than the best plan's. (2) For each such set, its
 * start years: proposals in dependency order, each in a year it fits, cut by a lower bound on the
 * years still to come (below). Each set's count of proposals fixes most of the sum, which is why
 * this is fast where HiGHS, branching on a year per proposal, spent ~0.85 s on a region's plan.
 *
 * The same set search serves phase 1 (scoreSearch.ts): asked for a score above the incumbent's,
 * with no ceiling, a set that reaches it wins if it fits the years at all (packing.ts), and the
 * search stops there. Its bounds on what a set can still add: knapsacks on the pooled budgets,
 * fractional and with whole proposals (suffixKnapsack.ts); a proposal that never fits alone, or
 * depends on one that never does, is left out from the start.
 *
 * A search that ends within its work limit has looked at every plan no bound ruled out: that
 * completion, with the nodes it took, is the certificate. Money as JS numbers (whole units), the
 * instance declined when its sums might not be exact in a double.
 */
import { planMerit, type PlanInstance, type Starts } from './instance';
import { planLedger } from './ledger';
import { packSet } from './packing';
import { suffixKnapsack } from './suffixKnapsack';

/**
 * Steps of the whole-proposal knapsack bounds of the set search: each proposal's cost is rounded
 * down to a 1/KNAPSACK_STEPS share of the budget, so a finer table bounds tighter and costs
 * proportionally more to build (once per search: proposals × steps).
 */
const KNAPSACK_STEPS = 1000;

export interface StartYearsResult {
  /** The best plan found: `incumbent` unless a plan with the score and fewer start years exists. */
  readonly starts: Starts;
  /** True when the search ran to the end: `starts` then has the least start-year sum. */
  readonly complete: boolean;
  /** Nodes visited, both levels. */
  readonly nodes: number;
}

/**
 * The plan with total score at least `score` (millionths) and the least sum of start years,
 * starting from `incumbent` (feasible, with that score), within `maxNodes` nodes. Null when the
 * instance's money is too large for exact double arithmetic. `ceiling`: the highest score any
 * plan has, when known (phase 2: proven in phase 1); Infinity when not. With `score` above the
 * incumbent's, the search ends at the first plan reaching it (see the module note).
 */
export function earliestStarts(
  instance: PlanInstance,
  score: number,
  incumbent: Starts,
  maxNodes: number,
  ceiling: number = score,
): StartYearsResult | null {
  const { items, years } = instance;
  const ledger = planLedger(instance);
  if (!ledger) return null;
  const { last, cost, annual, investment, operating, spent, used, starts, fits, book } = ledger;
  const yearOf = years.map((y) => y.year);
  const value = items.map((item) => item.value);

  let best = planMerit(instance, incumbent);
  const beatIncumbent = score > best.value;
  let bestStarts: Starts = [...incumbent];
  let nodes = 0;

  // Investment from year k on, and the first year each proposal fits in at all.
  const fromYear = investment.map((_, k) => investment.slice(k).reduce((a, b) => a + b, 0));
  // The first year each proposal fits in alone, its dependencies no later (-1: never, as for
  // one depending on a proposal that never fits: it cannot be funded either).
  const operatingFrom = operating.map((_, k) => Math.min(...operating.slice(k)));
  const fitFrom: (number | undefined)[] = items.map(() => undefined);
  const fitOf = (i: number): number => {
    const known = fitFrom[i];
    if (known !== undefined) return known;
    const item = items[i];
    let from = item?.first ?? last + 1;
    for (const d of item?.deps ?? []) {
      const k = fitOf(d);
      from = k < 0 ? last + 1 : Math.max(from, k);
    }
    let found = -1;
    for (let k = from; k <= last && found < 0; k += 1) {
      if ((cost[i] ?? 0) <= (investment[k] ?? 0) && (annual[i] ?? 0) <= (operatingFrom[k] ?? 0)) {
        found = k;
      }
    }
    fitFrom[i] = found;
    return found;
  };
  const firstFit = items.map((_, i) => fitOf(i));

  // What each proposal takes of the budgets: its share of all Investment plus its share of the
  // last year's Operating (none without an Operating limit). The knapsack's order of the sets
  // (score per share), a bound of both rows at once (their sum, a surrogate of the two: what is
  // large in one and small in the other counts for both) and the order proposals are placed in.
  const investmentScale = fromYear[0] || 1;
  const lastOperating = operating[last] ?? Infinity;
  const operatingScale = Number.isFinite(lastOperating) ? lastOperating || 1 : 0;
  const share = items.map(
    (_, i) =>
      (cost[i] ?? 0) / investmentScale +
      (operatingScale > 0 ? (annual[i] ?? 0) / operatingScale : 0),
  );

  // ---- Level 2: start years for a funded set (booked in the ledger). ----
  /** Every proposal by one-off cost and by annual cost, cheapest first (for mostBy). */
  const cheapest = (of: readonly number[]): number[] =>
    items.map((_, i) => i).sort((a, b) => (of[a] ?? 0) - (of[b] ?? 0) || a - b);
  const byCostUp = cheapest(cost);
  const byAnnualUp = cheapest(annual);
  /** Whether each proposal is in the set being placed and not placed yet. */
  const waiting = items.map(() => false);

  /**
   * The most waiting proposals that could start by year k, a part of one allowed: the cheapest
   * first into `room` (`of`: what each uses of it).
   */
  const mostBy = (k: number, room: number, sorted: readonly number[], of: readonly number[]) => {
    let count = 0;
    let left = room;
    for (const i of sorted) {
      if (!waiting[i] || (items[i]?.first ?? 0) > k) continue;
      const size = of[i] ?? 0;
      if (size <= left) {
        left -= size;
        count += 1;
      } else return count + left / size;
    }
    return count;
  };

  /**
   * A lower bound on Σ start years of the `count` waiting proposals: each starts no earlier than
   * the first year it fits in now; and, counted layer by layer, as many as cannot start by year
   * k (the room of the years up to k, one-off; Operating in year k) start after it.
   */
  const yearsBound = (rest: readonly number[], from: number): number => {
    let alone = 0;
    for (let p = from; p < rest.length; p += 1) {
      const i = rest[p] ?? 0;
      let k = items[i]?.first ?? 0;
      while (k <= last && !fits(i, k)) k += 1;
      if (k > last) return Infinity;
      alone += yearOf[k] ?? 0;
    }
    const count = rest.length - from;
    let layered = count * (yearOf[0] ?? 0);
    let room = 0;
    for (let k = 0; k < last; k += 1) {
      room += (investment[k] ?? 0) - (spent[k] ?? 0);
      const most = Math.min(
        mostBy(k, room, byCostUp, cost),
        mostBy(k, (operating[k] ?? 0) - (used[k] ?? 0), byAnnualUp, annual),
      );
      layered += ((yearOf[k + 1] ?? 0) - (yearOf[k] ?? 0)) * Math.max(0, count - most);
    }
    // The fractional counts are exact sums of quotients: allow for their rounding.
    return Math.max(alone, Math.ceil(layered - 1e-6));
  };

  /** Place `order[p..]` (a funded set, dependencies first); false when out of nodes. */
  const place = (order: readonly number[], p: number, yearSum: number, score: number): boolean => {
    nodes += 1;
    if (nodes > maxNodes) return false;
    if (score < best.value) return true;
    if (p === order.length) {
      if (score > best.value || (score === best.value && yearSum < best.yearSum)) {
        best = { value: score, yearSum };
        bestStarts = [...starts];
      }
      return true;
    }
    if (score <= best.value && yearSum + yearsBound(order, p) >= best.yearSum) return true;
    const i = order[p] ?? 0;
    const item = items[i];
    if (item === undefined) return true;
    let from = item.first;
    for (const d of item.deps) from = Math.max(from, starts[d] ?? last + 1);
    waiting[i] = false;
    let done = true;
    for (let k = from; k <= last && done; k += 1) {
      if (!fits(i, k)) continue;
      book(i, k, 1);
      done = place(order, p + 1, yearSum + (yearOf[k] ?? 0), score);
      book(i, k, -1);
    }
    waiting[i] = true;
    return done;
  };

  /**
   * The set's proposals in dependency order, the largest share first among those ready: on the
   * region's plans (5 seeds) the proofs took 1,900–29,000 nodes so, 4,500–33,000 by one-off cost.
   */
  const placingOrder = (set: readonly number[]): number[] => {
    const inSet = new Set(set);
    const placed = new Set<number>();
    const order: number[] = [];
    const pending = [...set].sort((a, b) => (share[b] ?? 0) - (share[a] ?? 0) || a - b);
    while (order.length < set.length) {
      const next = pending.find(
        (i) =>
          !placed.has(i) && (items[i]?.deps ?? []).every((d) => placed.has(d) || !inSet.has(d)),
      );
      if (next === undefined) return order; // cannot happen: the set is closed and acyclic
      placed.add(next);
      order.push(next);
    }
    return order;
  };

  // ---- Level 1: the funded sets. ----
  // Proposals that can start at all, the most score per share of the budgets first (the
  // knapsack's order, so the bounds below cut early), mandatory ones among them.
  const density = (i: number): number =>
    (share[i] ?? 0) === 0 ? Infinity : (value[i] ?? 0) / (share[i] ?? 1);
  const candidates = items
    .map((_, i) => i)
    .filter((i) => (firstFit[i] ?? -1) >= 0)
    .sort((a, b) => density(b) - density(a) || a - b);
  // What each proposal depends on, directly or through others (the dependencies are acyclic).
  const ancestors: (readonly number[] | undefined)[] = items.map(() => undefined);
  const ancestorsOf = (i: number): readonly number[] => {
    const known = ancestors[i];
    if (known !== undefined) return known;
    const all = new Set<number>();
    for (const d of items[i]?.deps ?? []) {
      all.add(d);
      for (const a of ancestorsOf(d)) all.add(a);
    }
    const found = [...all];
    ancestors[i] = found;
    return found;
  };
  items.forEach((_, i) => ancestorsOf(i));
  // Mandatory proposals and everything they depend on: in every plan.
  const must = items.map((item) => item.mandatory);
  const stack = items.flatMap((item, i) => (item.mandatory ? [i] : []));
  for (let j = stack.pop(); j !== undefined; j = stack.pop()) {
    for (const d of items[j]?.deps ?? []) {
      if (must[d]) continue;
      must[d] = true;
      stack.push(d);
    }
  }
  if (items.some((_, i) => must[i] && (firstFit[i] ?? -1) < 0)) {
    return { starts: bestStarts, complete: true, nodes };
  }
  const after = candidates.map((_, p) =>
    candidates.slice(p).reduce((n, i) => n + (value[i] ?? 0), 0),
  );
  const position = items.map(() => Infinity);
  candidates.forEach((i, p) => (position[i] = p));
  const ratio = (i: number, of: readonly number[]): number =>
    (of[i] ?? 0) === 0 ? Infinity : (value[i] ?? 0) / (of[i] ?? 1);
  const byRatio = (of: readonly number[]): number[] =>
    [...candidates].sort((a, b) => ratio(b, of) - ratio(a, of) || a - b);
  const byCost = byRatio(cost);
  const byAnnual = byRatio(annual);
  const byShare = byRatio(share);
  // The same with whole proposals only (suffixKnapsack.ts), over the decision order.
  const wholeInvestment = suffixKnapsack(candidates, value, cost, fromYear[0] ?? 0, KNAPSACK_STEPS);
  const wholeOperating = Number.isFinite(lastOperating)
    ? suffixKnapsack(candidates, value, annual, lastOperating, KNAPSACK_STEPS)
    : () => Infinity;
  /** The most score candidates from `p` on can add within `room` of one budget, parts allowed. */
  const knapsack = (p: number, sorted: readonly number[], of: readonly number[], room: number) => {
    let whole = 0;
    let left = room;
    for (const i of sorted) {
      if ((position[i] ?? 0) < p) continue;
      const size = of[i] ?? 0;
      if (size <= left) {
        whole += value[i] ?? 0;
        left -= size;
      } else return whole + ((value[i] ?? 0) * left) / size;
    }
    return whole;
  };
  const inSet = items.map(() => false);
  const decided = items.map(() => false);
  const pooled = years.map(() => 0); // per k: one-off costs of the set's proposals that start ≥ k

  const choose = (p: number, total: number, fewest: number, running: number): boolean => {
    nodes += 1;
    if (nodes > maxNodes) return false;
    const need = Math.max(score, best.value);
    if (total + (after[p] ?? 0) < need) return true;
    // What the budgets left (pooled over the years) can still add: a fractional knapsack.
    const more = Math.min(
      wholeInvestment(p, (fromYear[0] ?? 0) - (pooled[0] ?? 0)),
      wholeOperating(p, lastOperating - running),
      knapsack(p, byCost, cost, (fromYear[0] ?? 0) - (pooled[0] ?? 0)),
      knapsack(p, byAnnual, annual, lastOperating - running),
      knapsack(
        p,
        byShare,
        share,
        ((fromYear[0] ?? 0) - (pooled[0] ?? 0)) / investmentScale +
          (operatingScale > 0 ? (lastOperating - running) / operatingScale : 0),
      ),
    );
    if (total + more < need - 1e-6 * need) return true;
    // No completion scores more than the best plan: only fewer start years could win.
    const noMore = total <= best.value && Math.min(ceiling, total + more) <= best.value;
    if (fewest >= best.yearSum && noMore) return true;
    if (p === candidates.length) {
      const set = items.flatMap((_, i) => (inSet[i] ? [i] : []));
      const closed = set.every((i) => (items[i]?.deps ?? []).every((d) => inSet[d]));
      if (!closed || items.some((item, i) => item.mandatory && !inSet[i])) return true;
      if (total > best.value) {
        // A set scoring more than the best plan wins if it fits at all (packing.ts); its start
        // years are left to a later search with this score.
        const packed = packSet(instance, ledger, set, maxNodes - nodes);
        nodes += packed.nodes;
        if (!packed.complete) return false;
        if (packed.starts !== null) {
          best = planMerit(instance, packed.starts);
          bestStarts = packed.starts;
          // Asked to beat the incumbent's score: done, not complete (see scoreSearch.ts).
          if (beatIncumbent) return false;
        }
        return true;
      }

      for (const j of set) waiting[j] = true;
      const done = place(placingOrder(set), 0, 0, total);
      for (const j of set) waiting[j] = false;
      return done;
    }
    const i = candidates[p] ?? 0;
    const item = items[i];
    if (item === undefined) return true;
    // In: its dependencies must not be out already, and the pooled budgets must hold.
    const depsOpen = item.deps.every((d) => inSet[d] || !decided[d]);
    const a = annual[i] ?? 0;
    const c = cost[i] ?? 0;
    let pooledOk = depsOpen && running + a <= lastOperating;
    for (let k = 0; k <= item.first && pooledOk; k += 1) {
      if ((pooled[k] ?? 0) + c > (fromYear[k] ?? 0)) pooledOk = false;
    }
    // Once the score is reached, a further proposal only adds a start year, unless it must be in.
    const wanted = total < score || must[i] || (dependedOn[i] ?? 0) > 0;
    decided[i] = true;
    if (pooledOk && wanted) {
      inSet[i] = true;
      for (let k = 0; k <= item.first; k += 1) pooled[k] = (pooled[k] ?? 0) + c;
      for (const d of ancestors[i] ?? []) dependedOn[d] = (dependedOn[d] ?? 0) + 1;
      const done = choose(
        p + 1,
        total + (value[i] ?? 0),
        fewest + (yearOf[firstFit[i] ?? 0] ?? 0),
        running + a,
      );
      for (const d of ancestors[i] ?? []) dependedOn[d] = (dependedOn[d] ?? 0) - 1;
      for (let k = 0; k <= item.first; k += 1) pooled[k] = (pooled[k] ?? 0) - c;
      inSet[i] = false;
      if (!done) {
        decided[i] = false;
        return false;
      }
    }
    // Out: not if mandatory, nor if a proposal in the set depends on it.
    let done = true;
    if (!must[i] && (dependedOn[i] ?? 0) === 0) done = choose(p + 1, total, fewest, running);
    decided[i] = false;
    return done;
  };
  /** How many proposals in the set depend on each, directly or through others. */
  const dependedOn = items.map(() => 0);

  const complete = choose(0, 0, 0, 0);
  return { starts: bestStarts, complete, nodes };
}
