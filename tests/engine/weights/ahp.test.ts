/** Saaty's AHP (contract v1.1 §10): eigenvector weights, λmax, CI, CR, the worst judgement. */
import fc from 'fast-check';
import { pairwiseMatrix, pairwiseWeights, type Judgement } from '../../../src/engine/weights/ahp';

const RUNS = 1000;

/** Every pair i < j, judged by `ratio(i, j)`. */
const allPairs = (n: number, ratio: (i: number, j: number) => number): Judgement[] =>
  Array.from({ length: n }, (_, a) =>
    Array.from({ length: n - a - 1 }, (_, k) => ({ a, b: a + k + 1, ratio: ratio(a, a + k + 1) })),
  ).flat();

/**
 * The reference eigen-solve: a plain power method from the uniform vector, many more iterations
 * than any convergence needs, no stopping rule of its own, then λ from the Rayleigh quotient.
 */
function referenceEigen(matrix: readonly (readonly number[])[]): {
  weights: number[];
  lambda: number;
} {
  const n = matrix.length;
  let x = Array.from({ length: n }, () => 1 / n);
  for (let k = 0; k < 5000; k++) {
    const y = matrix.map((row) => row.reduce((acc, a, j) => acc + a * (x[j] ?? 0), 0));
    const total = y.reduce((a, b) => a + b, 0);
    x = y.map((v) => v / total);
  }
  const ax = matrix.map((row) => row.reduce((acc, a, j) => acc + a * (x[j] ?? 0), 0));
  const lambda =
    ax.reduce((acc, v, i) => acc + v * (x[i] ?? 0), 0) / x.reduce((acc, v) => acc + v * v, 0);
  return { weights: x, lambda };
}

/** A judgement on Saaty's scale: 1/9 … 9, whole steps and their reciprocals, and in-betweens. */
const saaty = fc.oneof(
  fc.integer({ min: 1, max: 9 }),
  fc.integer({ min: 1, max: 9 }).map((k) => 1 / k),
  fc.double({ min: 0.11, max: 9, noNaN: true }),
);

describe('Contract v1.1 §10: weights from pairwise judgements', () => {
  it('a consistent matrix (a_ij = w_i / w_j) gives CR = 0 and exactly its ratios back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 3, noNaN: true }), { minLength: 1, maxLength: 10 }),
        (w) => {
          const result = pairwiseWeights(
            w.length,
            allPairs(w.length, (i, j) => (w[i] ?? 1) / (w[j] ?? 1)),
          );
          expect(result.cr).toBe(0);
          expect(result.ci).toBe(0);
          expect(Math.abs(result.lambdaMax - w.length)).toBeLessThan(1e-9);
          const total = w.reduce((a, b) => a + b, 0);
          let worst = 0;
          result.weights.forEach(
            (x, i) => (worst = Math.max(worst, Math.abs(x - (w[i] ?? 0) / total))),
          );
          for (let i = 0; i < w.length; i++)
            for (let j = 0; j < w.length; j++) {
              const back = (result.weights[i] ?? 0) / (result.weights[j] ?? 1);
              worst = Math.max(worst, Math.abs(back / ((w[i] ?? 0) / (w[j] ?? 1)) - 1));
            }
          expect(worst).toBeLessThan(1e-9);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('any reciprocal matrix on the scale: weights sum to 1 and match a slow reference eigen-solve', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 10 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(saaty, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }),
            ),
          ),
        ([n, ratios]) => {
          let k = 0;
          const judgements = allPairs(n, () => ratios[k++] ?? 1);
          const result = pairwiseWeights(n, judgements);
          const reference = referenceEigen(pairwiseMatrix(n, judgements));
          expect(Math.abs(result.weights.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
          expect(Math.min(...result.weights)).toBeGreaterThan(0);
          const off = result.weights.map((x, i) => Math.abs(x - (reference.weights[i] ?? 0)));
          expect(Math.max(...off)).toBeLessThan(1e-9);
          expect(Math.abs(result.lambdaMax - reference.lambda)).toBeLessThan(1e-8);
          // λmax ≥ n for every positive reciprocal matrix, so CI and CR are never negative.
          expect(result.cr).toBeGreaterThanOrEqual(0);
          if (n <= 2) expect(result.cr).toBe(0);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("Saaty's textbook matrix (1, 3, 5 / 1/3, 1, 3 / 1/5, 1/3, 1): weights 0.637, 0.258, 0.105, CR 0.033", () => {
    // Published figures (Saaty, The Analytic Hierarchy Process, 1980; repeated in most AHP texts).
    const result = pairwiseWeights(3, [
      { a: 0, b: 1, ratio: 3 },
      { a: 0, b: 2, ratio: 5 },
      { a: 1, b: 2, ratio: 3 },
    ]);
    expect(result.weights.map((w) => w.toFixed(3))).toEqual(['0.637', '0.258', '0.105']);
    expect(result.lambdaMax.toFixed(3)).toBe('3.039');
    expect(result.cr.toFixed(3)).toBe('0.033');
  });

  it('names the judgement furthest from the weights', () => {
    // Consistent weights 4 : 2 : 1 : 1, then one judgement turned round.
    const w = [4, 2, 1, 1];
    const judgements = allPairs(4, (i, j) => (w[i] ?? 1) / (w[j] ?? 1));
    const flipped = judgements.findIndex((j) => j.a === 1 && j.b === 3);
    const broken = judgements.map((j, i) => (i === flipped ? { ...j, ratio: 1 / 6 } : j));
    const result = pairwiseWeights(4, broken);
    expect(result.cr).toBeGreaterThan(0.1);
    expect(result.mostInconsistent?.index).toBe(flipped);
  });
});
