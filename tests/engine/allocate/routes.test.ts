/**
 * Every fast route of the allocation against the reference (rule.ts), unit for unit: the split
 * routes (JS numbers, BigInt), the tie order in numbers, the mix in numbers, the comparison's
 * re-split from key columns, and the whole allocation as production routes it (tapers, decimal
 * custom keys, stand-alone mixes on the exact BigInt route, ties at the cut-off).
 */
import fc from 'fast-check';
import { allocateAll } from '../../../src/engine/allocate';
import { columnResplit, type ResplitOutcome } from '../../../src/engine/allocate/columnResplit';
import {
  integerWeights,
  numberWeights,
  numericTieOrder,
} from '../../../src/engine/allocate/integerWeights';
import { numericKeyWeights, wholeColumn } from '../../../src/engine/allocate/keys';
import {
  exactWeights,
  nameRanks,
  ranksOf,
  splitByRule,
  tieOrder,
} from '../../../src/engine/allocate/rule';
import { SPLIT_ROUTES, splitScratch } from '../../../src/engine/allocate/split';
import type { KeyExpression, Municipality, SingleKey } from '../../../src/engine/model';
import { rational, type Rational } from '../../../src/engine/rational';
import { mixArb } from './keyArbitraries';
import { workbook } from './workbookBuilder';

const RUNS = { numRuns: 1200 };

const compareBigInt = (a: bigint, b: bigint): number => (a === b ? 0 : a < b ? -1 : 1);

/** The rule's shares: its own tie order (larger W, then name) and its own split. */
function ruleShares(amount: bigint, names: readonly string[], whole: readonly bigint[]): bigint[] {
  const order = tieOrder(
    whole.length,
    (a, b) => compareBigInt(whole[b] ?? 0n, whole[a] ?? 0n),
    nameRanks(names),
  );
  const total = whole.reduce((a, b) => a + b, 0n);
  return splitByRule(amount, whole, total, () => ranksOf(order));
}

const sameShares = (shares: ArrayLike<number | bigint>, expected: readonly bigint[]): boolean =>
  expected.every((share, i) => BigInt(shares[i] ?? -1) === share);

/** Names with spaces around them, characters beyond the BMP, and out of code-point order. */
const namesArb = (n: number): fc.Arbitrary<string[]> =>
  fc.uniqueArray(
    fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(' Ål', 'Os ', 'os', '\u{1F600}', 'Ä')),
    { minLength: n, maxLength: n, selector: (s) => s.trim() },
  );

/** Whole weights shaped like keys: few values (ties), equal, populations, øre, beyond 2^53. */
const wholeArb = (n: number): fc.Arbitrary<bigint[]> =>
  fc.oneof(
    fc.array(fc.bigInt({ min: 0n, max: 3n }), { minLength: n, maxLength: n }),
    fc.bigInt({ min: 1n, max: 5n }).map((w) => Array.from({ length: n }, () => w)),
    fc.array(fc.bigInt({ min: 0n, max: 900_000n }), { minLength: n, maxLength: n }),
    fc.array(fc.bigInt({ min: 0n, max: 10n ** 14n }), { minLength: n, maxLength: n }),
    fc.array(fc.bigInt({ min: 0n, max: 10n ** 19n }), { minLength: n, maxLength: n }),
  );

const splitCaseArb = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.tuple(
      fc.oneof(
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }),
        fc.bigInt({ min: 2n ** 53n, max: 10n ** 20n }),
      ),
      namesArb(n),
      wholeArb(n),
    ),
  )
  .filter(([, names, whole]) => names.length === whole.length && whole.some((w) => w > 0n));

