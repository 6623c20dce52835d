/**
 * The cost of every coalition of a game (contract v1.1 §12): a coalition the CoalitionCosts table
 * gives costs what it says; any other costs its cheapest split into given coalitions,
 * c(S) = min(given(S), min over T ⊂ S, T ∋ the first member of S, of c(T) + c(S ∖ T)). Exact: every
 * cost is brought to a whole number over one common denominator.
 *
 * Only the members named in coalitions of two or more (the support, at most 12) can be grouped;
 * everyone else is alone in every split, so c(S) = Σ c({i}) over S outside the support + the
 * cheapest split of the rest, and the recursion runs over the support's subsets only.
 */
import { commonDenominator, type Rational } from '../rational';
import type { CoalitionGame } from './game';

export interface PricedGame {
  readonly game: CoalitionGame;
  /** D: every cost below is the cost × D, a whole number. */
  readonly scale: bigint;
  /** c({i}) × D of each member. */
  readonly alone: readonly bigint[];
  /** Each member's bit in a support mask, −1 outside the support. */
  readonly bitOf: Int32Array;
  /** Given coalitions of two or more by support mask, × D. */
  readonly given: ReadonlyMap<number, bigint>;
  /**
   * The cheapest split of each subset of the support into given coalitions, × D: worked out when
   * first asked for (a game that gives every coalition never needs it).
   */
  readonly cheapest: () => readonly bigint[];
}

/** Costs as whole numbers over `scale`; nearly every cost has the same denominator (øre). */
function wholeOver(scale: bigint): (value: Rational) => bigint {
  const factors = new Map<bigint, bigint>();
  return (value) => {
    let factor = factors.get(value.den);
    if (factor === undefined) {
      factor = scale / value.den;
      factors.set(value.den, factor);
    }
    return value.num * factor;
  };
}

/**
 * The game with every cost × D, and the cheapest split of every subset of its support.
 * `extra`: further amounts the caller will compare on the same scale (a line's amount).
 */
export function priceGame(game: CoalitionGame, extra: readonly Rational[] = []): PricedGame {
  const scale = commonDenominator([...game.alone, ...game.given.map((g) => g.cost), ...extra]);
  const whole = wholeOver(scale);
  const alone = game.alone.map(whole);
  const inSupport = new Uint8Array(game.members.length);
  for (const g of game.given)
    if (g.members.length > 1) g.members.forEach((i) => (inSupport[i] = 1));
  // Support bits in member order, so a mask's lowest bit is its first member.
  const bitOf = new Int32Array(game.members.length).fill(-1);
  let next = 0;
  inSupport.forEach((flag, i) => {
    if (flag === 1) bitOf[i] = next++;
  });
  const given = new Map<number, bigint>();
  for (const g of game.given) {
    if (g.members.length < 2) continue;
    given.set(
      g.members.reduce((mask, i) => mask | (1 << (bitOf[i] ?? 0)), 0),
      whole(g.cost),
    );
  }
  let cheapest: bigint[] | null = null;
  const split = (): bigint[] => {
    const start = new Array<bigint | null>(1 << next).fill(null);
    bitOf.forEach((b, i) => {
      if (b !== -1) start[1 << b] = alone[i] ?? 0n;
    });
    for (const [mask, cost] of given) start[mask] = cost;
    return cheapestSplits(start);
  };
  return { game, scale, alone, bitOf, given, cheapest: () => (cheapest ??= split()) };
}

/**
 * c(S) × D of a coalition S (member indices, not empty): its given cost when the table gives it,
 * else its cheapest split.
 */
export function coalitionCost(priced: PricedGame, members: Iterable<number>): bigint {
  let mask = 0;
  let outside = 0n;
  let count = 0;
  let inside = true;
  let single = 0n;
  for (const i of members) {
    count++;
    single = priced.alone[i] ?? 0n;
    const b = priced.bitOf[i] ?? -1;
    if (b === -1) {
      outside += single;
      inside = false;
    } else mask |= 1 << b;
  }
  if (count === 1) return single;
  // Only a coalition wholly inside the support can be a given one.
  const given = inside ? priced.given.get(mask) : undefined;
  return given ?? outside + (priced.cheapest()[mask] ?? 0n);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The recursion over bitmasks: `start[S]` is the given cost of S (null when not given; every
 * singleton is given), the result the cheapest split of each S. A subset T containing S's lowest
 * bit and its rest S ∖ T are both below S, so one pass in increasing order sees them done: about
 * 3^k / 2 pairs for k bits (265,720 for 12). In JS numbers when every sum of two results stays a
 * safe integer (each result is at most the sum of the singletons), else in BigInt.
 */
function cheapestSplits(start: readonly (bigint | null)[]): bigint[] {
  let singles = 0n;
  let largest = 0n;
  for (let b = 1; b < start.length; b <<= 1) singles += start[b] ?? 0n;
  for (const c of start) if (c !== null && c > largest) largest = c;
  if (2n * singles <= MAX_SAFE && largest <= MAX_SAFE) {
    const best = cheapestWithNumbers(
      Float64Array.from(start, (c) => (c === null ? Infinity : Number(c))),
    );
    return Array.from(best, (c) => BigInt(c));
  }
  return cheapestWithBigInt(start);
}

function cheapestWithNumbers(start: Float64Array): Float64Array {
  const best = new Float64Array(start.length);
  for (let s = 1; s < start.length; s++) {
    const low = s & -s;
    const rest = s ^ low;
    let cheapest = start[s] ?? Infinity;
    // Every proper subset of the rest, with the lowest bit: every T ∋ first member, T ≠ S.
    if (rest !== 0) {
      for (let sub = (rest - 1) & rest; ; sub = (sub - 1) & rest) {
        const t = low | sub;
        const split = (best[t] ?? 0) + (best[s ^ t] ?? 0);
        if (split < cheapest) cheapest = split;
        if (sub === 0) break;
      }
    }
    best[s] = cheapest;
  }
  return best;
}

function cheapestWithBigInt(start: readonly (bigint | null)[]): bigint[] {
  const best = new Array<bigint>(start.length).fill(0n);
  for (let s = 1; s < start.length; s++) {
    const low = s & -s;
    const rest = s ^ low;
    let cheapest = start[s] ?? null;
    if (rest !== 0) {
      for (let sub = (rest - 1) & rest; ; sub = (sub - 1) & rest) {
        const t = low | sub;
        const split = (best[t] ?? 0n) + (best[s ^ t] ?? 0n);
        if (cheapest === null || split < cheapest) cheapest = split;
        if (sub === 0) break;
      }
    }
    best[s] = cheapest ?? 0n;
  }
  return best;
}
