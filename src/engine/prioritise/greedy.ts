/**
 * The greedy funding plan: what a council does by hand, and the MILP's safety net. Mandatory
 * proposals first, then the best score per unit of cost while the money lasts, each at the earliest
 * year its budgets allow. Always feasible; honours dependencies, EarliestYear, Operating and
 * mandatory proposals where it can (it may leave a mandatory proposal out that a cleverer plan
 * would fit).
 */
import type { PlanInstance, Starts } from './instance';

/** The budgets left while the greedy plan fills them. */
class Ledger {
  readonly starts: number[];
  private readonly investment: bigint[];
  private readonly operating: (bigint | null)[];

  constructor(private readonly instance: PlanInstance) {
    this.starts = instance.items.map(() => -1);
    this.investment = instance.years.map((y) => y.investment);
    this.operating = instance.years.map((y) => y.operating);
  }

  /** The earliest year `i` fits in after its dependencies, or -1. Dependencies must be placed. */
  private slotFor(i: number): number {
    const item = this.instance.items[i];
    if (item === undefined) return -1;
    let from = item.first;
    for (const d of item.deps) {
      const dk = this.starts[d] ?? -1;
      if (dk < 0) return -1;
      from = Math.max(from, dk);
    }
    // An annual cost runs every year from the start on, so later starts need less Operating room.
    for (let k = from; k < this.instance.years.length; k += 1) {
      if ((this.investment[k] ?? 0n) < item.oneOff) continue;
      if (this.operating.slice(k).every((left) => left === null || left >= item.annual)) return k;
    }
    return -1;
  }

  private book(i: number, k: number, sign: bigint): void {
    const item = this.instance.items[i];
    if (item === undefined) return;
    this.investment[k] = (this.investment[k] ?? 0n) - sign * item.oneOff;
    for (let j = k; j < this.operating.length; j += 1) {
      const left = this.operating[j];
      if (left !== null && left !== undefined) this.operating[j] = left - sign * item.annual;
    }
    this.starts[i] = sign > 0n ? k : -1;
  }

  /** Fund `i` with every unfunded dependency (dependencies first), all or nothing. */
  fundWithDependencies(i: number): boolean {
    const order = this.unfundedClosure(i);
    const placed: number[] = [];
    for (const j of order) {
      const k = this.slotFor(j);
      if (k < 0) {
        for (const undo of placed.reverse()) this.book(undo, this.starts[undo] ?? 0, -1n);
        return false;
      }
      this.book(j, k, 1n);
      placed.push(j);
    }
    return true;
  }

  /** `i` and its unfunded dependencies, transitively, each after its own dependencies. */
  unfundedClosure(i: number): number[] {
    const order: number[] = [];
    const seen = new Set<number>();
    const visit = (j: number): void => {
      if (seen.has(j) || (this.starts[j] ?? -1) >= 0) return;
      seen.add(j);
      for (const d of this.instance.items[j]?.deps ?? []) visit(d);
      order.push(j);
    };
    visit(i);
    return order;
  }
}

/** Start-year indices of the greedy plan on `instance`. */
export function greedyStarts(instance: PlanInstance): Starts {
  const ledger = new Ledger(instance);
  const items = instance.items;
  // Score per unit of cost of a proposal together with the dependencies it would bring along.
  const ratio = (i: number): number => {
    const bundle = ledger.unfundedClosure(i);
    const value = bundle.reduce((n, j) => n + (items[j]?.value ?? 0), 0);
    const cost = bundle.reduce(
      (n, j) => n + Number((items[j]?.oneOff ?? 0n) + (items[j]?.annual ?? 0n)),
      0,
    );
    return cost === 0 ? Number.POSITIVE_INFINITY : value / cost;
  };
  const mandatory = items.flatMap((item, i) => (item.mandatory ? [i] : []));
  // Zero-score proposals add nothing and only raise the start-year sum: fund them only when needed.
  const optional = items.flatMap((item, i) => (!item.mandatory && item.value > 0 ? [i] : []));
  const byMerit = (list: number[]): number[] => {
    const r = new Map(list.map((i) => [i, ratio(i)]));
    return list.sort(
      (a, b) =>
        (r.get(b) ?? 0) - (r.get(a) ?? 0) ||
        (items[b]?.value ?? 0) - (items[a]?.value ?? 0) ||
        a - b,
    );
  };
  for (const i of byMerit(mandatory)) ledger.fundWithDependencies(i);
  for (const i of byMerit(optional)) ledger.fundWithDependencies(i);
  return ledger.starts;
}

/**
 * The plan that funds the proposals of `order` in that order (each with its unfunded
 * dependencies, all or nothing), each at the earliest year its budgets allow: feasible, and a
 * start a solver can improve on.
 */
export function greedyInOrder(instance: PlanInstance, order: readonly number[]): Starts {
  const ledger = new Ledger(instance);
  for (const i of order) ledger.fundWithDependencies(i);
  return ledger.starts;
}
