/**
 * Why one line was split as it was (contract §4), read off what the split decided: the weights it
 * used and the shares it gave. Nothing here decides a share: floors and remainders are arithmetic
 * on the split's own weights, the units left are the shares above their floors, and their order is
 * the split's own tie order. A share that is not its floor or its floor + 1 is a bug, and throws.
 */
import type { AllocationLine } from '../allocate';
import { ranksOf } from '../allocate/integerWeights';
import { rational, type Rational } from '../rational';

/**
 * Why a remainder unit went to a participant, or not: its fractional part beat (or lost to) every
 * other's (`fraction`); it tied and the larger weight decided (`weight`); it tied at the same
 * weight and the name that sorts first decided (`name`). Null: no unit was left to give.
 */
export type TieRule = 'fraction' | 'weight' | 'name';

export interface ParticipantExplanation {
  readonly name: string;
  /** W_i: the whole-number weight the split used (w_i / Σw = W_i / ΣW exactly). */
  readonly weight: bigint;
  /** q_i = a · W_i / ΣW, exactly, in units of RoundTo. */
  readonly quotient: Rational;
  /** ⌊q_i⌋. */
  readonly floor: bigint;
  /** (q_i − ⌊q_i⌋) · ΣW: the fractional part over ΣW, a whole number, as the split compares them. */
  readonly remainder: bigint;
  /** 1-based place among those who got a remainder unit; null if it got none. */
  readonly unitPlace: number | null;
  /** Why it got a unit, or why not; null when no unit was left to give. */
  readonly rule: TieRule | null;
  /** The share, units of RoundTo: floor + (1 if it got a unit). */
  readonly share: bigint;
}

export interface LineExplanation {
  readonly item: string;
  readonly source: AllocationLine['source'];
  readonly kind: AllocationLine['kind'];
  readonly year: number | null;
  /** The key as the Allocation table shows it (canonical English text). */
  readonly key: string;
  /** The row's first cell in the input (Costs, Systems or Proposals). */
  readonly cell: string;
  /** a: the amount in whole units of RoundTo. */
  readonly amount: bigint;
  /** ΣW. */
  readonly weightTotal: bigint;
  /** r = a − Σ⌊q_i⌋: the units left after the floors. */
  readonly unitsLeft: number;
  /** The participants, in `Municipalities` order. */
  readonly participants: readonly ParticipantExplanation[];
  /** Those who got a remainder unit, in the order the rule gives them out. */
  readonly recipients: readonly string[];
}

/**
 * Why `lost` (no unit) lost against the recipients, or why `won` won against those without one:
 * the first rule that separates it from its closest rival.
 */
function ruleBetween(
  self: { remainder: bigint; weight: bigint },
  rivals: readonly { remainder: bigint; weight: bigint }[],
): TieRule {
  const tied = rivals.filter((r) => r.remainder === self.remainder);
  if (tied.length === 0) return 'fraction';
  return tied.some((r) => r.weight === self.weight) ? 'name' : 'weight';
}

export function explainLine(line: AllocationLine): LineExplanation {
  const { weights, amount } = line;
  const whole = weights.whole();
  const total = weights.total;
  const names = weights.names;
  const rows = names.map((name, i) => {
    const weight = whole[i] ?? 0n;
    const product = amount * weight;
    const floor = product / total; // a ≥ 0 and W ≥ 0: truncation is the floor
    const share = line.shares.get(name) ?? 0n;
    const extra = share - floor;
    if (extra !== 0n && extra !== 1n) {
      throw new RangeError(`share of ${name} in ${line.item} is not its floor or floor + 1`);
    }
    return { name, weight, floor, remainder: product - floor * total, share, extra: extra === 1n };
  });
  const winners = rows.filter((r) => r.extra);
  const losers = rows.filter((r) => !r.extra);
  // The order units are given: larger fractional part first, then the split's own tie order.
  const tieRank = winners.length > 1 ? ranksOf(weights.tieOrder()) : null;
  const indexOf = new Map(names.map((name, i) => [name, i]));
  const order = [...winners].sort((x, y) => {
    if (x.remainder !== y.remainder) return x.remainder > y.remainder ? -1 : 1;
    const [rx, ry] = [indexOf.get(x.name) ?? 0, indexOf.get(y.name) ?? 0];
    return (tieRank?.[rx] ?? 0) - (tieRank?.[ry] ?? 0);
  });
  const place = new Map(order.map((r, k) => [r.name, k + 1]));
  const participants = rows.map((r): ParticipantExplanation => {
    const rule = r.extra
      ? ruleBetween(r, losers)
      : winners.length > 0
        ? ruleBetween(r, winners)
        : null;
    return {
      name: r.name,
      weight: r.weight,
      quotient: rational(amount * r.weight, total),
      floor: r.floor,
      remainder: r.remainder,
      unitPlace: place.get(r.name) ?? null,
      rule,
      share: r.share,
    };
  });
  return {
    item: line.item,
    source: line.source,
    kind: line.kind,
    year: line.year,
    key: line.key.text,
    cell: line.cell,
    amount,
    weightTotal: total,
    unitsLeft: winners.length,
    participants,
    recipients: order.map((r) => r.name),
  };
}
