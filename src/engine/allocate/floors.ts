/**
 * Contract §4 step 3 in exact JS numbers, for every number route (split.ts, and the key columns of
 * columnResplit.ts): a·W_i = f_i·ΣW + r_i, the floor f_i = ⌊q_i⌋ and the remainder r_i (the
 * fractional part of q_i times ΣW, a whole number), each remainder counted in its bucket for step 4
 * (unitsLeft.ts: n buckets by r·n/ΣW, about one remainder each).
 *
 * Every loop that does this per share lives here, beside {@link floorQuotient} and the bucket of a
 * remainder, which it calls per share: imported from another module, they were not inlined where
 * the bench loads the engine, and the key columns took 2.4× as long. Callers call once per split.
 */

/** 2^52: products and sums below it are exact in a JS number, with room for one more addend. */
export const EXACT = 2 ** 52;

/** Where a split's remainders go: r_i, the bucket of each and how many each bucket holds. */
export interface Remainders {
  readonly rests: Float64Array;
  readonly bucketOf: Int32Array;
  readonly counts: Int32Array;
}

/**
 * ⌊t / d⌋ for whole t ≥ 0 and d > 0 with t + d ≤ 2^53, by `inverse` = 1/d: the float product is
 * within one of t/d (relative error below 2^-52, and t/d ≤ 2^52), and the remainder says which
 * way. A multiplication where a division would take several times longer, on every share.
 */
export function floorQuotient(t: number, d: number, inverse: number): number {
  const f = Math.floor(t * inverse);
  const r = t - f * d;
  return r < 0 ? f - 1 : r >= d ? f + 1 : f;
}

/**
 * The bucket of remainder `r` (below ΣW; `scale` = n/ΣW), the last `last`. A float index is fine:
 * it never decreases as the remainder grows, so a larger remainder never lands in a lower bucket.
 */
export const bucketOf = (r: number, scale: number, last: number): number => {
  // r·scale < n exactly, but may round up to n: then the last bucket (no branch either way).
  const b = Math.floor(r * scale);
  return b - ((last - b) >>> 31);
};

/** Keeps share k's floor f and remainder r (below ΣW; `scale` = n/ΣW), and counts r in its bucket. */
function keep(
  k: number,
  f: number,
  r: number,
  floors: Float64Array,
  held: Remainders,
  scale: number,
  last: number,
): void {
  floors[k] = f;
  held.rests[k] = r;
  const b = bucketOf(r, scale, last);
  held.bucketOf[k] = b;
  held.counts[b] = (held.counts[b] ?? 0) + 1;
}

/**
 * Floors of `a` by the first n `weights` (ΣW = `total`) into `floors`, remainders and buckets into
 * `held`; returns a − Σf_i, the units left. Needs a·W_i ≤ 2^52 and ΣW ≤ 2^52: every product exact.
 */
export function wholeFloors(
  a: number,
  weights: Float64Array,
  n: number,
  total: number,
  floors: Float64Array,
  held: Remainders,
): number {
  held.counts.fill(0, 0, n);
  const scale = n / total;
  const inverse = 1 / total;
  const last = n - 1;
  let left = a;
  for (let k = 0; k < n; k++) {
    const t = a * (weights[k] ?? 0);
    const f = floorQuotient(t, total, inverse);
    keep(k, f, t - f * total, floors, held, scale, last);
    left -= f;
  }
  return left;
}

/** Veltkamp's constant 2^27 + 1: splits a double into two halves whose products are exact. */
const SPLITTER = 134217729;

/**
 * Whether {@link twoProductFloors} stays exact for `a` and ΣW = `total`. With u = 2^-53, the float
 * quotient is within E = a·(2u + u²) of q_i (below 1 for a ≤ 2^50), so f is ⌊q_i⌋ or one off and
 * the remainder D = a·W_i − f·ΣW lies in [−E·ΣW, (1 + E)·ΣW); each rounding error of a·W_i and
 * f·ΣW is at most u·(a + E)·ΣW. Every whole number the remainder is summed from is then at most
 * ΣW·(1 + 4u·a + …) in size, exact while that stays within 2^53: twice the margin,
 * ΣW·(1 + a·2^-50) ≤ 2^53, covers the small terms and the check's own rounding.
 */
