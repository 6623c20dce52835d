/**
 * The funding plan as integers (contract §5): money in whole units of RoundTo, scores in whole
 * millionths of a point, years as indices into the Budget years. Both the MILP and the greedy
 * heuristic work on this, and the exact checks below judge their answers.
 */
import type { BudgetYear, ParsedWorkbook } from '../model';
import { unitsOf } from '../allocate/units';

/**
 * Scores are compared in millionths of a point: far below the 2 decimals shown, far above float
 * noise (a score of 0–100 carries ~14 exact digits), and small enough that a total over thousands
 * of proposals stays an exact integer in a double (< 2^53) and in HiGHS.
 */
export const SCORE_RESOLUTION = 1_000_000;

/** A score (0–100) as whole millionths of a point. */
export const scoreValue = (score: number): number => Math.round(score * SCORE_RESOLUTION);

export interface PlanYear {
  readonly year: number;
  readonly investment: bigint;
  /** null: no Operating limit that year. */
  readonly operating: bigint | null;
  readonly source: BudgetYear;
}

export interface PlanItem {
  readonly id: string;
  /** Score in millionths of a point. */
  readonly value: number;
  readonly oneOff: bigint;
  readonly annual: bigint;
  /** Index of the first Budget year it may start in; the later ones are allowed too. */
  readonly first: number;
  /** Indices (into `items`) of the proposals it depends on. */
  readonly deps: readonly number[];
  readonly mandatory: boolean;
}

export interface PlanInstance {
  /** Budget years in ascending order. */
  readonly years: readonly PlanYear[];
  /** The proposals that can start within the budget years, in Proposals order. */
  readonly items: readonly PlanItem[];
  /** Mandatory proposals that cannot start in any budget year, in Proposals order. */
  readonly unstartableMandatory: readonly string[];
}

/** A plan on an instance: the start-year index per item, or -1 for not funded. */
export type Starts = readonly number[];

/**
 * The integer instance of `wb` (which must have a Budget table). A proposal can start from the
 * first budget year that is no earlier than its EarliestYear nor than the first possible start of
 * every dependency; one depending on a proposal that cannot start (or on an unknown one, or in a
 * cycle, which the parser reports) cannot start either.
 */
export function planInstance(
  wb: ParsedWorkbook,
  budget: readonly BudgetYear[],
  scores: ReadonlyMap<string, number>,
): PlanInstance {
  const { roundTo } = wb.settings;
  const years = [...budget]
    .sort((a, b) => a.year - b.year)
    .map((b) => ({
      year: b.year,
      investment: unitsOf(b.investment, roundTo),
      operating: b.operating === null ? null : unitsOf(b.operating, roundTo),
      source: b,
    }));
  const byId = new Map(wb.proposals.map((p, i) => [p.id, i]));
  const firstYear = new Map<number, number | null>(); // proposal index → first allowed year index
  const visiting = new Set<number>();
  /** The first year index of `i`, every dependency resolved (a cycle or unknown ID: none). */
  const resolve = (i: number): number | null => {
    const proposal = wb.proposals[i];
    let from = proposal?.earliestYear ?? Number.NEGATIVE_INFINITY;
    let ok = proposal !== undefined;
    for (const dep of proposal?.dependsOn ?? []) {
      const d = byId.get(dep);
      // Still being visited means a cycle: never startable.
      const depFirst = d === undefined ? null : (firstYear.get(d) ?? null);
      const depYear = depFirst === null ? undefined : years[depFirst]?.year;
      if (depYear === undefined) ok = false;
      else from = Math.max(from, depYear);
    }
    const index = years.findIndex((y) => y.year >= from);
    return ok && index >= 0 ? index : null;
  };
  /**
   * `resolve` of `root` after its dependencies, depth first on a stack of its own: a DependsOn
   * chain thousands long would overflow the call stack.
   */
  const firstOf = (root: number): number | null => {
    const stack: { readonly i: number; next: number }[] = [];
    const enter = (i: number): void => {
      if (firstYear.has(i) || visiting.has(i)) return;
      visiting.add(i);
      stack.push({ i, next: 0 });
    };
    enter(root);
    for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
      const dependsOn = wb.proposals[frame.i]?.dependsOn ?? [];
      if (frame.next < dependsOn.length) {
        const d = byId.get(dependsOn[frame.next] ?? '');
        frame.next += 1;
        if (d !== undefined) enter(d);
        continue;
      }
      stack.pop();
      visiting.delete(frame.i);
      firstYear.set(frame.i, resolve(frame.i));
    }
    return firstYear.get(root) ?? null;
  };

  const itemIndex = new Map<number, number>();
  const startable = wb.proposals.flatMap((p, i) => {
    const first = firstOf(i);
    if (first === null) return [];
    itemIndex.set(i, itemIndex.size);
    return [{ p, first }];
  });
  const items = startable.map(({ p, first }) => ({
    id: p.id,
    value: scoreValue(scores.get(p.id) ?? 0),
    oneOff: unitsOf(p.oneOffCost, roundTo),
    annual: unitsOf(p.annualCost, roundTo),
    first,
    // Every dependency of a startable proposal is startable, so each has an item index.
    deps: p.dependsOn.flatMap((dep) => {
      const d = itemIndex.get(byId.get(dep) ?? -1);
      return d === undefined ? [] : [d];
    }),
    mandatory: p.mandatory,
  }));
  const unstartableMandatory = wb.proposals
    .filter((p, i) => p.mandatory && firstOf(i) === null)
    .map((p) => p.id);
  return { years, items, unstartableMandatory };
}

