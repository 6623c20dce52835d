/**
 * The exact BigInt route of the mix rule (contract §3), `scaledKeyWeights`: production takes it for
 * stand-alone mixes and decimal custom keys, where the JS-number route cannot be exact. Checked
 * against the rule written straight from the contract in rationals: w_i = Σ_k P_k · v_k,i / Σ_j v_k,j.
 * The route's whole weights must be proportional to those (the split only sees their ratios), and
 * it must refuse exactly when a term's values add up to 0.
 */
import fc from 'fast-check';
import { scaledKeyWeights } from '../../../src/engine/allocate/keys';
import type {
  KeyExpression,
  KeyTerm,
  Municipality,
  SingleKey,
  TaperBase,
} from '../../../src/engine/model';
import {
  add,
  compare,
  div,
  mul,
  rational,
  sub,
  ZERO,
  type Rational,
} from '../../../src/engine/rational';

const COLUMN = 'Elever';

/** A value as a workbook holds it: blank, 0, whole, or decimal with up to 4 decimals. */
const valueArb: fc.Arbitrary<Rational | null> = fc.oneof(
  fc.constant(null),
  fc.constant(ZERO),
  fc.bigInt({ min: 0n, max: 10n ** 9n }).map((n) => rational(n)),
  fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 1, max: 4 }))
    .map(([n, d]) => rational(n, 10n ** BigInt(d))),
);
const countArb = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 1_000_000 }));

interface Participant {
  readonly municipality: Municipality;
  readonly standAlone: Rational | null;
}

const participantArb = (i: number): fc.Arbitrary<Participant> =>
  fc
    .record({ population: countArb, pcs: countArb, custom: valueArb, alone: valueArb })
    .map(({ population, pcs, custom, alone }) => ({
      municipality: {
        name: `M${i}`,
        population,
        pcs,
        budget: null,
        customKeys: new Map([[COLUMN, custom]]),
        cell: `Municipalities!A${i + 2}`,
        cells: {},
      },
      standAlone: alone,
    }));

const participantsArb: fc.Arbitrary<Participant[]> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => participantArb(i))));

const singleArb: fc.Arbitrary<SingleKey> = fc.oneof(
  fc.constantFrom<SingleKey>(
    { kind: 'population' },
    { kind: 'pcs' },
    { kind: 'equal' },
    { kind: 'standalone' },
  ),
  fc.constant<SingleKey>({ kind: 'custom', column: COLUMN }),
  fc
    .record({
      base: fc.constantFrom<TaperBase>(
        { kind: 'population' },
        { kind: 'pcs' },
        { kind: 'custom', column: COLUMN },
      ),
      threshold: fc.integer({ min: 0, max: 2_000 }),
      thresholdTenths: fc.integer({ min: 0, max: 9 }),
      percent: fc.integer({ min: 0, max: 100 }),
    })
    .map(({ base, threshold, thresholdTenths, percent }): SingleKey => ({
      kind: 'taper',
      base,
      threshold: rational(BigInt(threshold * 10 + thresholdTenths), 10n),
      rate: rational(BigInt(percent), 100n),
    })),
);

/** A mix of 2–4 terms whose fractions add up to 1, some of them 0 % (which are ignored). */
const mixArb: fc.Arbitrary<KeyExpression> = fc
  .array(fc.tuple(singleArb, fc.integer({ min: 0, max: 100 })), { minLength: 2, maxLength: 4 })
  .filter((terms) => terms.some(([, share]) => share > 0))
  .map((terms) => {
    const whole = BigInt(terms.reduce((n, [, share]) => n + share, 0));
    const keyTerms: KeyTerm[] = terms.map(([key, share]) => ({
      key,
      fraction: rational(BigInt(share), whole),
    }));
    return { terms: keyTerms, text: 'mix' };
  });

/** A participant's value under one key, as the contract defines it (blank = 0 here). */
function value(key: SingleKey, p: Participant): Rational {
  const m = p.municipality;
  switch (key.kind) {
    case 'population':
      return rational(BigInt(m.population ?? 0));
    case 'pcs':
      return rational(BigInt(m.pcs ?? 0));
    case 'equal':
      return rational(1n);
    case 'standalone':
      return p.standAlone ?? ZERO;
    case 'custom':
      return m.customKeys.get(key.column) ?? ZERO;
    case 'taper': {
      // Contract v1.1 §9: min(v, T) + P/100 · max(v − T, 0), written out here on its own.
      const v = value(key.base, p);
      const below = compare(v, key.threshold) < 0 ? v : key.threshold;
      const above = compare(v, key.threshold) > 0 ? sub(v, key.threshold) : ZERO;
      return add(below, mul(key.rate, above));
    }
    case 'shapley':
      throw new Error('shapley weights come from the coalition game, not from a key column');
  }
}

/** The contract's rule in rationals; null when a counted term's values add up to 0. */
function reference(key: KeyExpression, participants: readonly Participant[]): Rational[] | null {
  let weights = participants.map(() => ZERO);
  for (const term of key.terms) {
    if (term.fraction.num === 0n) continue;
    const values = participants.map((p) => value(term.key, p));
    const total = values.reduce(add, ZERO);
    if (total.num === 0n) return null;
    weights = weights.map((w, i) => add(w, div(mul(term.fraction, values[i] ?? ZERO), total)));
  }
  return weights;
}

describe('§3 mix rule, exact BigInt route (scaledKeyWeights) against the rational reference', () => {
  test('whole weights proportional to the reference, null exactly when it is', () => {
    let mixes = 0;
    let refused = 0;
    fc.assert(
      fc.property(participantsArb, mixArb, (participants, key) => {
        const standAlone = new Map(
          participants.flatMap((p) =>
            p.standAlone === null ? [] : [[p.municipality.name, p.standAlone] as const],
          ),
        );
        const route = scaledKeyWeights(
          key,
          participants.map((p) => p.municipality),
          standAlone,
        );
        const expected = reference(key, participants);
        if (expected === null) {
          refused += 1;
          expect(route).toBeNull();
          return;
        }
        expect(route).not.toBeNull();
        if (route === null) return;
        mixes += 1;
        expect(route).toHaveLength(participants.length);
        // W_i / ΣW = w_i / Σw for every i, compared exactly: W_i · Σw = w_i · ΣW.
        const sumW = route.reduce((a, b) => a + b, 0n);
        const sumRef = expected.reduce(add, ZERO);
        route.forEach((w, i) => {
          expect(w >= 0n).toBe(true);
          const left = mul(rational(w), sumRef);
          const right = mul(expected[i] ?? ZERO, rational(sumW));
          expect([i, left]).toEqual([i, right]);
        });
      }),
      { numRuns: 2000 },
    );
    // Both outcomes occur, or the test proves less than it says.
    expect(mixes).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(20);
  });
});