describe('Split routes (SplitRoute) against splitByRule', () => {
  for (const route of SPLIT_ROUTES) {
    it(`${route.name}: the rule's shares whenever it answers`, () => {
      let answered = 0;
      const scratch = splitScratch();
      fc.assert(
        fc.property(splitCaseArb, ([amount, names, whole]) => {
          const expected = ruleShares(amount, names, whole);
          // Prepared as production prepares them: from BigInt weights, and from JS numbers.
          const fromBigInt = integerWeights(names, whole);
          const safe = whole.every((w) => w <= BigInt(Number.MAX_SAFE_INTEGER));
          const sum = whole.reduce((a, b) => a + b, 0n);
          const fromNumbers =
            safe && sum <= BigInt(Number.MAX_SAFE_INTEGER)
              ? numberWeights(names, Float64Array.from(whole, Number), nameRanks(names))
              : null;
          for (const prepared of [fromBigInt, fromNumbers]) {
            if (!prepared) continue;
            const shares = route.split(amount, prepared, scratch);
            if (shares === null) continue;
            answered += 1;
            if (!sameShares(shares, expected)) return false;
          }
          return true;
        }),
        RUNS,
      );
      // The route must have answered often, or the test proves less than it says.
      expect(answered).toBeGreaterThan(600);
    });
  }

  it('numbers: products beyond 2^52, ΣW up to 2^53 (mixes of large columns), always answered within its bounds', () => {
    const [numbers] = SPLIT_ROUTES;
    const scratch = splitScratch();
    /** n weights near `most` / n (ΣW at most `most`), or any up to it. */
    const weightsNear = (n: number, most: bigint): fc.Arbitrary<bigint[]> =>
      fc.oneof(
        fc.array(fc.bigInt({ min: 0n, max: most / BigInt(n) }), { minLength: n, maxLength: n }),
        fc.array(fc.bigInt({ min: most / BigInt(n) - 3n, max: most / BigInt(n) }), {
          minLength: n,
          maxLength: n,
        }),
      );
    // ΣW·(1 + a·2^-50) ≤ 2^53 in both: ΣW ≤ 2^52 with a ≤ 2^49, and ΣW near 2^53 with a ≤ 2^20.
    const largeArb = fc
      .integer({ min: 1, max: 40 })
      .chain((n) =>
        fc.oneof(
          fc.tuple(
            fc.oneof(
              fc.bigInt({ min: 0n, max: 2n ** 49n }),
              fc.bigInt({ min: 2n ** 49n - 1000n, max: 2n ** 49n }),
              fc.bigInt({ min: 1n, max: 10n ** 9n }),
            ),
            namesArb(n),
            weightsNear(n, 2n ** 52n),
          ),
          fc.tuple(
            fc.bigInt({ min: 0n, max: 2n ** 20n }),
            namesArb(n),
            weightsNear(n, 2n ** 53n - 2n ** 30n),
          ),
        ),
      )
      .filter(([, names, whole]) => names.length === whole.length && whole.some((w) => w > 0n));
    fc.assert(
      fc.property(largeArb, ([amount, names, whole]) => {
        const prepared = numberWeights(names, Float64Array.from(whole, Number), nameRanks(names));
        if (!prepared || !numbers) return false;
        const shares = numbers.split(amount, prepared, scratch);
        return shares !== null && sameShares(shares, ruleShares(amount, names, whole));
      }),
      RUNS,
    );
  });

  it('numbers: a 30/70 mix over 357 municipalities by two products, and 357 equal weights', () => {
    const names = Array.from(
      { length: 357 },
      (_, i) => ` ${String.fromCodePoint(0x1f600 - i * 37)}k${(i * 7919) % 357}`,
    );
    const populations = names.map((_, i) => 1000n + BigInt((i * 7919) % 700_000));
    const total = populations.reduce((a, b) => a + b, 0n);
    const mixed = populations.map((p) => 3n * total + 7n * 357n * p);
    const equal = names.map(() => 2n);
    const [numbers] = SPLIT_ROUTES;
    for (const [whole, amount] of [
      [mixed, 987_654_321_09n],
      [equal, 987_654_321n],
      [equal, 356n],
    ] as const) {
      const prepared = integerWeights(names, whole);
      if (!prepared || !numbers) throw new Error('no weights');
      const shares = numbers.split(amount, prepared, splitScratch());
      expect(shares && sameShares(shares, ruleShares(amount, names, whole))).toBe(true);
    }
  });
});

describe('Tie order in numbers (numericTieOrder) against tieOrder', () => {
  it('the same order: equal weights by name place, sorted claims, and the comparator fallback', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((n) =>
          fc.tuple(
            fc.oneof(
              fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
              fc.integer({ min: 0, max: 9 }).map((w) => Array.from({ length: n }, () => w)),
              fc.array(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), {
                minLength: n,
                maxLength: n,
              }),
            ),
            // Name places as a participant list has them: distinct, with gaps (others' places).
            fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: n, maxLength: n }),
          ),
        ),
        ([weights, places]) => {
          const values = Float64Array.from(weights);
          const byName = Int32Array.from(places);
          const expected = tieOrder(
            values.length,
            (a, b) => (weights[b] ?? 0) - (weights[a] ?? 0),
            byName,
          );
          return numericTieOrder(values, byName).join() === expected.join();
        },
      ),
      RUNS,
    );
  });
});

/** A municipality for the weight routes: counts, a whole custom column and a decimal one. */
const municipalityArb = (i: number): fc.Arbitrary<Municipality> =>
  fc
    .record({
      population: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 900_000 })),
      pcs: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 4 })),
      whole: fc.integer({ min: 0, max: 50_000 }),
      decimal: fc.integer({ min: 0, max: 99_999 }),
    })
    .map(({ population, pcs, whole, decimal }) => ({
      name: `M${(i * 7) % 11} ${i}`,
      population,
      pcs,
      budget: null,
      customKeys: new Map([
        ['Elever', rational(BigInt(whole))],
        ['Areal', rational(BigInt(decimal), 100n)],
      ]),
      cell: `Municipalities!A${i + 2}`,
      cells: {},
    }));

