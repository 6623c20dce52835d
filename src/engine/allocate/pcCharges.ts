/** Licence per PC / PC-driftsavgift (contract §4 last paragraph, `PcCharges` in §6). */
import type { ParsedWorkbook } from '../model';
import { add, div, rational, ZERO, type Rational } from '../rational';
import type { AllocationLine } from './allocateAll';
import { isPerPc } from './keys';
import { floorDiv } from './rule';
import { shareTotals } from './shareTotals';
import { currencyOf, ratePer, toHundredths } from './units';

/** One item charged by PCs. */
export interface PcChargeItem {
  readonly item: string;
  readonly source: 'cost' | 'system';
  /** Whole units of RoundTo. */
  readonly amount: bigint;
  /** Σ PCs of the item's participants. */
  readonly totalPcs: number;
  /** amount / totalPcs in currency units, exactly rounded to 2 decimals; null when totalPcs is 0. */
  readonly ratePerPc: number | null;
  /** The item's shares (the allocation's own, split by PCs), municipality → units. */
  readonly shares: ReadonlyMap<string, bigint>;
  /** The allocation line itself: its shares as exact numbers by municipality position. */
  readonly line: AllocationLine;
  readonly cell: string;
}

/** One municipality's PC charges, over every item charged by PCs. */
export interface PcChargeMunicipality {
  readonly name: string;
  readonly pcs: number;
  /** Σ of its shares of the items charged by PCs, units of RoundTo. */
  readonly total: bigint;
  /** total / pcs in currency units to 2 decimals; null when it has no PCs. */
  readonly perPc: number | null;
}

export interface PcCharges {
  /** Items charged by PCs, in allocation order. */
  readonly items: readonly PcChargeItem[];
  /** Every municipality, in `Municipalities` order. */
  readonly municipalities: readonly PcChargeMunicipality[];
  /**
   * Σ of the items' exact rates per PC, rounded once to 2 decimals: what one PC of a municipality
   * taking part in every item pays. Null when no item is charged by PCs.
   */
  readonly ratePerPc: number | null;
}

/** Fixed-point scale for {@link rateOfSum}'s bounds: 2^64 is far finer than any cent. */
const SCALE = 2n ** 64n;

/**
 * Σ over (PCs → units) of currency(units) / PCs, rounded half away from zero to 2 decimals,
 * exactly. Summing the fractions exactly grows the common denominator with every distinct PC count
 * (hundreds of them when items have their own participants): instead each term is taken down to a
 * multiple of 2^-64 cent, so the sum lies in [L, L + terms) units of 2^-64 cent, and when both
 * ends round to the same cent, that is the answer. Only a sum within 2^-64·terms of a half cent
 * needs the exact rational sum.
 */
export function rateOfSum(amountsByPcs: ReadonlyMap<number, bigint>, roundTo: Rational): number {
  let low = 0n;
  for (const [pcs, units] of amountsByPcs) {
    low += floorDiv(units * roundTo.num * 100n * SCALE, roundTo.den * BigInt(pcs));
  }
  const high = low + BigInt(amountsByPcs.size);
  const cents = (fixed: bigint): Rational => rational(fixed, SCALE * 100n);
  const [a, b] = [toHundredths(cents(low)), toHundredths(cents(high))];
  if (a === b) return a;
  let exact: Rational = ZERO;
  for (const [pcs, units] of amountsByPcs) {
    exact = add(exact, div(currencyOf(units, roundTo), rational(BigInt(pcs))));
  }
  return toHundredths(exact);
}

/**
 * The `PcCharges` figures: the allocation's lines of `Systems` rows whose Basis is exactly the single
 * key `pcs` and of `Costs` rows whose Key is exactly `pcs` (a mix with pcs is not a per-PC charge),
 * each with its rate per PC, and each municipality's total and charge per PC.
 * Example: 1000 kr over 3 PCs → 333.33 per PC (1/3 öre rounded), shares 333.34/333.33/333.33.
 */
export function computePcCharges(wb: ParsedWorkbook, lines: readonly AllocationLine[]): PcCharges {
  const { roundTo } = wb.settings;
  const pcsAt = wb.municipalities.map((m) => m.pcs ?? 0);
  // Σ amount / PCs, gathered by PCs first: summing fractions one by one would grow (and reduce)
  // ever larger denominators, and most items share their PCs (everyone takes part).
  const amountsByPcs = new Map<number, bigint>();
  const items: PcChargeItem[] = [];
  const charged: AllocationLine[] = [];
  for (const line of lines) {
    if (line.source === 'proposal' || !isPerPc(line.key)) continue;
    let totalPcs = 0;
    for (const place of line.positions) totalPcs += pcsAt[place] ?? 0;
    if (totalPcs > 0) amountsByPcs.set(totalPcs, (amountsByPcs.get(totalPcs) ?? 0n) + line.amount);
    charged.push(line);
    items.push({
      item: line.item,
      source: line.source,
      amount: line.amount,
      totalPcs,
      ratePerPc: ratePer(line.amount, BigInt(totalPcs), roundTo),
      // The line's map by name is built only if someone asks (the contract JSON does).
      get shares() {
        return line.shares;
      },
      line,
      cell: line.cell,
    });
  }
  const names = wb.municipalities.map((m) => m.name);
  const totals = shareTotals(names, charged);
  const municipalities = names.map((name, i) => {
    const pcs = pcsAt[i] ?? 0;
    const total = totals[i] ?? 0n;
    return { name, pcs, total, perPc: ratePer(total, BigInt(pcs), roundTo) };
  });
  const ratePerPc = items.length === 0 ? null : rateOfSum(amountsByPcs, roundTo);
  return { items, municipalities, ratePerPc };
}
