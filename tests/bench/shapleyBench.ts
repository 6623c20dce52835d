/**
 * Shapley at n = 12 (contract v1.1 §12; the target: ≤ 50 ms with all 4,095 coalitions
 * given): one item's exact Shapley values on a seeded game, median of repeated runs, with every
 * coalition given and with one in three given (then the cheapest-split completion runs too).
 * `npx tsx tests/bench/shapleyBench.ts` prints the figures; `shapleyFigures` is for the bench.
 */
import type { CoalitionGame, GivenCoalition } from '../../src/engine/coalitions/game';
import { shapleyValues } from '../../src/engine/coalitions/shapley';
import { rational } from '../../src/engine/rational';
import { seededRandom } from './prng';
import { time } from './timing';

const N = 12;

/** A game of 12 municipalities: stand-alone costs 0.3–3 M in øre, coalitions 60–100 % of theirs. */
function game(share: number, seed: number): CoalitionGame {
  const random = seededRandom(seed);
  const members = Array.from({ length: N }, (_, i) => `Kommune ${i + 1}`);
  const alone = members.map(() => random.int(300_000_00, 3_000_000_00));
  const given: GivenCoalition[] = [];
  for (let mask = 1; mask < 1 << N; mask++) {
    const inside = alone.flatMap((_, i) => ((mask & (1 << i)) !== 0 ? [i] : []));
    if (inside.length < 2 || !random.chance(share)) continue;
    const separate = inside.reduce((acc, i) => acc + (alone[i] ?? 0), 0);
    const cost = BigInt(Math.round(separate * random.between(0.6, 1)));
    given.push({ members: inside, cost: rational(cost, 100n), cell: 'CoalitionCosts!B2' });
  }
  return {
    item: 'Ekonomisystem',
    members,
    alone: alone.map((c) => rational(BigInt(c), 100n)),
    given,
  };
}

export interface ShapleyFigures {
  /** Median milliseconds for one item, every coalition given. */
  readonly allGiven: number;
  /** The same with one coalition in three given (the completion fills in the rest). */
  readonly thirdGiven: number;
}

export function shapleyFigures(runs = 20): ShapleyFigures {
  const amount = rational(5_000_000_00n, 100n);
  const figure = (share: number): number => {
    const g = game(share, 12);
    shapleyValues(g, amount); // warm up
    return time(() => shapleyValues(g, amount), runs).median;
  };
  return { allGiven: figure(1), thirdGiven: figure(1 / 3) };
}

if (require.main === module) {
  const { allGiven, thirdGiven } = shapleyFigures();
  console.log(
    `Shapley, n = 12, all 4,095 coalitions given: ${allGiven.toFixed(1)} ms (target ≤ 50)`,
  );
  console.log(`Shapley, n = 12, one coalition in three given: ${thirdGiven.toFixed(1)} ms`);
}
