/** Properties of the exact allocation (contract §§3–4), each checked on 1000 random cases. */
import fc from 'fast-check';
import { allocateAll, keyWeights, splitExactly, type Weighted } from '../../../src/engine/allocate';
import {
  div,
  floor,
  mul,
  ONE,
  rational,
  sub,
  sum,
  type Rational,
} from '../../../src/engine/rational';
import { mix, workbook } from './workbookBuilder';

const RUNS = { numRuns: 1000 };

const amountArb = fc.bigInt({ min: 0n, max: 10n ** 15n });
/** Non-negative weights, often 0, often equal, sometimes huge fractions. */
const weightArb: fc.Arbitrary<Rational> = fc.oneof(
  fc.constant(rational(0n)),
  fc.constant(rational(1n)),
  fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n }))
    .map(([n, d]) => rational(n, d)),
);
const weightedArb: fc.Arbitrary<Weighted[]> = fc
  .uniqueArray(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 9 })
  .chain((names) =>
    fc
      .tuple(...names.map((name) => weightArb.map((weight) => ({ name, weight }))))
      .map((ws) => [...ws]),
  );
/** Weights with at least one above 0, so the amount can be split. */
const splittableArb = weightedArb.filter((ws) => ws.some((w) => w.weight.num > 0n));

const total = (shares: ReadonlyMap<string, bigint>): bigint =>
  [...shares.values()].reduce((a, b) => a + b, 0n);
const shuffled = <T>(items: readonly T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

describe('Contract §4 exact allocation: properties', () => {
  it('shares add up to the amount exactly, each within one unit of its exact quota', () => {
    fc.assert(
      // Returning false fails the property; per-share `expect` calls would make the suite slow.
      fc.property(amountArb, splittableArb, (amount, weights) => {
        const shares = splitExactly(amount, weights);
        if (!shares || total(shares) !== amount) return false;
        const sumW = sum(weights.map((w) => w.weight));
        return weights.every(({ name, weight }) => {
          const quota = floor(div(mul(rational(amount), weight), sumW));
          const share = shares.get(name);
          return share === quota || share === quota + 1n;
        });
      }),
      RUNS,
    );
  });

  it('a participant with weight 0 gets 0', () => {
    fc.assert(
      fc.property(amountArb, splittableArb, (amount, weights) => {
        const shares = splitExactly(amount, weights);
        for (const { name, weight } of weights)
          if (weight.num === 0n) expect(shares?.get(name)).toBe(0n);
      }),
      RUNS,
    );
  });

  it('row order never changes a share', () => {
    fc.assert(
      fc.property(
        amountArb,
        splittableArb.chain((ws) => fc.tuple(fc.constant(ws), shuffled(ws))),
        (amount, [weights, reordered]) => {
          const a = splitExactly(amount, weights);
          const b = splitExactly(amount, reordered);
          return weights.every(
            ({ name }) => a?.get(name) !== undefined && b?.get(name) === a.get(name),
          );
        },
      ),
      RUNS,
    );
  });

  it('scaling every weight by the same positive rational changes nothing', () => {
    const factorArb = fc
      .tuple(fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 10n ** 9n }))
      .map(([n, d]) => rational(n, d));
    fc.assert(
      fc.property(amountArb, splittableArb, factorArb, (amount, weights, factor) => {
        const scaled = weights.map(({ name, weight }) => ({ name, weight: mul(weight, factor) }));
        const a = splitExactly(amount, weights);
        const b = splitExactly(amount, scaled);
        return weights.every(
          ({ name }) => a?.get(name) !== undefined && b?.get(name) === a.get(name),
        );
      }),
      RUNS,
    );
  });
});

/** A small cooperation: municipalities with random populations, PCs and stand-alone costs. */
const cooperationArb = fc.uniqueArray(
  fc.record({
    name: fc.string({ minLength: 1, maxLength: 5 }).map((s) => `M${s}`),
    population: fc.nat({ max: 100000 }),
    pcs: fc.nat({ max: 5000 }),
    standAloneOre: fc.bigInt({ min: 0n, max: 10n ** 9n }),
  }),
  { minLength: 1, maxLength: 7, selector: (m) => m.name.trim().toLowerCase() },
);
type Member = { name: string; population: number; pcs: number; standAloneOre: bigint };

const keyKinds = ['population', 'equal', 'pcs'] as const;
const percentArb = fc.integer({ min: 1, max: 99 }).map((p) => rational(BigInt(p), 100n));

const sharesUnder = (members: readonly Member[], amount: string, key: ReturnType<typeof mix>) => {
  const builder = workbook();
  for (const m of members) builder.municipality(m.name, { population: m.population, pcs: m.pcs });
  const { lines } = allocateAll(builder.cost('Drift', amount, { key }).build(), new Map());
  return lines[0]?.shares ?? null;
};

describe('Contract §3 key expressions: properties', () => {
  it('a mix of one key (100% k, or P% k + (100−P)% k) splits exactly as key k', () => {
    fc.assert(
      fc.property(
        cooperationArb,
        fc.constantFrom(...keyKinds),
        percentArb,
        amountArb,
        (members, kind, p, units) => {
          const amount = `${units / 100n}.${(units % 100n).toString().padStart(2, '0')}`;
          const plain = sharesUnder(members, amount, mix([ONE, kind]));
          const split = sharesUnder(members, amount, mix([p, kind], [sub(ONE, p), kind]));
          return members.every((m) => split?.get(m.name) === plain?.get(m.name));
        },
      ),
      RUNS,
    );
  });

  it('the order of the Municipalities rows never changes a share under a mixed key', () => {
    fc.assert(
      fc.property(
        cooperationArb.chain((ms) => fc.tuple(fc.constant(ms), shuffled(ms))),
        percentArb,
        fc.constantFrom(...keyKinds),
        fc.constantFrom(...keyKinds),
        ([members, reordered], p, k1, k2) => {
          const key = mix([p, k1], [sub(ONE, p), k2]);
          const a = sharesUnder(members, '1234567.89', key);
          const b = sharesUnder(reordered, '1234567.89', key);
          return members.every((m) => b?.get(m.name) === a?.get(m.name));
        },
      ),
      RUNS,
    );
  });

  it('standalone shares never exceed the stand-alone costs when the amount does not exceed their sum', () => {
    fc.assert(
      fc.property(
        cooperationArb.filter((ms) => ms.some((m) => m.standAloneOre > 0n)),
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        (members, cut) => {
          const sumSa = members.reduce((acc, m) => acc + m.standAloneOre, 0n);
          const amount = sumSa - (cut > sumSa ? sumSa : cut);
          const costs = new Map(members.map((m) => [m.name, rational(m.standAloneOre, 100n)]));
          const municipalities = workbook();
          for (const m of members) municipalities.municipality(m.name);
          const participants = municipalities.build().municipalities;
          const weights = keyWeights(mix([ONE, 'standalone']), participants, costs);
          const shares = splitExactly(
            amount,
            participants.map((m, i) => ({ name: m.name, weight: weights?.[i] ?? rational(0n) })),
          );
          for (const m of members)
            expect((shares?.get(m.name) ?? 0n) <= m.standAloneOre).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
