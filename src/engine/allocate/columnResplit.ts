/**
 * Keys of whole-number columns (population, pcs, equal, whole custom columns and tapers, and
 * mixes of them: the split comparison's keys and most others) re-split straight from the
 * municipalities' key columns, every key of a line in one go, in exact JS numbers. No weights are
 * prepared per participant list and nothing is allocated per line: most lines of a large
 * workbook name their own participants, and the comparison splits each of them four times more.
 *
 * The split is contract §4 (rule.ts), reached another way. Each column c is split once per line:
 * a·u_i = f_i·U + r_i (floors.ts: a multiplication by 1/U per participant). A single key's
 * floors and remainders are its column's. A mix `Σ_k (p_k/q_k) k` (rule.ts `mixFactors`:
 * W_i = Σ_k F_k·u_k,i over ΣW = Q·ΠU, F_k = c_k·ΠU/U_k, c_k = p_k·Q/q_k) is never multiplied out
 * (a·W_i would leave the safe integers: a national 30/70 mix's ΣW is about 3·10^10):
 *   a·W_i = Σ_k F_k·(f_k,i·U_k + r_k,i) = ΠU·S_i + Σ_k F_k·r_k,i,   S_i = Σ_k c_k·f_k,i,
 * and with S_i = g_i·Q + h_i (0 ≤ h_i < Q), a·W_i = g_i·ΣW + R_i where R_i = h_i·ΠU + Σ_k F_k·r_k,i:
 * below (Q + Σ_k c_k)·ΠU, so a·W_i's floor is g_i plus ⌊R_i / ΣW⌋ (0 or 1 when the fractions add up
 * to 1) and its remainder what is left of R_i. Every value stays below the bounds checked first,
 * so every step is exact; past them a key takes the general way (prepared weights, BigInt).
 *
 * Each split's units left are then given out by lineSplit.ts. Property-tested against rule.ts in
 * tests/engine/allocate/routes.test.ts, and with the general way behind it (resplit.ts) in
 * resplit.test.ts.
 */
import type { KeyExpression, Municipality } from '../model';
import type { AllocationLine } from './allocateAll';
import { columnFigures, mixFactor, wholeColumn, type ColumnFigures } from './keys';
import { EXACT, floorQuotient, mixFloors, wholeFloors } from './floors';
import { countedTerms, mixCoefficients, nameRanks, ranksOf } from './rule';
import { giveShares, lineClaims, newSplit, type Giving, type Split } from './lineSplit';
import { isSafeAmount } from './split';

/**
 * What re-splitting a line by a key came to: `split` (its shares were added), `unsplittable`
 * (a term's values add up to 0 over the participants), or `general` (a key of other columns,
 * numbers that would not stay exact, or an amount below 0 or beyond a safe integer: take the
 * general way). Nothing is added for a key unless it is `split`.
 */
export type ResplitOutcome = 'split' | 'unsplittable' | 'general';

/**
 * Re-splits one line by each key k (of the keys the re-splitter was made for) with `wanted[k]`,
 * adding its shares to `into[k]` by municipality place, and says how in `outcomes[k]`.
 */
export type ColumnResplit = (
  line: Pick<AllocationLine, 'amount' | 'positions'>,
  wanted: readonly boolean[],
  into: readonly Float64Array[],
  outcomes: ResplitOutcome[],
) => void;

/** A key column; its split holds its values at the current line's participants as weights. */
interface Column {
  /** Every municipality's value, by place; null for `equal` (1 each). */
  readonly values: Float64Array | null;
  readonly split: Split;
  /** Σ, the largest and whether all the same, over every municipality: most lines' participants. */
  readonly everyone: ColumnFigures;
  /** The largest value at the participants (their sum is `split.total`). */
  largest: number;
  /** The line (its stamp) whose values, and whose floors and remainders, `split` holds. */
  gatheredAt: number;
  splitAt: number;
}

/** A key as its columns: a single one, or a mix with whole coefficients c_k over Q. */
interface KeyPlan {
  readonly columns: readonly Column[];
  readonly coefficients: Float64Array;
  readonly common: number;
  /** Σ c_k: R_i stays below (Q + Σ c_k)·ΠU. */
  readonly coefficientSum: number;
  /** A mix's own split (null for a single key). */
  readonly mix: Split | null;
}

