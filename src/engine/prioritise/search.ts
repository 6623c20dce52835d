/**
 * The funding plan (contract §5) by an exact depth-first branch and bound over the proposals: each
 * in turn starts in one of its years or is left out, and a branch is cut when a bound shows it
 * cannot beat the best plan found (more total score, or as much and a smaller sum of start years).
 * A search that ends within its work limit has looked at every plan a bound did not rule out, so
 * its plan is optimal; its certificate is that it completed, with the count of nodes it visited.
 *
 * Why a search beside HiGHS: a small plan is proven here in milliseconds (both samples, 10
 * proposals × 3 years, in 500–1,300 nodes) where loading and running HiGHS takes most of a second
 * in the pane. Its bounds (a fractional knapsack on the pooled budgets; the start years a plan
 * still needs) are weak on larger plans: a region's (30 × 5) is not proven in 300,000 nodes. Past
 * the work limit its best plan is where the exact score search (scoreSearch.ts) and HiGHS start
 * from (plan.ts).
 *
 * Money is handled as JS numbers (whole units of RoundTo); the search declines an instance whose
 * sums might not be exact in a double, and every plan it returns is checked by `feasible`.
 */
import { planMerit, type PlanInstance, type Starts } from './instance';
import { planLedger } from './ledger';

export interface SearchResult {
  /** The best plan found (null when none is feasible and no incumbent was given). */
  readonly starts: Starts | null;
  /** True when the search ran to the end: `starts` is then optimal (or no plan exists). */
  readonly complete: boolean;
  /** Nodes visited (partial plans): the size of the search behind a proof. */
  readonly nodes: number;
}

/** A plan's merit as the search compares it: total score (millionths), Σ start years. */
interface Merit {
  value: number;
  yearSum: number;
}

/**
 * Proposals in the order they are decided: every dependency before what depends on it, and among
 * the ready ones the best score per share of the budget first (the knapsack's greedy order, so
 * good plans come early and the bounds cut soon).
 */
function decisionOrder(instance: PlanInstance, density: readonly number[]): number[] {
  const { items } = instance;
  const waiting = items.map((item) => item.deps.length);
  const dependents: number[][] = items.map(() => []);
  items.forEach((item, i) => item.deps.forEach((d) => dependents[d]?.push(i)));
  const ready = items.flatMap((_, i) => ((waiting[i] ?? 0) === 0 ? [i] : []));
  const order: number[] = [];
  while (ready.length > 0) {
    let pick = 0;
    for (let n = 1; n < ready.length; n += 1) {
      const [a, b] = [ready[n] ?? 0, ready[pick] ?? 0];
      if ((density[a] ?? 0) > (density[b] ?? 0)) pick = n;
    }
    const i = ready.splice(pick, 1)[0] ?? 0;
    order.push(i);
    for (const j of dependents[i] ?? []) {
      waiting[j] = (waiting[j] ?? 0) - 1;
      if (waiting[j] === 0) ready.push(j);
    }
  }
  return order;
}

/**
 * The best plan of `instance`, searched exhaustively unless the search would visit more than
 * `maxNodes` partial plans. `incumbent` (a feasible plan, e.g. the greedy one) is the plan to beat.
 * Null when the instance's money is too large for exact double arithmetic.
 */
