/**
 * The reference (rule.ts) against the contract written out here a second time, in plain rationals:
 * the mix (§3, with §9's tapers) and the split with its tie order (§4). Production uses the
 * reference itself for stand-alone, Shapley and decimal keys and for BigInt weights' tie order; the
 * fast routes are checked against it in routes.test.ts.
 */
import fc from 'fast-check';
import { mixArb } from './keyArbitraries';
import { compareCodePoints } from '../../../src/engine/allocate';
import {
  exactWeights,
  nameRanks,
  ranksOf,
  splitByRule,
  tieOrder,
} from '../../../src/engine/allocate/rule';
import type { KeyExpression, Municipality, SingleKey, TaperBase } from '../../../src/engine/model';
import {
  add,
  compare,
  div,
  floor,
  mul,
  rational,
  sub,
  sum,
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
const mixTermsArb = mixArb(singleArb, 2, 4, 'mix');

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

describe('§3 mix rule: exactWeights against the rule in rationals', () => {
  test('weights proportional to the rule (equal to it for a mix), null exactly when it is', () => {
    let mixes = 0;
    let refused = 0;
    fc.assert(
      fc.property(participantsArb, mixTermsArb, (participants, key) => {
        const standAlone = new Map(
          participants.flatMap((p) =>
            p.standAlone === null ? [] : [[p.municipality.name, p.standAlone] as const],
          ),
        );
        const route = exactWeights(
          key,
          participants.map((p) => p.municipality),
          standAlone,
        );
        const expected = reference(key, participants);
        if (expected === null) {
          refused += 1;
          return route === null;
        }
        if (route === null || route.whole.length !== participants.length) return false;
        mixes += 1;
        const weights = route.whole.map((w) => rational(w, route.denominator));
        // A key of one counted term weighs by its values; a mix by its shares, exactly the rule's.
        const counted = key.terms.filter((term) => term.fraction.num !== 0n).length;
        const sumW = sum(weights);
        const sumRef = sum(expected);
        return weights.every((w, i) =>
          counted > 1
            ? compare(w, expected[i] ?? ZERO) === 0
            : compare(mul(w, sumRef), mul(expected[i] ?? ZERO, sumW)) === 0,
        );
      }),
      { numRuns: 2000 },
    );
    // Both outcomes occur, or the test proves less than it says.
    expect(mixes).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(20);
  });
});

/** Contract §4 as written: exact quotas, floors, the units left by remainder, weight, then name. */
function referenceSplit(
  amount: bigint,
  names: readonly string[],
  weights: readonly Rational[],
): bigint[] {
  const total = sum([...weights]);
  const quotas = weights.map((w) => div(mul(rational(amount), w), total));
  const floors = quotas.map(floor);
  const left = Number(amount - floors.reduce((a, b) => a + b, 0n));
  const claims = names.map((name, i) => ({
    i,
    name: name.trim(),
    weight: weights[i] ?? ZERO,
    fraction: sub(quotas[i] ?? ZERO, rational(floors[i] ?? 0n)),
  }));
  claims.sort(
    (a, b) =>
      compare(b.fraction, a.fraction) ||
      compare(b.weight, a.weight) ||
      compareCodePoints(a.name, b.name),
  );
  for (const { i } of claims.slice(0, left)) floors[i] = (floors[i] ?? 0n) + 1n;
  return floors;
}

/** Whole weights: few distinct values (ties at the cut-off), populations, or huge. */
const wholeArb = (n: number): fc.Arbitrary<bigint[]> =>
  fc.oneof(
    fc.array(fc.bigInt({ min: 0n, max: 3n }), { minLength: n, maxLength: n }),
    fc.array(fc.bigInt({ min: 0n, max: 900_000n }), { minLength: n, maxLength: n }),
    fc.array(fc.bigInt({ min: 0n, max: 10n ** 20n }), { minLength: n, maxLength: n }),
  );

/** Names out of code-point order, with spaces around them and characters beyond the BMP. */
const namesArb = (n: number): fc.Arbitrary<string[]> =>
  fc.uniqueArray(
    fc.oneof(
      fc.string({ maxLength: 3 }),
      fc.constantFrom('Ål', ' Ål ', 'Os', 'os', '\u{1F600}', 'Ｚ', 'Ä'),
    ),
    { minLength: n, maxLength: n, selector: (s) => s.trim() },
  );

describe('§4 split: splitByRule against the rule in rationals', () => {
  test('the same shares, unit for unit, with the tie order of §4.4', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 12 })
          .chain((n) =>
            fc.tuple(
              fc.oneof(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: 10n ** 20n })),
              namesArb(n),
              wholeArb(n),
            ),
          )
          .filter(([, names, whole]) => names.length === whole.length && whole.some((w) => w > 0n)),
        ([amount, names, whole]) => {
          const total = whole.reduce((a, b) => a + b, 0n);
          const order = tieOrder(
            whole.length,
            (a, b) =>
              Number((whole[b] ?? 0n) > (whole[a] ?? 0n)) -
              Number((whole[b] ?? 0n) < (whole[a] ?? 0n)),
            nameRanks(names),
          );
          const shares = splitByRule(amount, whole, total, () => ranksOf(order));
          const expected = referenceSplit(
            amount,
            names,
            whole.map((w) => rational(w)),
          );
          return shares.every((share, i) => share === expected[i]);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
