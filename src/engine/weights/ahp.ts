/**
 * Saaty's analytic hierarchy process (contract v1.1 §10): criterion weights from pairwise
 * judgements, with the consistency ratio that tells a council whether its judgements agree.
 */

/** Saaty's random index RI_n for n = 0…10 (RI_1 = RI_2 = 0: one or two criteria are consistent). */
const RANDOM_INDEX: readonly number[] = [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

/** The most criteria a pairwise matrix may have (Saaty's RI table ends at 10). */
export const MAX_PAIRWISE_CRITERIA = RANDOM_INDEX.length - 1;

/** CR above this is INCONSISTENT_WEIGHTS (Saaty's rule of thumb). */
const CONSISTENCY_LIMIT = 0.1;

/** The verdict on a consistency ratio: the flag's rule, and the pane's live verdict, in one place. */
export const isInconsistent = (cr: number): boolean => cr > CONSISTENCY_LIMIT;

/** The weights are exact to this (sum-1 normalised, per weight), as the contract asks. */
export const WEIGHT_TOLERANCE = 1e-9;

/**
 * Float noise in λmax: a consistent matrix has λmax = n exactly, but the float product drifts by
 * ~n·2⁻⁵² relative. λmax − n below this (relative to n) is that noise, read as 0, so a consistent
 * matrix shows CR = 0 exactly; a real inconsistency this small would show CR < 10⁻¹¹ anyway.
 */
const LAMBDA_NOISE = 1e-12;

/** Power iterations before giving up (never reached: see {@link principalEigenvector}). */
const MAX_ITERATIONS = 100_000;

export interface Judgement {
  /** Indices into the criteria. */
  readonly a: number;
  readonly b: number;
  /** How many times more important a is than b (> 0). */
  readonly ratio: number;
}

export interface PairwiseWeights {
  /** Normalised to sum 1, in criteria order. */
  readonly weights: readonly number[];
  readonly lambdaMax: number;
  readonly ci: number;
  readonly cr: number;
  /**
   * The judgement that deviates most from the weights: the largest |ln(ratio · w_b / w_a)|, i.e.
   * the largest factor between what was judged and what the weights imply (null for n < 2).
   * Ties go to the judgement given first.
   */
  readonly mostInconsistent: { readonly index: number; readonly implied: number } | null;
}

/** The reciprocal matrix of `judgements` over `n` criteria (a_ii = 1, a_ba = 1/a_ab). */
export function pairwiseMatrix(n: number, judgements: readonly Judgement[]): number[][] {
  const matrix = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : Number.NaN)),
  );
  for (const { a, b, ratio } of judgements) {
    const rowA = matrix[a];
    const rowB = matrix[b];
    if (rowA === undefined || rowB === undefined) throw new Error('judgement outside the matrix');
    rowA[b] = ratio;
    rowB[a] = 1 / ratio;
  }
  if (matrix.some((row) => row.some(Number.isNaN))) throw new Error('incomplete pairwise matrix');
  return matrix;
}

const multiply = (matrix: readonly (readonly number[])[], v: readonly number[]): number[] =>
  matrix.map((row) => row.reduce((acc, a, j) => acc + a * (v[j] ?? 0), 0));

/**
 * Birkhoff's contraction coefficient of a positive matrix in Hilbert's projective metric:
 * tanh(Δ/4), Δ = max ln(a_ik a_jl / (a_jk a_il)). Each multiplication by the matrix shrinks the
 * projective distance between two positive vectors by at least this factor.
 */
function contraction(matrix: readonly (readonly number[])[]): number {
  let delta = 0;
  const n = matrix.length;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      for (let k = 0; k < n; k++)
        for (let l = 0; l < n; l++) {
          const ik = matrix[i]?.[k] ?? 1;
          const jl = matrix[j]?.[l] ?? 1;
          const jk = matrix[j]?.[k] ?? 1;
          const il = matrix[i]?.[l] ?? 1;
          delta = Math.max(delta, Math.log((ik * jl) / (jk * il)));
        }
  return Math.tanh(delta / 4);
}

/**
 * The principal right eigenvector of a positive matrix, normalised to sum 1, by power iteration
 * from the row geometric means (exact for a consistent matrix, close otherwise).
 *
 * Why the result is within {@link WEIGHT_TOLERANCE}: by Perron–Frobenius the eigenvector v is
 * positive and unique up to scale, and by Birkhoff's theorem x ↦ Ax contracts Hilbert's projective
 * metric d by k = {@link contraction} < 1 with fixed point v. So d(x, v) ≤ d(x, Ax) / (1 − k), and
 * d(x, Ax) = ln(max r_i / min r_i) with r_i = (Ax)_i / x_i. For sum-1 vectors at distance δ every
 * x_i / v_i lies in [e^−δ, e^δ], so |x_i − v_i| ≤ e^δ − 1. The loop stops only once that bound is
 * below the tolerance (it is ~10⁻¹³ in practice: float noise in r_i is ~10⁻¹⁵, and 1/(1 − k) is at
 * most ~10³ on Saaty's scale).
 */
export function principalEigenvector(matrix: readonly (readonly number[])[]): {
  readonly vector: number[];
  readonly lambda: number;
} {
  const n = matrix.length;
  if (n === 0) return { vector: [], lambda: 0 };
  const k = contraction(matrix);
  const normalise = (v: readonly number[]): number[] => {
    const total = v.reduce((a, b) => a + b, 0);
    return v.map((x) => x / total);
  };
  let x = normalise(matrix.map((row) => Math.exp(row.reduce((a, v) => a + Math.log(v), 0) / n)));
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const ax = multiply(matrix, x);
    const ratios = ax.map((v, i) => v / (x[i] ?? 1));
    const distance = Math.log(Math.max(...ratios) / Math.min(...ratios));
    const bound = Math.expm1(distance / (1 - k));
    // Σ x = 1, so Σ (Ax)_i is the Rayleigh-like estimate; at the eigenvector it is λ exactly.
    const lambda = ax.reduce((a, b) => a + b, 0);
    if (bound <= WEIGHT_TOLERANCE / 10) return { vector: normalise(ax), lambda };
    x = normalise(ax);
  }
  throw new Error('power iteration did not converge');
}

/** Weights, λmax, CI, CR and the most inconsistent judgement of a complete set of judgements. */
export function pairwiseWeights(n: number, judgements: readonly Judgement[]): PairwiseWeights {
  if (n > MAX_PAIRWISE_CRITERIA) throw new Error('too many criteria for a pairwise matrix');
  const matrix = pairwiseMatrix(n, judgements);
  const { vector, lambda } = principalEigenvector(matrix);
  const excess = lambda - n <= LAMBDA_NOISE * n ? 0 : lambda - n;
  const ci = n <= 2 ? 0 : excess / (n - 1);
  const cr = n <= 2 ? 0 : ci / (RANDOM_INDEX[n] ?? 1);
  let mostInconsistent: PairwiseWeights['mostInconsistent'] = null;
  let worst = -1;
  judgements.forEach(({ a, b, ratio }, index) => {
    const implied = (vector[a] ?? 0) / (vector[b] ?? 1);
    const deviation = Math.abs(Math.log(ratio / implied));
    if (deviation > worst) {
      worst = deviation;
      mostInconsistent = { index, implied };
    }
  });
  return { weights: vector, lambdaMax: n <= 2 ? n : n + excess, ci, cr, mostInconsistent };
}
