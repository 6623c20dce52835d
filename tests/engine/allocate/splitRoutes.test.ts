/**
 * The split's two exact routes (JS numbers where they stay exact, BigInt otherwise) against a
 * reference written straight from contract §4 on rationals: same shares, unit for unit, on
 * weights shaped like real keys (populations, PCs, equal, mixes, stand-alone costs in øre).
 */
import fc from 'fast-check';
import { compareCodePoints } from '../../../src/engine/allocate';
import {
  integerWeights,
  nameRanks,
  numberWeights,
  wholeWeights,
} from '../../../src/engine/allocate/integerWeights';
import { splitInto, splitUnits, splitUnitsWithBigInt } from '../../../src/engine/allocate/split';
import {
  compare,
  div,
  floor,
  mul,
  rational,
  sub,
  sum,
  type Rational,
} from '../../../src/engine/rational';

/** Contract §4 as written: exact quotas, floors, the units left by remainder, weight, then name. */
function reference(
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
    weight: weights[i] ?? rational(0n),
    fraction: sub(quotas[i] ?? rational(0n), rational(floors[i] ?? 0n)),
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

/** A key's weights: small counts (many ties), populations, øre amounts, or mixed fractions. */
const weightsArb = (n: number): fc.Arbitrary<Rational[]> =>
  fc.oneof(
    fc
      .array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n })
      .map((ws) => ws.map((w) => rational(BigInt(w)))),
    fc
      .array(fc.integer({ min: 0, max: 900_000 }), { minLength: n, maxLength: n })
      .map((ws) => ws.map((w) => rational(BigInt(w)))),
    fc
      .array(fc.bigInt({ min: 0n, max: 10n ** 14n }), { minLength: n, maxLength: n })
      .map((ws) => ws.map((w) => rational(w))),
    fc
      .array(fc.tuple(fc.integer({ min: 0, max: 900_000 }), fc.integer({ min: 1, max: 400 })), {
        minLength: n,
        maxLength: n,
      })
      .map((ws) => ws.map(([p, q]) => rational(BigInt(p), BigInt(q)))),
  );

const caseArb = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.tuple(
      fc.oneof(
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }),
        fc.bigInt({ min: 2n ** 53n, max: 10n ** 20n }),
      ),
      fc.uniqueArray(fc.string({ maxLength: 4 }), {
        minLength: n,
        maxLength: n,
        selector: (s) => s.trim(),
      }),
      weightsArb(n),
    ),
  )
  .filter(([, , ws]) => ws.some((w) => w.num > 0n));

describe('Contract §4: both exact routes of the split agree with the rule as written', () => {
  it('gives the reference shares, unit for unit, and the number route is taken where it is exact', () => {
    let byNumbers = 0;
    let byBigInt = 0;
    fc.assert(
      fc.property(caseArb, ([amount, names, weights]) => {
        const prepared = integerWeights(names, wholeWeights(weights));
        if (!prepared) return false;
        const expected = reference(amount, names, weights);
        const out = new Float64Array(names.length);
        const numbers = splitInto(amount, prepared, out);
        if (numbers) byNumbers += 1;
        else byBigInt += 1;
        const viaNumbers = numbers ? Array.from(out, (x) => BigInt(x)) : null;
        const viaBigInt = splitUnitsWithBigInt(amount, prepared);
        const chosen = splitUnits(amount, prepared);
        return (
          expected.every((share, i) => viaBigInt[i] === share && chosen[i] === share) &&
          (viaNumbers === null || expected.every((share, i) => viaNumbers[i] === share))
        );
      }),
      { numRuns: 1500 },
    );
    // Both routes must have been checked, not only the one that happens to be taken.
    expect(byNumbers).toBeGreaterThan(300);
    expect(byBigInt).toBeGreaterThan(100);
  });

  it('takes the long-multiplication route for a 30/70 mix over 357 municipalities and stays exact', () => {
    const names = Array.from({ length: 357 }, (_, i) => `Kommune ${i}`);
    const populations = names.map((_, i) => 1000n + BigInt((i * 7919) % 700_000));
    const totalPopulation = populations.reduce((a, b) => a + b, 0n);
    const weights = populations.map((p) =>
      rational(3n * totalPopulation + 7n * 357n * p, 10n * 357n * totalPopulation),
    );
    const prepared = integerWeights(names, wholeWeights(weights));
    if (!prepared) throw new Error('weights add up to 0');
    const amount = 987_654_321_09n;
    const out = new Float64Array(names.length);
    expect(splitInto(amount, prepared, out)).toBe(true);
    expect(Array.from(out, (x) => BigInt(x))).toEqual(reference(amount, names, weights));
  });

  it('splits by equal weights without a division per participant, the units left by name', () => {
    // Names out of code-point order, with spaces and characters beyond the BMP, over 357 equal weights.
    const names = Array.from(
      { length: 357 },
      (_, i) => ` ${String.fromCodePoint(0x1f600 - i * 37)}k${(i * 7919) % 357}`,
    );
    const equal = names.map(() => rational(2n));
    const viaBigInt = integerWeights(names, wholeWeights(equal));
    const viaNumbers = numberWeights(
      names,
      new Float64Array(names.length).fill(2),
      nameRanks(names),
    );
    for (const prepared of [viaBigInt, viaNumbers]) {
      if (!prepared) throw new Error('weights add up to 0');
      expect(prepared.uniform).toBe(true);
      for (const amount of [0n, 1n, 356n, 357n, 100_000n, 987_654_321n]) {
        const out = new Float64Array(names.length);
        expect(splitInto(amount, prepared, out)).toBe(true);
        expect(Array.from(out, (x) => BigInt(x))).toEqual(reference(amount, names, equal));
      }
    }
  });
});
