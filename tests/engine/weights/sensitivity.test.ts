/**
 * The weight sensitivity (contract v1.1 §10): RankBest and RankWorst over the 2^n corners and
 * the unchanged weights, against an exact rational reference that ranks every corner by §5's
 * rule with no floats at all.
 */
import fc from 'fast-check';
import type { Proposal } from '../../../src/engine/model';
import {
  add,
  compare,
  fromNumber,
  mul,
  ONE,
  rational,
  sub,
  ZERO,
  type Rational,
} from '../../../src/engine/rational';
import { rankRanges, type RankRange } from '../../../src/engine/weights/sensitivity';
import { compareCodePoints } from '../../../src/engine/allocate/units';

const RUNS = 1000;

const proposal = (id: string, oneOff: number): Proposal => ({
  id,
  title: id,
  owner: null,
  area: null,
  oneOffCost: fromNumber(oneOff),
  annualCost: ZERO,
  annualBenefit: ZERO,
  lifetime: 5,
  key: { terms: [], text: 'population' },
  participants: null,
  costBenefit: false,
  dependsOn: [],
  mandatory: false,
  earliestYear: null,
  cell: `Proposals!A${id}`,
  cells: {},
});

/** Ranks under exact weights `w`: Σ w_c m_p,c descending, then OneOffCost, then ID. */
function exactRanks(
  proposals: readonly Proposal[],
  means: readonly (readonly Rational[])[],
  w: readonly Rational[],
): number[] {
  const sum = (p: number): Rational =>
    (means[p] ?? []).reduce((acc, m, c) => add(acc, mul(w[c] ?? ZERO, m)), ZERO);
  const order = proposals.map((_, i) => i);
  order.sort(
    (a, b) =>
      compare(sum(b), sum(a)) ||
      compare((proposals[a] as Proposal).oneOffCost, (proposals[b] as Proposal).oneOffCost) ||
      compareCodePoints((proposals[a] as Proposal).id, (proposals[b] as Proposal).id),
  );
  const rank = new Array<number>(proposals.length);
  order.forEach((p, i) => (rank[p] = i + 1));
  return rank;
}

/** The reference: every corner ranked exactly; best and worst with the unchanged ranks. */
function reference(
  proposals: readonly Proposal[],
  means: readonly (readonly Rational[])[],
  weights: readonly number[],
  s: Rational,
): RankRange[] {
  const exact = weights.map(fromNumber);
  const base = exactRanks(proposals, means, exact);
  const ranges = base.map((r) => ({ best: r, worst: r }));
  for (let corner = 0; corner < 1 << weights.length; corner++) {
    const w = exact.map((x, c) => mul(x, (corner >> c) & 1 ? add(ONE, s) : sub(ONE, s)));
    exactRanks(proposals, means, w).forEach((r, p) => {
      const range = ranges[p] as { best: number; worst: number };
      range.best = Math.min(range.best, r);
      range.worst = Math.max(range.worst, r);
    });
  }
  return ranges;
}

/**
 * Small instances where ties are common: means are averages of 1–3 scores of 0–5, weights from a
 * few decimal values whose float products collide (0.1 · 3 = 0.2 · 1.5 as floats), costs from a
 * few values.
 */
const instance = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.record({
    weights: fc.array(fc.constantFrom(0.1, 0.2, 0.3, 0.7, 1, 1 / 3, 2.5), {
      minLength: n,
      maxLength: n,
    }),
    rows: fc.array(
      fc.record({
        means: fc.array(fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 3 })), {
          minLength: n,
          maxLength: n,
        }),
        oneOff: fc.constantFrom(0, 100, 200),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    s: fc.constantFrom(rational(0n), rational(1n, 10n), rational(1n, 5n), rational(1n, 2n)),
  }),
);

/**
 * Larger instances whose sums crowd together (most proposals scored alike, a few far above), so
 * that corners are ranked both by bins and, where a bin is crowded, in full: means from decimal
 * scores (tenths) as well as whole ones, so near-ties and exact ties of different means abound.
 */
const crowdedInstance = fc.integer({ min: 1, max: 3 }).chain((n) =>
  fc.record({
    weights: fc.array(fc.constantFrom(0.1, 0.3, 1, 1 / 3, 2.5), { minLength: n, maxLength: n }),
    rows: fc.array(
      fc.record({
        // A mean of `count` scores summing to `tenths` / 10, from a narrow range or far above it.
        means: fc.array(
          fc.tuple(
            fc.oneof(
              { weight: 9, arbitrary: fc.integer({ min: 20, max: 22 }) },
              { weight: 1, arbitrary: fc.integer({ min: 0, max: 150 }) },
            ),
            fc.integer({ min: 1, max: 3 }),
          ),
          { minLength: n, maxLength: n },
        ),
        oneOff: fc.constantFrom(0, 100),
      }),
      { minLength: 20, maxLength: 90, size: 'max' },
    ),
    s: fc.constantFrom(rational(1n, 10n), rational(1n, 5n), rational(9n, 10n)),
  }),
);

