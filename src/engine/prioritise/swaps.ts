/**
 * One-for-one exchanges that raise a large plan's total score cheaply, before any solver is asked:
 * an unfunded proposal in, a funded one of lower score out, at a year where every budget then
 * holds. A rounded LP plan leaves each budget a little unused; an exchange spends it better. On
 * the bench's 1,000 × 5 the rounded plans were 0.05–0.11 % below the LP's bound. The budgets are
 * kept in the exact searches' books (ledger.ts).
 */
import { feasible, type PlanInstance, type Starts } from './instance';
import { planLedger } from './ledger';

/**
 * `starts` with exchanges made while one raises the score: each proposal of `candidates` (best
 * first) not funded comes in for the funded one of least score below its own whose leaving makes
 * room, at the earliest such year. Only a proposal no funded one depends on leaves, and only one
 * whose dependencies are funded (by that year) comes in; mandatory ones stay. After each pass,
 * proposals that now fit are added. `starts` must be feasible; so is the plan returned (checked).
 * `starts` itself when the money is too large for the books' exact doubles.
 */
export function exchanged(
  instance: PlanInstance,
  starts: Starts,
  candidates: readonly number[],
): Starts {
  const { items, years } = instance;
  const ledger = planLedger(instance);
  if (ledger === null) return starts;
  const { cost, annual, investment, operating, spent, used, last } = ledger;
  const current = ledger.starts;
  const dependents = items.map(() => 0);
  const scores = items.map((item) => item.value);
  /** Book a start, keeping count of the funded proposals that depend on each one. */
  const book = (i: number, k: number, sign: 1 | -1): void => {
    ledger.book(i, k, sign);
    for (const d of items[i]?.deps ?? []) dependents[d] = (dependents[d] ?? 0) + sign;
  };
  starts.forEach((k, i) => {
    if (k >= 0) book(i, k, 1);
  });

  /** Whether `i` fits at `k` once `out` (funded at `outYear`) has left. */
  const fitsFor = (i: number, k: number, out: number, outYear: number): boolean => {
    ledger.book(out, outYear, -1);
    const fits = ledger.fits(i, k);
    ledger.book(out, outYear, 1);
    return fits;
  };
  /** The first year `i` may start in with its dependencies funded (none of them `out`), or -1. */
  const firstYear = (i: number, out: number): number => {
    const item = items[i];
    if (item === undefined) return -1;
    let from = item.first;
    for (const d of item.deps) {
      const dk = current[d] ?? -1;
      if (dk < 0 || d === out) return -1;
      from = Math.max(from, dk);
    }
    return from;
  };
  /** Add every candidate that fits as it is, earliest year first. */
  const fill = (): boolean => {
    let added = false;
    for (const i of candidates) {
      if ((current[i] ?? -1) >= 0) continue;
      const from = firstYear(i, -1);
      for (let k = from; from >= 0 && k < years.length; k += 1) {
        if (ledger.fits(i, k)) {
          book(i, k, 1);
          added = true;
          break;
        }
      }
    }
    return added;
  };

  // Funded proposals that may leave, least score first.
  const leavers = items
    .map((_, j) => j)
    .filter((j) => !(items[j]?.mandatory ?? true))
    .sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0) || a - b);
  fill();
  for (let pass = 0, changed = true; changed && pass < MAX_PASSES; pass += 1) {
    changed = false;
    for (const i of candidates) {
      const value = scores[i] ?? 0;
      if ((current[i] ?? -1) >= 0) continue;
      // What a leaver must free at the least, whatever the year (`fits` needs both): the
      // Investment `i` lacks in the year with the most room, and the last year's Operating, which
      // every start pays. Skipping the leavers that free less only saves their `fits` calls.
      let mostRoom = Number.NEGATIVE_INFINITY;
      for (let k = items[i]?.first ?? years.length; k <= last; k += 1) {
        mostRoom = Math.max(mostRoom, (investment[k] ?? 0) - (spent[k] ?? 0));
      }
      const lacksInvestment = (cost[i] ?? 0) - mostRoom;
      const lacksOperating = (annual[i] ?? 0) - ((operating[last] ?? 0) - (used[last] ?? 0));
      for (const j of leavers) {
        if ((scores[j] ?? 0) >= value) break;
        const outYear = current[j] ?? -1;
        if (outYear < 0 || (dependents[j] ?? 0) > 0) continue;
        if ((cost[j] ?? 0) < lacksInvestment || (annual[j] ?? 0) < lacksOperating) continue;
        const from = firstYear(i, j);
        let year = -1;
        for (let k = from; from >= 0 && k < years.length && year < 0; k += 1) {
          if (fitsFor(i, k, j, outYear)) year = k;
        }
        if (year < 0) continue;
        book(j, outYear, -1);
        book(i, year, 1);
        changed = true;
        break;
      }
    }
    if (fill()) changed = true;
  }
  const plan = [...current];
  return feasible(instance, plan) ? plan : starts;
}

/** Passes over the candidates: each raises the score or ends the exchanges. */
const MAX_PASSES = 4;
