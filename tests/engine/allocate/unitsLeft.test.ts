/**
 * The one way the fast routes give out the units left (unitsLeft.ts: the cut-off bucket, its
 * claims in claim order, equal weights' first names) against the rule itself (rule.ts
 * splitByRule), unit for unit: long ties in the cut-off bucket (more than the insertion sort's 16),
 * BigInt remainders beyond 2^53, and equal weights among a line's participants (found in name
 * order by integerWeights.ts inNameOrder, as the key columns find them).
 */
import fc from 'fast-check';
import { inNameOrder, integerWeights, ranksAt } from '../../../src/engine/allocate/integerWeights';
import {
  floorsAndRemainders,
  nameRanks,
  ranksOf,
  splitByRule,
  tieOrder,
} from '../../../src/engine/allocate/rule';
import { SPLIT_ROUTES, splitScratch } from '../../../src/engine/allocate/split';
import {
  cutOff,
  giveInNameOrder,
  orderClaims,
  type ClaimOrder,
} from '../../../src/engine/allocate/unitsLeft';

const RUNS = { numRuns: 1200 };

const compareBigInt = (a: bigint, b: bigint): number => (a === b ? 0 : a < b ? -1 : 1);

const sumOf = (values: readonly bigint[]): bigint => values.reduce((a, b) => a + b, 0n);

/** Unique names, some with spaces around them or beyond the BMP, out of code-point order. */
const namesArb = (n: number): fc.Arbitrary<string[]> =>
  fc.uniqueArray(
    fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(' Ål', 'Os ', 'os', '\u{1F600}', 'Ä')),
    { minLength: n, maxLength: n, selector: (s) => s.trim() },
  );

/** Each participant's place in the rule's tie order of `whole` (larger weight, then name). */
const tieRanks = (names: readonly string[], whole: readonly bigint[]): Int32Array =>
  ranksOf(
    tieOrder(
      whole.length,
      (a, b) => compareBigInt(whole[b] ?? 0n, whole[a] ?? 0n),
      nameRanks(names),
    ),
  );

/**
 * Shares as a fast route makes them, in BigInt: the rule's floors, remainders bucketed by
 * ⌊r·n/ΣW⌋ (or all in one bucket: `oneBucket`), then {@link cutOff} and {@link orderClaims}.
 * `longest`: how many claims the cut-off bucket held.
 */
function sharesByBuckets(
  amount: bigint,
  whole: readonly bigint[],
  ranks: Int32Array,
  oneBucket: boolean,
): { readonly shares: bigint[]; readonly longest: number } {
  const n = whole.length;
  const total = sumOf(whole);
  const { floors, remainders, left } = floorsAndRemainders(amount, whole, total);
  const shares = [...floors];
  if (left === 0) return { shares, longest: 0 };
  const bucketOf = remainders.map((r) => (oneBucket ? 0 : Number((r * BigInt(n)) / total)));
  const counts = new Int32Array(n);
  for (const b of bucketOf) counts[b] = (counts[b] ?? 0) + 1;
  const { cut, above } = cutOff(counts, n, left);
  const members = new Int32Array(n);
  let m = 0;
  bucketOf.forEach((b, i) => {
    if (b > cut) shares[i] = (shares[i] ?? 0n) + 1n;
    else if (b === cut) members[m++] = i;
  });
  const order: ClaimOrder = {
    byRemainder: (x, y) => compareBigInt(remainders[y] ?? 0n, remainders[x] ?? 0n),
    byTie: (x, y) => (ranks[x] ?? 0) - (ranks[y] ?? 0),
  };
  const need = left - above;
  orderClaims(members, m, need, order);
  for (let k = 0; k < need; k++) {
    const i = members[k] ?? 0;
    shares[i] = (shares[i] ?? 0n) + 1n;
  }
  return { shares, longest: m };
}

/** Weights of few values (long ties), populations, and beyond 2^53 (BigInt remainders). */
const wholeArb = (n: number): fc.Arbitrary<bigint[]> =>
  fc.oneof(
    fc.array(fc.bigInt({ min: 0n, max: 3n }), { minLength: n, maxLength: n }),
    fc.array(fc.bigInt({ min: 0n, max: 900_000n }), { minLength: n, maxLength: n }),
    fc.array(fc.bigInt({ min: 0n, max: 10n ** 19n }), { minLength: n, maxLength: n }),
  );