const singleArb: fc.Arbitrary<SingleKey> = fc.oneof(
  fc.constantFrom<SingleKey>(
    { kind: 'population' },
    { kind: 'pcs' },
    { kind: 'equal' },
    { kind: 'custom', column: 'Elever' },
    { kind: 'custom', column: 'Areal' },
  ),
  fc
    .tuple(
      fc.constantFrom<'population' | 'pcs'>('population', 'pcs'),
      fc.integer({ min: 0, max: 400_000 }),
      fc.integer({ min: 0, max: 100 }),
    )
    .map(([base, threshold, percent]) => ({
      kind: 'taper' as const,
      base: { kind: base },
      threshold: rational(BigInt(threshold)),
      rate: rational(BigInt(percent), 100n),
    })),
);

/** A single key or a mix of 2–3 terms (some of 0 %) whose percentages add up to 100. */
const keyArb = (single: fc.Arbitrary<SingleKey>): fc.Arbitrary<KeyExpression> =>
  mixArb(single, 1, 3, 'key');

const municipalitiesArb = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => municipalityArb(i))));

/** Participants as places in `Municipalities`, in order. */
const positionsOf = (count: number, chosen: readonly boolean[]): Int32Array =>
  Int32Array.from(
    Array.from({ length: count }, (_, i) => i).filter((i) => chosen[i % chosen.length]),
  );

const placesOf = (municipalities: readonly Municipality[], positions: Int32Array): Municipality[] =>
  Array.from(positions).flatMap((i) => municipalities.slice(i, i + 1));

/** W_i · ΣE = E_i · ΣW: the same weights up to a common factor (all a split sees). */
function proportional(route: ArrayLike<number>, exact: readonly bigint[]): boolean {
  const w = Array.from(route, (x) => BigInt(x));
  const sumW = w.reduce((a, b) => a + b, 0n);
  const sumE = exact.reduce((a, b) => a + b, 0n);
  return w.length === exact.length && w.every((x, i) => x * sumE === (exact[i] ?? 0n) * sumW);
}

describe('Weights in numbers (numericKeyWeights) against exactWeights', () => {
  it('proportional weights, unsplittable exactly when the rule says so (or inexact: the exact route then)', () => {
    let numeric = 0;
    fc.assert(
      fc.property(
        municipalitiesArb,
        keyArb(singleArb),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
        (municipalities, key, chosen) => {
          const positions = positionsOf(municipalities.length, chosen);
          const participants = placesOf(municipalities, positions);
          const columnOf = (single: SingleKey) => wholeColumn(single, municipalities);
          const route = numericKeyWeights(key, positions, columnOf);
          const exact = exactWeights(key, participants, new Map());
          if (route === 'unsplittable') return exact === null;
          if (route === 'inexact') return true;
          numeric += 1;
          return exact !== null && proportional(route, exact.whole);
        },
      ),
      RUNS,
    );
    expect(numeric).toBeGreaterThan(300);
  });
});

/**
 * Municipalities for the key columns: counts of a few values (ties, and columns all the same),
 * populations, and counts so large that a·u or a mix's ΣW leaves the safe integers (the general
 * way then).
 */
const columnMunicipalitiesArb = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc
    .tuple(
      fc.tuple(...Array.from({ length: n }, (_, i) => municipalityArb(i))),
      fc.constantFrom<'few' | 'same' | 'population' | 'huge'>(
        'few',
        'same',
        'population',
        'population',
        'huge',
      ),
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 0, max: 2 ** 44 }), { minLength: n, maxLength: n }),
    )
    .map(([municipalities, shape, few, huge]) =>
      municipalities.map((m, i) => {
        const population =
          shape === 'few'
            ? (few[i] ?? 0)
            : shape === 'same'
              ? 7
              : shape === 'huge'
                ? (huge[i] ?? 0)
                : m.population;
        return { ...m, population };
      }),
    ),
);

