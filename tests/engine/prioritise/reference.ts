/**
 * A brute-force reference for the funding plan (contract §5), written straight from the contract
 * and independent of the engine's instance and LP code: it tries every start year (or none) for
 * every proposal of a small workbook spec. Money in the specs is whole currency, so numbers are exact.
 */
import type { BudgetSpec, ProposalSpec, WorkbookSpec } from './builder';

/** Proposal ID → start year; absent = not funded. */
export type Assignment = ReadonlyMap<string, number>;

/** Seeded PRNG (mulberry32), so every run tests the same instances. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Per year: how far the plan overruns Investment and Operating (0 when within). */
export function overruns(
  spec: WorkbookSpec,
  plan: Assignment,
): { year: number; investment: number; operating: number }[] {
  const proposals = spec.proposals ?? [];
  return (spec.budget ?? []).map((b: BudgetSpec) => {
    let spent = 0;
    let running = 0;
    for (const p of proposals) {
      const start = plan.get(p.id);
      if (start === undefined) continue;
      if (start === b.year) spent += p.oneOff ?? 0;
      if (start <= b.year) running += p.annualCost ?? 0;
    }
    const operating =
      b.operating === undefined || b.operating === null ? 0 : Math.max(0, running - b.operating);
    return { year: b.year, investment: Math.max(0, spent - b.investment), operating };
  });
}

/** The first budget year each proposal could start in, ignoring money; null = never. */
export function firstPossible(spec: WorkbookSpec): Map<string, number | null> {
  const years = (spec.budget ?? []).map((b) => b.year).sort((a, b) => a - b);
  const first = new Map<string, number | null>();
  // The generator only lets a proposal depend on earlier ones, so one pass in order suffices.
  for (const p of spec.proposals ?? []) {
    let from = p.earliestYear ?? Number.NEGATIVE_INFINITY;
    let ok = true;
    for (const d of p.dependsOn ?? []) {
      const f = first.get(d);
      if (f === null || f === undefined) ok = false;
      else from = Math.max(from, f);
    }
    const year = years.find((y) => y >= from);
    first.set(p.id, ok && year !== undefined ? year : null);
  }
  return first;
}

/** True when `plan` obeys order, EarliestYear and budgets, and (if `mandatory`) funds them. */
export function valid(spec: WorkbookSpec, plan: Assignment, mandatory: boolean): boolean {
  const years = new Set((spec.budget ?? []).map((b) => b.year));
  const first = firstPossible(spec);
  const orderOk = (spec.proposals ?? []).every((p: ProposalSpec) => {
    const start = plan.get(p.id);
    if (start === undefined) return !(mandatory && p.mandatory && first.get(p.id) !== null);
    if (!years.has(start) || start < (p.earliestYear ?? start)) return false;
    return (p.dependsOn ?? []).every((d) => {
      const ds = plan.get(d);
      return ds !== undefined && ds <= start;
    });
  });
  return orderOk && overruns(spec, plan).every((o) => o.investment === 0 && o.operating === 0);
}

/** Every assignment of a start year or none to each proposal. */
function* assignments(spec: WorkbookSpec): Generator<Map<string, number>> {
  const proposals = spec.proposals ?? [];
  const choices = [-1, ...(spec.budget ?? []).map((b) => b.year)];
  const index = proposals.map(() => 0);
  for (;;) {
    const plan = new Map<string, number>();
    proposals.forEach((p, i) => {
      const year = choices[index[i] ?? 0] ?? -1;
      if (year >= 0) plan.set(p.id, year);
    });
    yield plan;
    let i = 0;
    while (i < index.length && (index[i] ?? 0) === choices.length - 1) index[i++] = 0;
    if (i === index.length) return;
    index[i] = (index[i] ?? 0) + 1;
  }
}

export const totalScore = (plan: Assignment, scores: ReadonlyMap<string, number>): number =>
  [...plan.keys()].reduce((n, id) => n + (scores.get(id) ?? 0), 0);

export const yearSum = (plan: Assignment): number => [...plan.values()].reduce((n, y) => n + y, 0);

/** The best total score and, among plans with it, the least start-year sum; null if none valid. */
export function bruteForce(
  spec: WorkbookSpec,
  scores: ReadonlyMap<string, number>,
): { score: number; yearSum: number } | null {
  let best: { score: number; yearSum: number } | null = null;
  for (const plan of assignments(spec)) {
    if (!valid(spec, plan, true)) continue;
    const s = totalScore(plan, scores);
    const y = yearSum(plan);
    // Totals closer than 10⁻⁷ are float noise of the same total (the instances' scores have 6
    // decimals, so truly different totals differ by at least 10⁻⁶).
    const tie = best !== null && Math.abs(s - best.score) <= 1e-7;
    if (best === null || (!tie && s > best.score) || (tie && y < best.yearSum)) {
      best = { score: s, yearSum: y };
    }
  }
  return best;
}

/**
 * The least total overrun (Σ over years and budgets) of any plan that funds every startable
 * mandatory proposal and respects order: the shortfall BUDGET_SHORT must report in total.
 */
export function leastShortfall(spec: WorkbookSpec): number {
  const first = firstPossible(spec);
  let least = Number.POSITIVE_INFINITY;
  for (const plan of assignments(spec)) {
    const orderOk = (spec.proposals ?? []).every((p) => {
      const start = plan.get(p.id);
      if (start === undefined) return !(p.mandatory && first.get(p.id) !== null);
      if (start < (p.earliestYear ?? start)) return false;
      return (p.dependsOn ?? []).every((d) => (plan.get(d) ?? Infinity) <= start);
    });
    if (!orderOk) continue;
    const total = overruns(spec, plan).reduce((n, o) => n + o.investment + o.operating, 0);
    least = Math.min(least, total);
  }
  return least;
}

export interface RandomInstance {
  readonly spec: WorkbookSpec;
  readonly scores: ReadonlyMap<string, number>;
}

/**
 * ≤ 6 proposals × ≤ 3 years (or up to `size`) with dependencies, EarliestYear, Operating and
 * mandatory ones.
 */
export function randomInstance(
  seed: number,
  size: { readonly proposals: number; readonly years: number } = { proposals: 6, years: 3 },
): RandomInstance {
  const r = random(seed);
  const pick = (n: number): number => Math.floor(r() * n);
  const yearCount = 1 + pick(size.years);
  const withOperating = r() < 0.5;
  const budget: BudgetSpec[] = Array.from({ length: yearCount }, (_, k) => ({
    year: 2026 + k,
    investment: pick(5) * 25,
    operating: withOperating && r() < 0.8 ? pick(4) * 15 : null,
  }));
  const count = 1 + pick(size.proposals);
  const proposals: ProposalSpec[] = [];
  const scores = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    const id = `P${i}`;
    const dependsOn = proposals.filter(() => r() < 0.2).map((p) => p.id);
    proposals.push({
      id,
      oneOff: pick(5) * 15,
      annualCost: r() < 0.5 ? pick(4) * 10 : 0,
      dependsOn,
      mandatory: r() < 0.15,
      earliestYear: r() < 0.3 ? 2026 + pick(4) : null,
    });
    // Scores with decimals, as prioritise() produces them (thirds of a point and so on).
    scores.set(id, pick(4) === 0 ? 0 : Math.round((pick(300) / 3) * 1e6) / 1e6);
  }
  return { spec: { proposals, budget }, scores };
}