export const productsFit = (a: number, total: number): boolean =>
  a <= 2 ** 50 && total * (1 + a * 2 ** -50) <= 2 ** 53;

/**
 * x·y − `product` exactly, where `product` is x·y rounded (Dekker's two-product: x·y is exactly
 * product + the answer, for any doubles whose products neither overflow nor underflow).
 */
function productError(x: number, y: number, product: number): number {
  const sx = SPLITTER * x;
  const xHigh = sx - (sx - x);
  const xLow = x - xHigh;
  const sy = SPLITTER * y;
  const yHigh = sy - (sy - y);
  const yLow = y - yHigh;
  return xHigh * yHigh - product + xHigh * yLow + xLow * yHigh + xLow * yLow;
}

/**
 * {@link wholeFloors} where a·W_i is beyond 2^52 (when {@link productsFit}): a·W_i taken exactly
 * as a double and its rounding error (two products), and the remainder from them, which is small
 * enough again to be exact. Several times the cost of wholeFloors per share.
 */
export function twoProductFloors(
  a: number,
  weights: Float64Array,
  n: number,
  total: number,
  floors: Float64Array,
  held: Remainders,
): number {
  held.counts.fill(0, 0, n);
  const scale = n / total;
  const last = n - 1;
  let left = a;
  for (let k = 0; k < n; k++) {
    const w = weights[k] ?? 0;
    const product = a * w;
    // The float quotient is within E = a·2^-52 of a·W_i / ΣW: f is ⌊q_i⌋ or one off, and the
    // exact remainder says which way.
    let f = Math.floor(product / total);
    const taken = f * total;
    let r = product - taken + (productError(a, w, product) - productError(f, total, taken));
    if (r < 0) {
      r += total;
      f -= 1;
    } else if (r >= total) {
      r -= total;
      f += 1;
    }
    keep(k, f, r, floors, held, scale, last);
    left -= f;
  }
  return left;
}

/**
 * A mix's terms as columnResplit.ts holds them (see its file comment): per participant S_i
 * (`sums`, read times `c`, plus `sumAll`) and Σ_k F_k·r_k,i (`spreads`, times `factor`, plus
 * `spreadAll`), over Q = `common` and ΠU = `product`.
 */
export interface MixTerms {
  readonly sums: Float64Array;
  readonly spreads: Float64Array;
  readonly c: number;
  readonly factor: number;
  readonly sumAll: number;
  readonly spreadAll: number;
  readonly common: number;
  readonly product: number;
}

/**
 * {@link wholeFloors} of a mix without multiplying it out: with S_i = g_i·Q + h_i, a·W_i =
 * g_i·ΣW + R_i where R_i = h_i·ΠU + Σ_k F_k·r_k,i, so f_i = g_i + ⌊R_i / ΣW⌋ (ΣW = Q·ΠU) and r_i
 * is what is left of R_i. Needs (Q + Σ c_k)·ΠU ≤ 2^52, which the caller checks.
 */
export function mixFloors(
  a: number,
  n: number,
  { sums, spreads, c, factor, sumAll, spreadAll, common, product }: MixTerms,
  floors: Float64Array,
  held: Remainders,
): number {
  const total = common * product;
  held.counts.fill(0, 0, n);
  const scale = n / total;
  const last = n - 1;
  const inverse = 1 / common;
  const inverseTotal = 1 / total;
  let left = a;
  for (let k = 0; k < n; k++) {
    const s = sumAll + c * (sums[k] ?? 0);
    const g = floorQuotient(s, common, inverse);
    const rest = (s - g * common) * product + spreadAll + factor * (spreads[k] ?? 0);
    // ⌊R_i / ΣW⌋: 0 or 1 about as often (a coin flip a branch would guess wrong half the time).
    const extra = floorQuotient(rest, total, inverseTotal);
    keep(k, g + extra, rest - extra * total, floors, held, scale, last);
    left -= g + extra;
  }
  return left;
}
