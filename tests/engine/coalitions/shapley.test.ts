/**
 * The Shapley key and the cheapest-split completion (contract v1.1 §12), each property on 1,000
 * random games, against references written from the definitions (see reference.ts).
 */
import fc from 'fast-check';
import { allocateAll } from '../../../src/engine/allocate';
import { coalitionCost, priceGame } from '../../../src/engine/coalitions/completion';
import type { CoalitionGame } from '../../../src/engine/coalitions/game';
import { shapleyValues } from '../../../src/engine/coalitions/shapley';
import type { CoalitionCost, KeyExpression, ParsedWorkbook } from '../../../src/engine/model';
import {
  compare,
  div,
  mul,
  ONE,
  rational,
  sub,
  sum,
  ZERO,
  type Rational,
} from '../../../src/engine/rational';
import { workbook } from '../allocate/workbookBuilder';
import { keyOf, referenceCost, referenceShapley } from './reference';

const RUNS = { numRuns: 1000 };
const HUNDRED = rational(100n);
const SHAPLEY: KeyExpression = {
  terms: [{ fraction: ONE, key: { kind: 'shapley' } }],
  text: 'shapley',
};

/** Money in øre up to 10,000 kr, as kroner. */
const moneyArb = fc.bigInt({ min: 0n, max: 1_000_000n }).map((ore) => rational(ore, 100n));

/** The members (indices) of a bitmask. */
const membersOf = (mask: number, n: number): number[] =>
  Array.from({ length: n }, (_, i) => i).filter((i) => (mask & (1 << i)) !== 0);

/** A game of 1–5 members: every singleton priced, each larger coalition (not N) perhaps. */
const gameArb: fc.Arbitrary<{ game: CoalitionGame; amount: Rational }> = fc
  .integer({ min: 1, max: 5 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      alone: fc.array(moneyArb, { minLength: n, maxLength: n }),
      larger: fc.array(fc.option(moneyArb, { freq: 2 }), {
        minLength: 2 ** n,
        maxLength: 2 ** n,
      }),
      amount: moneyArb,
    }),
  )
  .map(({ n, alone, larger, amount }) => {
    const full = 2 ** n - 1;
    const given = larger.flatMap((cost, mask) => {
      const members = membersOf(mask, n);
      return cost === null || members.length < 2 || mask === full
        ? []
        : [{ members, cost, cell: `CoalitionCosts!B${mask + 2}` }];
    });
    const members = Array.from({ length: n }, (_, i) => `M${i}`);
    return { game: { item: 'X', members, alone, given }, amount };
  });

/** The given coalitions of a game by key, singletons included. */
function givenMap(game: CoalitionGame): Map<string, Rational> {
  const map = new Map<string, Rational>(game.alone.map((c, i) => [keyOf([i]), c]));
  for (const g of game.given) map.set(keyOf(g.members), g.cost);
  return map;
}

/** A workbook of the game's members (population 1 each) and one `shapley` cost X. */
function shapleyWorkbook(game: CoalitionGame, amount: Rational): ParsedWorkbook {
  const builder = workbook();
  game.members.forEach((name) => builder.municipality(name, { population: 1 }));
  builder.cost('X', amount, { key: SHAPLEY });
  const rows: CoalitionCost[] = [
    ...game.alone.map((cost, i) => ({
      item: 'X',
      coalition: [game.members[i] ?? ''],
      cost,
      cell: `CoalitionCosts!B${i + 2}`,
    })),
    ...game.given.map((g) => ({
      item: 'X',
      coalition: g.members.map((i) => game.members[i] ?? ''),
      cost: g.cost,
      cell: g.cell,
    })),
  ];
  return { ...builder.build(), coalitionCosts: rows };
}

/** The shares of X in øre, in member order; null when the allocation reported a problem. */
function sharesOf(wb: ParsedWorkbook): bigint[] | null {
  const { lines, problems } = allocateAll(wb, new Map());
  const line = lines[0];
  if (problems.length > 0 || !line) return null;
  return wb.municipalities.map((m) => line.shares.get(m.name) ?? 0n);
}

/**
 * The problem a split by φ must report when it cannot split: SHAPLEY_NEGATIVE when some φ_i < 0,
 * else ZERO_WEIGHTS when every φ_i is 0 (an amount of 0 among members who cost nothing).
 */