/** Whether two columns hold the same values: a column used by several keys is split once. */
const sameValues = (a: Float64Array | null, b: Float64Array | null): boolean =>
  a === null || b === null ? a === b : a.length === b.length && a.every((v, i) => v === b[i]);

/** Gathers `column`'s values at `positions` as its split's weights, with their sum and the largest. */
function gather(column: Column, positions: Int32Array, places: number, stamp: number): void {
  if (column.gatheredAt === stamp) return;
  column.gatheredAt = stamp;
  const { values, split } = column;
  const gathered = split.buffer;
  const n = positions.length;
  if (values === null) {
    // A uniform split reads its first weight, floor and remainder only (splitColumn, splitMix).
    gathered[0] = 1;
    split.weights = gathered;
    split.total = n;
    split.uniform = true;
    column.largest = n > 0 ? 1 : 0;
    return;
  }
  // Everyone (positions 0, 1, …): the column itself, its figures known.
  const everyone = n === places;
  const { total, largest, uniform } = everyone
    ? column.everyone
    : columnFigures(values, positions, gathered);
  split.weights = everyone ? values : gathered;
  split.total = total;
  split.uniform = uniform;
  column.largest = largest;
}

/** The floors and remainders of `a` by a gathered column: a·u_i = f_i·U + r_i. */
function splitColumn(column: Column, a: number, n: number, stamp: number): void {
  if (column.splitAt === stamp) return;
  column.splitAt = stamp;
  const { split } = column;
  const { floors, rests, weights, total } = split;
  if (split.uniform) {
    // Every quota the same: one division, and buckets are not needed (see giveShares).
    const f = floorQuotient(a * (weights[0] ?? 0), total, 1 / total);
    floors[0] = f;
    rests[0] = a * (weights[0] ?? 0) - f * total;
    split.left = a - f * n;
    return;
  }
  split.left = wholeFloors(a, weights, n, total, floors, split);
}

/** A mix's varying terms (S_i, Σ F_k·r_k,i and W_i) as arrays, each read times a multiplier. */
interface Varying {
  readonly sums: Float64Array;
  readonly spreads: Float64Array;
  readonly weights: Float64Array;
  readonly c: number;
  readonly factor: number;
}

/**
 * The varying terms of a mix (not uniform) as one: none (multipliers 0), a single term read where
 * it is (most mixes: equal and one column), or several summed into the mix's own arrays first.
 */
function varyingTerms(
  terms: readonly { readonly split: Split; readonly c: number; readonly factor: number }[],
  mix: Split,
  n: number,
): Varying {
  const varying = terms.filter((term) => !term.split.uniform);
  const [only] = varying;
  if (!only) return { sums: mix.floors, spreads: mix.rests, weights: mix.buffer, c: 0, factor: 0 };
  if (varying.length === 1) {
    const { floors, rests, weights } = only.split;
    return { sums: floors, spreads: rests, weights, c: only.c, factor: only.factor };
  }
  const { floors, rests, buffer: weights } = mix;
  varying.forEach(({ split, c, factor }, t) => {
    // What the terms so far left in the arrays: nothing before the first (0 × an earlier line's).
    const carry = t === 0 ? 0 : 1;
    for (let k = 0; k < n; k++) {
      floors[k] = carry * (floors[k] ?? 0) + c * (split.floors[k] ?? 0);
      rests[k] = carry * (rests[k] ?? 0) + factor * (split.rests[k] ?? 0);
      weights[k] = carry * (weights[k] ?? 0) + factor * (split.weights[k] ?? 0);
    }
  });
  return { sums: floors, spreads: rests, weights, c: 1, factor: 1 };
}

/**
 * A mix's floors and remainders from its columns' (see the file comment), or false when its
 * numbers would not stay exact. A uniform term (`equal`) adds one number for all.
 */