/** rankRanges against the reference for proposals P00, P01, … with `rows`' costs and means. */
function checkAgainstReference(
  weights: readonly number[],
  oneOffs: readonly number[],
  means: readonly (readonly Rational[])[],
  s: Rational,
): void {
  const proposals = oneOffs.map((oneOff, i) => proposal(`P${String(i).padStart(2, '0')}`, oneOff));
  const ranks = exactRanks(proposals, means, weights.map(fromNumber));
  const got = rankRanges({ proposals, weights, means, spread: s, ranks });
  expect(got).toEqual(reference(proposals, means, weights, s));
  got?.forEach((range, p) => {
    expect(range.best).toBeLessThanOrEqual(ranks[p] ?? 0);
    expect(range.worst).toBeGreaterThanOrEqual(ranks[p] ?? 0);
    if (s.num === 0n) expect(range).toEqual({ best: ranks[p], worst: ranks[p] });
  });
}

describe('Contract v1.1 §10: RankBest and RankWorst', () => {
  it('equal the exact rational reference, and RankBest ≤ rank ≤ RankWorst', () => {
    fc.assert(
      fc.property(instance, ({ weights, rows, s }) =>
        checkAgainstReference(
          weights,
          rows.map((r) => r.oneOff),
          rows.map((r) =>
            r.means.map(([total, count]) =>
              rational(BigInt(Math.min(total, 5 * count)), BigInt(count)),
            ),
          ),
          s,
        ),
      ),
      { numRuns: RUNS },
    );
  });

  it('equal the reference where sums crowd, from decimal and whole scores', () => {
    fc.assert(
      fc.property(crowdedInstance, ({ weights, rows, s }) =>
        checkAgainstReference(
          weights,
          rows.map((r) => r.oneOff),
          rows.map((r) =>
            r.means.map(([tenths, count]) => rational(BigInt(tenths), BigInt(10 * count))),
          ),
          s,
        ),
      ),
      { numRuns: RUNS },
    );
  });

  it('ranks a float near-tie by the exact rule', () => {
    // 0.1 · 3 and 0.2 · 1.5 are the same float, and exactly equal too (0.2 is 2 · 0.1 as floats):
    // a tie, so the lower OneOffCost (B) goes first in every corner where both weights move alike.
    // 0.1 · 3 + 0.7 · 0 vs 0.3 · 1: 0.30000000000000004 against 0.3 as floats, yet the exact
    // values of the floats 0.1 and 0.3 decide, as the reference does.
    const proposals = [proposal('A', 200), proposal('B', 100), proposal('C', 0)];
    const means = [
      [rational(3n), rational(0n), rational(0n)],
      [rational(0n), rational(3n, 2n), rational(0n)],
      [rational(0n), rational(0n), rational(1n)],
    ];
    const weights = [0.1, 0.2, 0.3];
    const ranks = exactRanks(proposals, means, weights.map(fromNumber));
    for (const s of [rational(0n), rational(1n, 5n)]) {
      expect(rankRanges({ proposals, weights, means, spread: s, ranks })).toEqual(
        reference(proposals, means, weights, s),
      );
    }
  });

  it('ranks sums that tie exactly but not as floats by the exact rule, however many', () => {
    // Every way to split 0.7 into three means: where the three weights move alike all 36 tie
    // exactly, while their float sums differ in the last bit (0.18666666666666665 and …68).
    const splits = Array.from({ length: 8 }, (_, a) =>
      Array.from({ length: 8 - a }, (_, b) => [a, b, 7 - a - b]),
    ).flat();
    checkAgainstReference(
      [1 / 3, 1 / 3, 1 / 3],
      splits.map((_, i) => (i % 3) * 100),
      splits.map((t) => t.map((x) => rational(BigInt(x), 10n))),
      rational(1n, 5n),
    );
  });

  it('ranks many proposals scored alike by cost and ID, in every corner', () => {
    // 80 proposals in two groups of identical means: where the weights move alike the groups tie
    // exactly and their members interleave by OneOffCost, then ID.
    const means = Array.from({ length: 80 }, (_, i) =>
      i % 2 === 0 ? [rational(1n), rational(2n)] : [rational(2n), rational(1n)],
    );
    checkAgainstReference(
      [1, 1],
      means.map((_, i) => (i % 5) * 100),
      means,
      rational(1n, 5n),
    );
  });

  it('leaves the ranges blank beyond 10 criteria', () => {
    const weights = Array.from({ length: 11 }, () => 1);
    const proposals = [proposal('A', 0)];
    const means = [weights.map(() => rational(1n))];
    expect(
      rankRanges({ proposals, weights, means, spread: rational(1n, 5n), ranks: [1] }),
    ).toBeNull();
  });
});