function refusedRightly(wb: ParsedWorkbook, phi: readonly Rational[]): boolean {
  const codes = allocateAll(wb, new Map()).problems.map((p) => p.code);
  if (phi.some((p) => p.num < 0n))
    return codes.length > 0 && codes.every((c) => c === 'SHAPLEY_NEGATIVE');
  return phi.every((p) => p.num === 0n) && codes.join() === 'ZERO_WEIGHTS';
}

const ore = (kroner: Rational): Rational => mul(kroner, HUNDRED);

describe('Contract v1.1 §12: the cheapest-split completion', () => {
  it('prices every coalition as given, else its cheapest partition into given ones (brute force)', () => {
    fc.assert(
      fc.property(gameArb, ({ game }) => {
        const priced = priceGame(game);
        const given = givenMap(game);
        const n = game.members.length;
        for (let mask = 1; mask < 2 ** n; mask++) {
          const members = membersOf(mask, n);
          const expected = referenceCost(members, given);
          const found = rational(coalitionCost(priced, members), priced.scale);
          if (expected === null || compare(found, expected) !== 0) return false;
        }
        return true;
      }),
      RUNS,
    );
  });

  it('keeps a given coalition at its own cost even when a split of it is cheaper', () => {
    const game: CoalitionGame = {
      item: 'X',
      members: ['A', 'B', 'C'],
      alone: [rational(10n), rational(10n), rational(10n)],
      given: [{ members: [0, 1], cost: rational(50n), cell: 'C!B5' }],
    };
    const priced = priceGame(game);
    expect(rational(coalitionCost(priced, [0, 1]), priced.scale)).toEqual(rational(50n));
    // {A, B, C} is not given: its cheapest split is three singletons, not {A, B} + {C}.
    expect(rational(coalitionCost(priced, [0, 1, 2]), priced.scale)).toEqual(rational(30n));
  });
});

