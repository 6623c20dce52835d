/**
 * The funding plan as a MILP in CPLEX LP text, which HiGHS reads. Binary x_i_k = proposal i starts
 * in budget year k. Every coefficient is an integer (money in units, scores in millionths), so the
 * constraints are exact; variable names are indices, never IDs (which may hold anything).
 */
import type { PlanInstance } from './instance';

type Term = readonly [coefficient: bigint, variable: string];

export const startVar = (i: number, k: number): string => `x${i}_${k}`;
/** y_i = Σ_k x_i_k: proposal i is funded (in some year). */
export const fundedVar = (i: number): string => `y${i}`;
const slackVar = (budget: 'i' | 'o', k: number): string => `s${budget}${k}`;

const abs = (n: bigint): bigint => (n < 0n ? -n : n);
const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [abs(a), abs(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/** `+ 3 x1_0 - 2 x4_1 ...`, a few terms a line (LP lines may continue). */
export function linear(terms: readonly Term[]): string {
  const parts = terms.map(
    ([c, v], n) => `${c < 0n ? '-' : '+'} ${abs(c)} ${v}${n % 8 === 7 ? '\n' : ''}`,
  );
  return parts.join(' ');
}

/**
 * Σ a·x ≤ b over integers, divided by the gcd g of the coefficients: Σ (a/g)·x ≤ ⌊b/g⌋ holds for
 * exactly the same integer points and keeps the numbers HiGHS sees small (costs in whole thousands
 * are 10⁵ øre apart).
 */
export function reduced(terms: readonly Term[], bound: bigint): { terms: Term[]; bound: bigint } {
  const g = terms.reduce((acc, [c]) => gcd(acc, c), 0n);
  if (g <= 1n) return { terms: [...terms], bound };
  const floorDiv = bound >= 0n ? bound / g : -((-bound + g - 1n) / g);
  return { terms: terms.map(([c, v]) => [c / g, v] as const), bound: floorDiv };
}

export interface ModelOptions {
  /** Items to model (others stay unfunded); default all. */
  readonly only?: ReadonlySet<number>;
  /**
   * Add a slack variable to every budget row (for the shortfall); rows are then not reduced, and
   * the funded variables and aggregated rows are left out.
   */
  readonly slack?: boolean;
  /** Add the aggregated rows over the funded variables (see {@link aggregatedRows}); default on. */
  readonly aggregated?: boolean;
}

/** The constraints of §5: one start each, budgets per year, dependencies, mandatory. */
export function constraintRows(instance: PlanInstance, options: ModelOptions = {}): string[] {
  const { items, years } = instance;
  const modelled = (i: number): boolean => options.only === undefined || options.only.has(i);
  const rows: string[] = [];
  const row = (
    name: string,
    terms: readonly Term[],
    op: '<=' | '>=' | '=',
    bound: bigint,
  ): void => {
    if (terms.length > 0) rows.push(` ${name}: ${linear(terms)} ${op} ${bound}`);
  };
  const starts = (i: number, upTo: number): Term[] => {
    const first = items[i]?.first ?? years.length;
    const terms: Term[] = [];
    for (let k = first; k <= upTo; k += 1) terms.push([1n, startVar(i, k)]);
    return terms;
  };

  items.forEach((item, i) => {
    if (!modelled(i)) return;
    const all = starts(i, years.length - 1);
    if (options.slack) row(`one${i}`, all, item.mandatory ? '=' : '<=', 1n);
    else {
      // y_i = Σ_k x_i_k (y binary, so at most one start); mandatory: y_i = 1.
      const minus = all.map(([, v]) => [-1n, v] as const);
      row(`fund${i}`, [[1n, fundedVar(i)], ...minus], '=', 0n);
      if (item.mandatory) row(`must${i}`, [[1n, fundedVar(i)]], '=', 1n);
    }
    // Started by year k ⇒ every dependency started by year k too (so funded, and no later).
    for (const d of item.deps) {
      for (let k = item.first; k < years.length; k += 1) {
        const depStarts = starts(d, k).map(([, v]) => [-1n, v] as const);
        row(`dep${i}_${d}_${k}`, [...starts(i, k), ...depStarts], '<=', 0n);
      }
    }
  });
  years.forEach((year, k) => {
    const investment: Term[] = [];
    const operating: Term[] = [];
    items.forEach((item, i) => {
      if (!modelled(i) || k < item.first) return;
      if (item.oneOff > 0n) investment.push([item.oneOff, startVar(i, k)]);
      if (item.annual > 0n) {
        for (let j = item.first; j <= k; j += 1) operating.push([item.annual, startVar(i, j)]);
      }
    });
    budgetRow(`inv${k}`, investment, year.investment, slackVar('i', k));
    if (year.operating !== null) budgetRow(`op${k}`, operating, year.operating, slackVar('o', k));
  });
  if (!options.slack && options.aggregated !== false) {
    for (const r of aggregatedRows(instance, modelled)) rows.push(r);
  }
  return rows;

  function budgetRow(name: string, terms: Term[], bound: bigint, slack: string): void {
    if (terms.length === 0) return;
    if (options.slack) row(name, [...terms, [-1n, slack]], '<=', bound);
    else {
      const r = reduced(terms, bound);
      row(name, r.terms, '<=', r.bound);
    }
  }
}

/**
 * Valid rows over the funded variables y_i. They cut off no integer plan and do not tighten the
 * LP bound (each is a sum of budget rows), but they hand HiGHS the knapsack a funding plan
 * really is: a score does not depend on the start year, so the years are near-symmetric and
 * branching on x_i_k barely moves the bound (50 × 4 stayed 1.1 % from proof after 8 s). On y_i,
 * its knapsack cuts and branching close the gap (100 × 4 proven in ~2.5 s).
 * Investment: what starts in year k or later fits the budgets from k on; proposals that cannot
 * start before k can only use those. Operating: the last year carries every funded annual cost.
 */
function aggregatedRows(instance: PlanInstance, modelled: (i: number) => boolean): string[] {
  const { items, years } = instance;
  const rows: string[] = [];
  for (let k = 0; k < years.length; k += 1) {
    const later = items.flatMap((item, i) =>
      modelled(i) && item.first >= k && item.oneOff > 0n ? [i] : [],
    );
    if (later.length === 0) continue;
    const budget = years.slice(k).reduce((n, y) => n + y.investment, 0n);
    const terms: Term[] = later.map((i) => [items[i]?.oneOff ?? 0n, fundedVar(i)]);
    const r = reduced(terms, budget);
    rows.push(` suminv${k}: ${linear(r.terms)} <= ${r.bound}`);
  }
  const last = years[years.length - 1]?.operating ?? null;
  const running: Term[] = items.flatMap((item, i) =>
    modelled(i) && item.annual > 0n ? [[item.annual, fundedVar(i)] as const] : [],
  );
  if (last !== null && running.length > 0) {
    const r = reduced(running, last);
    rows.push(` sumop: ${linear(r.terms)} <= ${r.bound}`);
  }
  return rows;
}

/** The funded variable of every modelled item (the model has them unless `slack`). */
export function fundedVars(instance: PlanInstance, only?: ReadonlySet<number>): string[] {
  return instance.items.flatMap((_, i) =>
    only === undefined || only.has(i) ? [fundedVar(i)] : [],
  );
}

/** Every start variable of the modelled items. */
export function startVars(instance: PlanInstance, only?: ReadonlySet<number>): string[] {
  return instance.items.flatMap((item, i) => {
    if (only !== undefined && !only.has(i)) return [];
    const vars: string[] = [];
    for (let k = item.first; k < instance.years.length; k += 1) vars.push(startVar(i, k));
    return vars;
  });
}

/**
 * A whole LP file. `objective` must not be empty (HiGHS needs a term; use a 0 coefficient).
 * `binaries` are 0/1 integers; `unitBounded` are continuous between 0 and 1 (a relaxation).
 */
export function lpText(
  sense: 'Maximize' | 'Minimize',
  objective: readonly Term[],
  rows: readonly string[],
  variables: { readonly binaries?: readonly string[]; readonly unitBounded?: readonly string[] },
): string {
  const lines = (names: readonly string[]): string[] => {
    const out: string[] = [];
    for (let n = 0; n < names.length; n += 10) out.push(` ${names.slice(n, n + 10).join(' ')}`);
    return out;
  };
  const binaries = variables.binaries ?? [];
  const unitBounded = variables.unitBounded ?? [];
  return [
    sense,
    ` obj: ${linear(objective)}`,
    'Subject To',
    ...rows,
    ...(unitBounded.length > 0 ? ['Bounds', ...unitBounded.map((v) => ` ${v} <= 1`)] : []),
    ...(binaries.length > 0 ? ['Binary', ...lines(binaries)] : []),
    'End',
    '',
  ].join('\n');
}

/** The slack variables' names, by year index and budget. */
export const investmentSlack = (k: number): string => slackVar('i', k);
export const operatingSlack = (k: number): string => slackVar('o', k);
export type { Term };
