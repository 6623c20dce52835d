/**
 * Phase 1 of the funding plan (contract §5), the highest total score, by exact search over the
 * funded sets: for plans the branch and bound of search.ts does not finish, before HiGHS.
 *
 * The set search of startYears.ts, asked for a score one above the best plan's with no ceiling,
 * enumerates the sets that could reach it (the pooled budgets' bounds cut the rest) and tries
 * whether each fits the years at all (packing.ts). On a region's plan (30 × 5) only a few sets
 * pass the bounds, and the LP relaxation's weakness (2–5 % above the optimum: it lets a year's
 * Investment be filled with parts of proposals) costs nothing here: whether a handful of sets
 * pack is decided exactly. A set that fits becomes the plan to beat and the search starts over
 * from its score; a search that ends without one proves the best plan's score the highest. Its
 * certificate is that completion, with the nodes it took.
 */
import { planMerit, type PlanInstance, type Starts } from './instance';
import { earliestStarts } from './startYears';

export interface ScoreSearchResult {
  /** The plan with the highest score found: `incumbent` or one scoring more. */
  readonly starts: Starts;
  /** True when the search ran to the end: no plan scores more than `starts`. */
  readonly complete: boolean;
  readonly nodes: number;
}

/**
 * The highest-scoring plan, from `incumbent` (feasible), within `maxNodes` nodes; null when the
 * instance's money is too large for exact double arithmetic.
 */
export function highestScore(
  instance: PlanInstance,
  incumbent: Starts,
  maxNodes: number,
): ScoreSearchResult | null {
  let best = incumbent;
  let nodes = 0;
  for (;;) {
    const value = planMerit(instance, best).value;
    const searched = earliestStarts(instance, value + 1, best, maxNodes - nodes, Infinity);
    if (searched === null) return null;
    nodes += searched.nodes;
    if (planMerit(instance, searched.starts).value <= value) {
      return { starts: best, complete: searched.complete, nodes };
    }
    // A better plan: search again for one better still (the search trims its sets at the score
    // it was asked for, so it proves nothing above it).
    best = searched.starts;
  }
}