function splitMix(plan: KeyPlan, mix: Split, a: number, n: number): boolean {
  const { columns, coefficients, common, coefficientSum } = plan;
  let product = 1;
  for (const column of columns) product *= column.split.total;
  const total = common * product;
  if ((common + coefficientSum) * product > EXACT || coefficientSum * a > EXACT) return false;
  const terms = columns.map(({ split }, t) => {
    const c = coefficients[t] ?? 0;
    return { split, c, factor: mixFactor(c, product, split.total) };
  });
  let sumAll = 0;
  let spreadAll = 0;
  for (const { split, c, factor } of terms) {
    if (!split.uniform) continue;
    sumAll += c * (split.floors[0] ?? 0);
    spreadAll += factor * (split.rests[0] ?? 0);
  }
  const { sums, spreads, weights: termWeights, c, factor } = varyingTerms(terms, mix, n);
  // W_i = (the uniform terms' part) + factor · the varying terms' weights: read when ties need it.
  mix.weights = termWeights;
  mix.weightScale = factor;
  mix.total = total;
  mix.uniform = false;
  const mixed = { sums, spreads, c, factor, sumAll, spreadAll, common, product };
  mix.left = mixFloors(a, n, mixed, mix.floors, mix);
  return true;
}

/** Whether every column of `plan` splits `a` in exact numbers (see splitColumn). */
function exactColumns(plan: KeyPlan, a: number): boolean {
  for (const { split, largest } of plan.columns) {
    if (split.total > EXACT || a * largest > EXACT) return false;
  }
  return true;
}

/** Whether a column of `plan` adds up to 0 over the participants: the rule has no weights then. */
function anyEmpty(plan: KeyPlan): boolean {
  for (const { split } of plan.columns) if (split.total === 0) return true;
  return false;
}

/**
 * A re-splitter for one workbook's municipalities and `keys`. A key with a term that is not a
 * whole column (standalone, Shapley, a decimal custom value or taper) is always `general`.
 */
export function columnResplit(
  municipalities: readonly Municipality[],
  keys: readonly KeyExpression[],
): ColumnResplit {
  const places = municipalities.length;
  const byName = nameRanks(municipalities.map((m) => m.name));
  // The municipalities in name order: the places' inverse (each place's municipality).
  const nameOrder = ranksOf(byName);
  const giving: Giving = {
    members: new Int32Array(places),
    byName,
    claims: lineClaims(byName),
    nameOrder,
    placesAt: new Int32Array(places),
    participantAt: new Int32Array(places),
    order: new Int32Array(places),
  };
  const columns: Column[] = [];
  const columnOf = (values: Float64Array | null): Column => {
    let column = columns.find((c) => sameValues(c.values, values));
    if (!column) {
      column = {
        values,
        split: newSplit(places),
        everyone: values
          ? columnFigures(values, null, null)
          : { total: 0, largest: 0, uniform: true },
        largest: 0,
        gatheredAt: 0,
        splitAt: 0,
      };
      columns.push(column);
    }
    return column;
  };
  const plans = keys.map((key): KeyPlan | null => {
    const terms = countedTerms(key);
    const used: Column[] = [];
    for (const { key: single } of terms) {
      const values = single.kind === 'equal' ? null : wholeColumn(single, municipalities);
      if (values === null && single.kind !== 'equal') return null;
      used.push(columnOf(values));
    }
    const { coefficients, common } = mixCoefficients(terms.map((term) => term.fraction));
    if (common > BigInt(EXACT)) return null;
    const whole = Float64Array.from(coefficients, Number);
    return {
      columns: used,
      coefficients: whole,
      common: Number(common),
      coefficientSum: whole.reduce((acc, c) => acc + c, 0),
      mix: used.length > 1 ? newSplit(places) : null,
    };
  });
  let stamp = 0;

  /** The shares of `a` by `plan`'s key into `into`, or why not. */
  const splitKey = (
    plan: KeyPlan,
    a: number,
    positions: Int32Array,
    into: Float64Array,
  ): ResplitOutcome => {
    const n = positions.length;
    for (const column of plan.columns) gather(column, positions, places, stamp);
    if (anyEmpty(plan)) return 'unsplittable';
    if (!exactColumns(plan, a)) return 'general';
    for (const column of plan.columns) splitColumn(column, a, n, stamp);
    const split = plan.mix ?? plan.columns[0]?.split;
    if (!split || (plan.mix && !splitMix(plan, plan.mix, a, n))) return 'general';
    giveShares(split, positions, into, giving);
    return 'split';
  };

  return (line, wanted, into, outcomes) => {
    stamp += 1;
    const safe = isSafeAmount(line.amount);
    const a = Number(line.amount);
    for (let k = 0; k < plans.length; k++) {
      if (!wanted[k]) continue;
      const plan = plans[k];
      const target = into[k];
      outcomes[k] = safe && plan && target ? splitKey(plan, a, line.positions, target) : 'general';
    }
  };
}