describe('Units left (unitsLeft.ts) against splitByRule', () => {
  it('the cut-off bucket’s claims in claim order: the rule’s shares, long ties and BigInt remainders too', () => {
    let long = 0;
    let huge = 0;
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 60 })
          .chain((n) =>
            fc.tuple(
              fc.oneof(
                fc.bigInt({ min: 0n, max: 10n ** 6n }),
                fc.bigInt({ min: 0n, max: 10n ** 20n }),
              ),
              namesArb(n),
              wholeArb(n),
              fc.boolean(),
            ),
          )
          .filter(([, names, whole]) => names.length === whole.length && whole.some((w) => w > 0n)),
        ([amount, names, whole, oneBucket]) => {
          const ranks = tieRanks(names, whole);
          const expected = splitByRule(amount, whole, sumOf(whole), () => ranks);
          const { shares, longest } = sharesByBuckets(amount, whole, ranks, oneBucket);
          if (longest > 16) long += 1;
          if (sumOf(whole) * amount > 2n ** 53n) huge += 1;
          return shares.every((share, i) => share === expected[i]);
        },
      ),
      RUNS,
    );
    // Both ways of ordering the bucket, and remainders no JS number holds, must have been met.
    expect(long).toBeGreaterThan(200);
    expect(huge).toBeGreaterThan(200);
  });

  it('through every split route: long ties of few-valued weights, in JS numbers and in BigInt', () => {
    const scratch = splitScratch();
    const long = SPLIT_ROUTES.map(() => 0);
    fc.assert(
      fc.property(
        fc
          .integer({ min: 17, max: 60 })
          .chain((n) =>
            fc.tuple(
              // Amounts beyond 2^53 only the BigInt route splits.
              fc.oneof(
                fc.bigInt({ min: 0n, max: 10n ** 7n }),
                fc.bigInt({ min: 2n ** 53n, max: 10n ** 20n }),
              ),
              namesArb(n),
              fc.array(fc.bigInt({ min: 1n, max: 3n }), { minLength: n, maxLength: n }),
            ),
          )
          .filter(([, names, whole]) => names.length === whole.length),
        ([amount, names, whole]) => {
          const ranks = tieRanks(names, whole);
          const expected = splitByRule(amount, whole, sumOf(whole), () => ranks);
          const prepared = integerWeights(names, whole);
          if (!prepared) return false;
          const { longest } = sharesByBuckets(amount, whole, ranks, false);
          return SPLIT_ROUTES.every((route, r) => {
            const shares = route.split(amount, prepared, scratch);
            if (shares === null) return true;
            if (longest > 16) long[r] = (long[r] ?? 0) + 1;
            return expected.every((share, i) => BigInt(shares[i] ?? -1) === share);
          });
        },
      ),
      RUNS,
    );
    // Each route must have met cut-off buckets longer than the insertion sort's.
    for (const count of long) expect(count).toBeGreaterThan(100);
  });

  it('equal weights: the first names among the participants take the units, as the rule gives them', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 40 })
          .chain((count) =>
            fc.tuple(
              namesArb(count),
              fc.array(fc.boolean(), { minLength: count, maxLength: count }),
              fc.bigInt({ min: 0n, max: 10n ** 6n }),
              fc.bigInt({ min: 1n, max: 5n }),
            ),
          ),
        ([names, chosen, amount, weight]) => {
          // Everyone, or some of the municipalities (found by their places in name order).
          const everyone = chosen.every(Boolean);
          const positions = names.flatMap((_, i) => (chosen[i] ? [i] : []));
          if (positions.length === 0) return true;
          const participants = positions.map((i) => names[i] ?? '');
          const whole = participants.map(() => weight);
          const n = BigInt(positions.length);
          const expected = splitByRule(amount, whole, weight * n, () =>
            tieRanks(participants, whole),
          );
          const ranks = nameRanks(names);
          const into = new Float64Array(names.length);
          const at = Int32Array.from(positions);
          const left = Number(amount - (amount / n) * n);
          if (everyone)
            giveInNameOrder(
              left,
              tieOrder(names.length, () => 0, ranks),
              into,
            );
          else {
            const first = inNameOrder(ranksAt(ranks, at), names.length, undefined, undefined, left);
            giveInNameOrder(left, first, into, at);
          }
          return names.every((_, i) => {
            const k = positions.indexOf(i);
            const units = k < 0 ? 0n : (expected[k] ?? 0n) - amount / n;
            return BigInt(into[i] ?? -1) === units;
          });
        },
      ),
      RUNS,
    );
  });
});