export function searchPlan(
  instance: PlanInstance,
  incumbent: Starts | null,
  maxNodes: number,
  ceiling = Infinity,
): SearchResult | null {
  const { items, years } = instance;
  const n = items.length;
  const ledger = planLedger(instance);
  if (!ledger) return null;
  const { last, cost, annual, investment, operating, spent, used, starts, fits, book } = ledger;
  const value = items.map((item) => item.value);
  const yearOf = years.map((y) => y.year);
  const lastOperating = operating[last] ?? Infinity;

  // Score per share of the whole budget, for the decision order.
  const allInvestment = investment.reduce((a, b) => a + b, 0) || 1;
  const density = items.map((item, i) => {
    const share = (cost[i] ?? 0) / allInvestment + (annual[i] ?? 0) / (lastOperating || 1);
    return share === 0 ? Infinity : item.value / share;
  });
  const order = decisionOrder(instance, density);
  const position = items.map(() => 0);
  order.forEach((i, p) => (position[i] = p));
  const byRatio = (of: readonly number[]): number[] =>
    items.map((_, i) => i).sort((a, b) => ratio(b, of) - ratio(a, of) || a - b);
  const ratio = (i: number, of: readonly number[]): number =>
    (of[i] ?? 0) === 0 ? Infinity : (value[i] ?? 0) / (of[i] ?? 1);
  const byCost = byRatio(cost);
  const byAnnual = byRatio(annual);
  const byValue = items.map((_, i) => i).sort((a, b) => (value[b] ?? 0) - (value[a] ?? 0));
  const dependents: number[][] = items.map(() => []);
  items.forEach((item, i) => item.deps.forEach((d) => dependents[d]?.push(i)));

  /** How many of each proposal's dependencies are decided and left out: > 0 blocks it. */
  const outDeps = items.map(() => 0);
  let best: Merit = { value: -1, yearSum: Infinity };
  let bestStarts: Starts | null = null;
  if (incumbent !== null) {
    best = planMerit(instance, incumbent);
    bestStarts = [...incumbent];
  }
  let nodes = 0;

  /** The earliest year `i` fits in on top of the partial plan, or -1 (it cannot be added). */
  const slot = (i: number): number => {
    const item = items[i];
    if (item === undefined || (outDeps[i] ?? 0) > 0) return -1;
    let from = item.first;
    for (const d of item.deps) {
      // Decided dependencies have a start; undecided ones bound nothing yet.
      if ((position[d] ?? 0) < (position[i] ?? 0)) from = Math.max(from, starts[d] ?? 0);
    }
    for (let k = from; k <= last; k += 1) if (fits(i, k)) return k;
    return -1;
  };
  const earliest = items.map(() => -1);

  /** Fractional knapsack of the undecided proposals that still fit, on one aggregated budget. */
  const knapsack = (
    depth: number,
    sorted: readonly number[],
    of: readonly number[],
    cap: number,
    within: (i: number) => boolean = () => true,
  ): number => {
    let whole = 0;
    let room = cap;
    for (const i of sorted) {
      if ((position[i] ?? 0) < depth || (earliest[i] ?? -1) < 0 || !within(i)) continue;
      const size = of[i] ?? 0;
      if (size <= room) {
        whole += value[i] ?? 0;
        room -= size;
      } else {
        // A part of one proposal: rounded down, but never below by float noise.
        return whole + Math.floor(((value[i] ?? 0) * room) / size + 1e-7);
      }
    }
    return whole;
  };

  /** True when no completion of the partial plan at `depth` can beat `best`. */
  const cut = (depth: number, merit: Merit): boolean => {
    let roomInvestment = 0;
    for (let k = 0; k <= last; k += 1) roomInvestment += (investment[k] ?? 0) - (spent[k] ?? 0);
    const roomOperating = lastOperating - (used[last] ?? 0);
    // Mandatory proposals still to come must fit what is left.
    let mustCost = 0;
    let mustAnnual = 0;
    let mustYears = 0;
    let mustValue = 0;
    for (let p = depth; p < n; p += 1) {
      const i = order[p] ?? 0;
      earliest[i] = slot(i);
      if (!items[i]?.mandatory) continue;
      if ((earliest[i] ?? -1) < 0) return true;
      mustCost += cost[i] ?? 0;
      mustAnnual += annual[i] ?? 0;
      mustYears += yearOf[earliest[i] ?? 0] ?? 0;
      mustValue += value[i] ?? 0;
    }
    if (mustCost > roomInvestment || mustAnnual > roomOperating) return true;
    const gain = Math.min(
      knapsack(depth, byCost, cost, roomInvestment),
      knapsack(depth, byAnnual, annual, roomOperating),
    );
    const bound = Math.min(merit.value + gain, ceiling);
    if (bound < best.value) return true;
    if (bound > best.value) return false;
    // At most as much score as the best: only fewer start years could win. Every proposal still
    // to fund adds its start year: the first budget year, times at least `fewest` proposals (the
    // fewest, best first, that reach the best score), plus how much later each starts, no less
    // than where it first fits now; for those, the least sum reaching the best score with a part
    // of one proposal allowed (a fractional cover) bounds it below.
    const need = best.value - merit.value - mustValue;
    const open = (i: number): boolean =>
      (position[i] ?? 0) >= depth &&
      (earliest[i] ?? -1) >= 0 &&
      !items[i]?.mandatory &&
      (value[i] ?? 0) > 0;
    let fewest = 0;
    let left = need;
    for (const i of byValue) {
      if (left <= 0) break;
      if (!open(i)) continue;
      left -= value[i] ?? 0;
      fewest += 1;
    }
    if (left > 0) return true;
    // Σ (start − first budget year) over what is still funded, layer by layer: whatever starts
    // after year k must bring what the years up to k cannot hold (a fractional knapsack of what
    // fits by then on their room), so at least that many proposals, each a further step later.
    let delay = 0;
    let roomBy = 0;
    for (let k = 0; k < last; k += 1) {
      roomBy += (investment[k] ?? 0) - (spent[k] ?? 0);
      const step = (yearOf[k + 1] ?? 0) - (yearOf[k] ?? 0);
      const within = (i: number): boolean => (earliest[i] ?? last + 1) <= k;
      const held = Math.min(
        knapsack(depth, byCost, cost, roomBy, within),
        knapsack(depth, byAnnual, annual, (operating[k] ?? 0) - (used[k] ?? 0), within),
      );
      const rest = need - held;
      if (rest <= 0) break;
      let count = 0;
      let short = rest;
      for (const i of byValue) {
        if (short <= 0) break;
        if (!open(i)) continue;
        short -= value[i] ?? 0;
        count += 1;
      }
      delay += step * count;
    }
    const year0 = yearOf[0] ?? 0;
    const extra = mustYears + fewest * year0 + delay;
    return merit.yearSum + extra >= best.yearSum;
  };

  const leaveOut = (i: number, sign: number): void => {
    for (const j of dependents[i] ?? []) outDeps[j] = (outDeps[j] ?? 0) + sign;
  };

  /** Decide the proposal at `depth` and everything after it. False when out of nodes. */
  const visit = (depth: number, merit: Merit): boolean => {
    nodes += 1;
    if (nodes > maxNodes) return false;
    if (depth === n) {
      if (
        merit.value > best.value ||
        (merit.value === best.value && merit.yearSum < best.yearSum)
      ) {
        best = { ...merit };
        bestStarts = [...starts];
      }
      return true;
    }
    if (cut(depth, merit)) return true;
    const i = order[depth] ?? 0;
    const item = items[i];
    if (item === undefined) return true;
    const tryOut = (): boolean => {
      if (item.mandatory) return true;
      leaveOut(i, 1);
      const done = visit(depth + 1, merit);
      leaveOut(i, -1);
      return done;
    };
    // A proposal worth nothing only raises the start-year sum: leaving it out comes first.
    if (item.value === 0 && !tryOut()) return false;
    if ((outDeps[i] ?? 0) === 0) {
      let from = item.first;
      for (const d of item.deps) from = Math.max(from, starts[d] ?? 0);
      for (let k = from; k <= last; k += 1) {
        if (!fits(i, k)) continue;
        book(i, k, 1);
        const done = visit(depth + 1, {
          value: merit.value + item.value,
          yearSum: merit.yearSum + (yearOf[k] ?? 0),
        });
        book(i, k, -1);
        if (!done) return false;
      }
    }
    return item.value === 0 || tryOut();
  };

  const complete = visit(0, { value: 0, yearSum: 0 });
  return { starts: bestStarts, complete, nodes };
}