/** Total score (millionths) and Σ start years of a plan: the two things the plan optimises. */
export function planMerit(
  instance: PlanInstance,
  starts: Starts,
): { value: number; yearSum: number } {
  let value = 0;
  let yearSum = 0;
  starts.forEach((k, i) => {
    if (k < 0) return;
    value += instance.items[i]?.value ?? 0;
    yearSum += instance.years[k]?.year ?? 0;
  });
  return { value, yearSum };
}

/** True when `a` is a better plan than `b`: more score, or as much score and earlier starts. */
export const betterPlan = (
  a: { value: number; yearSum: number },
  b: { value: number; yearSum: number },
): boolean => a.value > b.value || (a.value === b.value && a.yearSum < b.yearSum);

/**
 * What `starts` spends in each budget year, exactly, in units: the one-off costs of what starts
 * that year, and the annual costs of what starts that year (each runs on in the later years).
 */
export function yearSpending(
  instance: PlanInstance,
  starts: Starts,
): { spent: bigint[]; running: bigint[] } {
  const spent = instance.years.map(() => 0n);
  const running = instance.years.map(() => 0n);
  starts.forEach((k, i) => {
    const item = instance.items[i];
    if (k < 0 || item === undefined) return;
    spent[k] = (spent[k] ?? 0n) + item.oneOff;
    running[k] = (running[k] ?? 0n) + item.annual;
  });
  return { spent, running };
}

/** What each budget year is short by under `starts` (0 when it fits), exactly, in units. */
export function shortfalls(
  instance: PlanInstance,
  starts: Starts,
): { investment: bigint; operating: bigint }[] {
  const { spent, running } = yearSpending(instance, starts);
  let annual = 0n;
  return instance.years.map((y, k) => {
    annual += running[k] ?? 0n;
    const over = (spent[k] ?? 0n) - y.investment;
    const overOperating = y.operating === null ? 0n : annual - y.operating;
    return {
      investment: over > 0n ? over : 0n,
      operating: overOperating > 0n ? overOperating : 0n,
    };
  });
}

/**
 * True when `starts` obeys every rule but the budgets: each start within the item's years, its
 * dependencies funded no later, and (when `mandatory`) every startable mandatory proposal funded.
 */
export function respectsOrder(instance: PlanInstance, starts: Starts, mandatory: boolean): boolean {
  return instance.items.every((item, i) => {
    const k = starts[i] ?? -1;
    if (k < 0) return !(mandatory && item.mandatory);
    if (k < item.first || k >= instance.years.length) return false;
    return item.deps.every((d) => {
      const dk = starts[d] ?? -1;
      return dk >= 0 && dk <= k;
    });
  });
}

/** True when `starts` is a valid funding plan: order, mandatory and every budget respected. */
export const feasible = (instance: PlanInstance, starts: Starts): boolean =>
  respectsOrder(instance, starts, true) &&
  shortfalls(instance, starts).every((s) => s.investment === 0n && s.operating === 0n);