describe("The comparison's re-split from key columns (columnResplit) against the rule", () => {
  it('the rule’s shares for every key of whole columns and their mixes, over any participants', () => {
    let split = 0;
    let mixed = 0;
    let general = 0;
    fc.assert(
      fc.property(
        columnMunicipalitiesArb,
        fc.array(fc.tuple(keyArb(singleArb), fc.boolean()), { minLength: 1, maxLength: 4 }),
        // Three lines through one re-splitter: its arrays are reused from key to key and line to
        // line, and shares add up in the same arrays, as sums do.
        fc.array(
          fc.tuple(
            fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
            fc.oneof(
              { arbitrary: fc.bigInt({ min: 0n, max: 10_000n }), weight: 3 },
              { arbitrary: fc.bigInt({ min: 0n, max: 10n ** 9n }), weight: 3 },
              { arbitrary: fc.bigInt({ min: 2n ** 40n, max: 2n ** 55n }), weight: 1 },
            ),
          ),
          { minLength: 3, maxLength: 3 },
        ),
        (municipalities, picked, lines) => {
          const keys = picked.map(([key]) => key);
          const wanted = picked.map(([, want]) => want);
          const resplit = columnResplit(municipalities, keys);
          const into = keys.map(() => new Float64Array(municipalities.length));
          const expected = keys.map(() => new Array<bigint>(municipalities.length).fill(0n));
          const outcomes = keys.map((): ResplitOutcome => 'general');
          const right = lines.every(([chosen, amount]) => {
            const positions = positionsOf(municipalities.length, chosen);
            const participants = placesOf(municipalities, positions);
            const names = participants.map((m) => m.name);
            outcomes.fill('general');
            resplit({ amount, positions }, wanted, into, outcomes);
            return keys.every((key, k) => {
              const outcome = outcomes[k];
              const exact = exactWeights(key, participants, new Map());
              if (!wanted[k] || outcome === 'general') {
                if (wanted[k]) general += 1;
                return true;
              }
              if (outcome === 'unsplittable') return exact === null;
              if (exact === null) return false;
              split += 1;
              if (key.terms.filter((term) => term.fraction.num > 0n).length > 1) mixed += 1;
              ruleShares(amount, names, exact.whole).forEach((share, p) => {
                const place = positions[p] ?? 0;
                const sums = expected[k];
                if (sums) sums[place] = (sums[place] ?? 0n) + share;
              });
              return true;
            });
          });
          // Nothing added for a key that did not split: every place as the rule's sums say.
          return right && into.every((sums, k) => sameShares(sums, expected[k] ?? []));
        },
      ),
      RUNS,
    );
    // Each route must have been taken often, or the test proves less than it says.
    expect(split).toBeGreaterThan(1000);
    expect(mixed).toBeGreaterThan(400);
    expect(general).toBeGreaterThan(500);
  });
});

/** Every key production may meet in a cost row: tapers, decimal columns, stand-alone mixes. */
const anyKeyArb = keyArb(fc.oneof(singleArb, fc.constant<SingleKey>({ kind: 'standalone' })));

describe('The whole allocation, as production routes it, against the rule', () => {
  it('every line’s shares are the rule’s shares of the rule’s weights', () => {
    let bigMix = 0;
    fc.assert(
      fc.property(
        municipalitiesArb,
        fc.array(
          fc.record({
            key: anyKeyArb,
            amount: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 2e9 })),
            chosen: fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.array(fc.integer({ min: 1, max: 10 ** 9 }), { minLength: 12, maxLength: 12 }),
        (municipalities, costs, standAlone) => {
          const builder = workbook();
          for (const m of municipalities) {
            builder.municipality(m.name, {
              population: m.population,
              pcs: m.pcs,
              custom: Object.fromEntries(m.customKeys),
            });
          }
          costs.forEach((cost, c) => {
            const positions = positionsOf(municipalities.length, cost.chosen);
            const participants = placesOf(municipalities, positions).map((m) => m.name);
            builder.cost(`Item ${c}`, rational(BigInt(cost.amount), 100n), {
              key: cost.key,
              participants,
            });
            municipalities.forEach((m, i) =>
              builder.standAloneCost(
                `Item ${c}`,
                m.name,
                rational(BigInt(standAlone[i] ?? 1), 100n),
              ),
            );
          });
          const wb = builder.build();
          const { lines } = allocateAll(wb, new Map());
          return lines.every((line) => {
            const cost = wb.costs.find((c) => c.item === line.item);
            if (!cost) return false;
            const participants = wb.municipalities.filter((m) =>
              line.participants.includes(m.name),
            );
            const exact = exactWeights(
              cost.key,
              participants,
              new Map(
                wb.standAlone
                  .filter((row) => row.item === line.item)
                  .map((row): [string, Rational] => [row.municipality, row.cost]),
              ),
            );
            if (exact === null) return false;
            if (line.weights.numbers === null) bigMix += 1;
            const names = participants.map((m) => m.name);
            const expected = ruleShares(line.amount, names, exact.whole);
            // `units`, the same shares in participants order, agree with the map.
            return names.every(
              (name, i) =>
                line.shares.get(name) === expected[i] &&
                (line.units === null || BigInt(line.units[i] ?? -1) === expected[i]),
            );
          });
        },
      ),
      { numRuns: 1000 },
    );
    // The exact BigInt route must have been taken, not only the number route.
    expect(bigMix).toBeGreaterThan(100);
  });
});