describe('Contract v1.1 §12: the Shapley key', () => {
  it('equals the average added cost over every order of joining (brute force)', () => {
    fc.assert(
      fc.property(gameArb, ({ game, amount }) => {
        const given = givenMap(game);
        const n = game.members.length;
        const cost = (members: readonly number[]): Rational =>
          members.length === n ? amount : (referenceCost(members, given) ?? ZERO);
        const expected = referenceShapley(n, cost);
        const found = shapleyValues(game, amount);
        return found.every((phi, i) => compare(phi, expected[i] ?? ZERO) === 0);
      }),
      RUNS,
    );
  });

  it('splits the amount exactly: shares add up to it and each is φ_i to the unit, or φ_i < 0 is an error', () => {
    fc.assert(
      fc.property(gameArb, ({ game, amount }) => {
        const phi = shapleyValues(game, amount);
        const wb = shapleyWorkbook(game, amount);
        const shares = sharesOf(wb);
        if (shares === null) return refusedRightly(wb, phi);
        const total = shares.reduce((a, b) => a + b, 0n);
        if (compare(rational(total), ore(amount)) !== 0) return false;
        return shares.every((share, i) => {
          const gap = sub(rational(share), ore(phi[i] ?? ZERO));
          return compare(gap, rational(-1n)) > 0 && compare(gap, ONE) < 0;
        });
      }),
      RUNS,
    );
  });

  it('charges symmetric members the same φ (and shares at most one øre apart)', () => {
    // Every coalition given, its cost the same whether it holds member 0 or member 1.
    const symmetricArb = fc.integer({ min: 2, max: 5 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        costs: fc.array(moneyArb, { minLength: 2 ** n, maxLength: 2 ** n }),
        amount: moneyArb,
      }),
    );
    fc.assert(
      fc.property(symmetricArb, ({ n, costs, amount }) => {
        const swap = (mask: number): number => (mask & ~3) | ((mask & 1) << 1) | ((mask & 2) >> 1);
        const costOf = (mask: number): Rational => costs[Math.min(mask, swap(mask))] ?? ZERO;
        const full = 2 ** n - 1;
        const game: CoalitionGame = {
          item: 'X',
          members: Array.from({ length: n }, (_, i) => `M${i}`),
          alone: Array.from({ length: n }, (_, i) => costOf(1 << i)),
          given: Array.from({ length: full - 1 }, (_, k) => k + 1)
            .filter((mask) => membersOf(mask, n).length > 1)
            .map((mask) => ({ members: membersOf(mask, n), cost: costOf(mask), cell: 'C!B2' })),
        };
        const phi = shapleyValues(game, amount);
        if (compare(phi[0] ?? ZERO, phi[1] ?? ZERO) !== 0) return false;
        const wb = shapleyWorkbook(game, amount);
        const shares = sharesOf(wb);
        if (shares === null) return refusedRightly(wb, phi);
        const gap = (shares[0] ?? 0n) - (shares[1] ?? 0n);
        return gap >= -1n && gap <= 1n;
      }),
      RUNS,
    );
  });

  it('charges a member who adds no cost nothing', () => {
    // The last member is a null player: c(S ∪ {i}) = c(S) for every S, c({i}) = c(∅) = 0.
    const nullArb = fc.integer({ min: 1, max: 4 }).chain((others) =>
      fc.record({
        others: fc.constant(others),
        costs: fc.array(moneyArb, { minLength: 2 ** others, maxLength: 2 ** others }),
      }),
    );
    fc.assert(
      fc.property(nullArb, ({ others, costs }) => {
        const n = others + 1;
        const base = (mask: number): Rational => (mask === 0 ? ZERO : (costs[mask] ?? ZERO));
        const costOf = (mask: number): Rational => base(mask & ((1 << others) - 1));
        const full = 2 ** n - 1;
        const game: CoalitionGame = {
          item: 'X',
          members: Array.from({ length: n }, (_, i) => `M${i}`),
          alone: Array.from({ length: n }, (_, i) => costOf(1 << i)),
          given: Array.from({ length: full - 1 }, (_, k) => k + 1)
            .filter((mask) => membersOf(mask, n).length > 1)
            .map((mask) => ({ members: membersOf(mask, n), cost: costOf(mask), cell: 'C!B2' })),
        };
        const amount = costOf(full);
        const phi = shapleyValues(game, amount);
        if ((phi[others] ?? ONE).num !== 0n) return false;
        const wb = shapleyWorkbook(game, amount);
        const shares = sharesOf(wb);
        return shares === null ? refusedRightly(wb, phi) : shares[others] === 0n;
      }),
      RUNS,
    );
  });

  it('of an additive game (only stand-alone costs given) equals the stand-alone costs', () => {
    fc.assert(
      fc.property(fc.array(moneyArb, { minLength: 1, maxLength: 8 }), (alone) => {
        const members = alone.map((_, i) => `M${i}`);
        const game: CoalitionGame = { item: 'X', members, alone, given: [] };
        const amount = sum(alone);
        const phi = shapleyValues(game, amount);
        if (!phi.every((p, i) => compare(p, alone[i] ?? ZERO) === 0)) return false;
        const wb = shapleyWorkbook(game, amount);
        const shares = sharesOf(wb);
        // A game whose every cost is 0 cannot be split (ZERO_WEIGHTS), like any key of all 0.
        if (shares === null) return amount.num === 0n && refusedRightly(wb, phi);
        return shares.every((s, i) => compare(rational(s), ore(alone[i] ?? ZERO)) === 0);
      }),
      RUNS,
    );
  });

  it('splits the Dalsland-style example exactly: 500/400/300 alone, A+B 700, B+C 600, all 900', () => {
    const game: CoalitionGame = {
      item: 'X',
      members: ['A', 'B', 'C'],
      alone: [rational(500n), rational(400n), rational(300n)],
      given: [
        { members: [0, 1], cost: rational(700n), cell: 'C!B5' },
        { members: [1, 2], cost: rational(600n), cell: 'C!B6' },
      ],
    };
    // A+C is not given: 500 + 300. By hand: φ_A = 500/3 + 300/6 + 500/6 + 300/3 = 400.
    expect(shapleyValues(game, rational(900n))).toEqual([
      rational(400n),
      rational(250n),
      rational(250n),
    ]);
    expect(div(sum(shapleyValues(game, rational(900n))), ONE)).toEqual(rational(900n));
  });
});
