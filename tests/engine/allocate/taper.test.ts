/** Tapered keys in the allocation (contract v1.1 §9), each property on 1,000 random cases. */
import fc from 'fast-check';
import {
  allocateAll,
  compareSplits,
  computePcCharges,
  splitExactly,
} from '../../../src/engine/allocate';
import type { KeyExpression, ParsedWorkbook, SingleKey } from '../../../src/engine/model';
import {
  add,
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
import { workbook } from './workbookBuilder';

const RUNS = { numRuns: 1000 };

type Base = 'population' | 'pcs' | 'Elever';
const baseKey = (base: Base): SingleKey =>
  base === 'Elever' ? { kind: 'custom', column: 'Elever' } : { kind: base };

const taper = (base: Base, threshold: Rational, rate: Rational): SingleKey => ({
  kind: 'taper',
  base: baseKey(base) as Extract<SingleKey, { kind: 'taper' }>['base'],
  threshold,
  rate,
});
const single = (key: SingleKey): KeyExpression => ({
  terms: [{ fraction: ONE, key }],
  text: 'test',
});

interface Member {
  readonly population: number;
  readonly pcs: number;
  /** A decimal custom value, in hundredths. */
  readonly elever: bigint;
}

const memberArb: fc.Arbitrary<Member> = fc.record({
  population: fc.integer({ min: 0, max: 1_000_000 }),
  pcs: fc.integer({ min: 0, max: 20_000 }),
  elever: fc.bigInt({ min: 0n, max: 10_000_000n }),
});
const membersArb = fc.array(memberArb, { minLength: 1, maxLength: 12 });
const amountArb = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((ore) => rational(ore, 100n));
/** T ≥ 0 with up to two decimals, P from 0 to 100 % with up to two decimals. */
const thresholdArb = fc.bigInt({ min: 0n, max: 200_000_000n }).map((t) => rational(t, 100n));
const rateArb = fc.bigInt({ min: 0n, max: 10_000n }).map((p) => rational(p, 10_000n));
const baseArb = fc.constantFrom<Base>('population', 'pcs', 'Elever');

function build(members: readonly Member[], amount: Rational, key: KeyExpression): ParsedWorkbook {
  const b = workbook();
  members.forEach((m, i) =>
    b.municipality(`M${i}`, {
      population: m.population,
      pcs: m.pcs,
      custom: { Elever: rational(m.elever, 100n) },
    }),
  );
  return b.cost('X', amount, { key }).build();
}

const valueOf = (m: Member, base: Base): Rational =>
  base === 'population'
    ? rational(BigInt(m.population))
    : base === 'pcs'
      ? rational(BigInt(m.pcs))
      : rational(m.elever, 100n);

const min = (a: Rational, b: Rational): Rational => (compare(a, b) <= 0 ? a : b);
const max = (a: Rational, b: Rational): Rational => (compare(a, b) >= 0 ? a : b);
/** The contract's formula, written out: min(v, T) + P/100 · max(v − T, 0). */
const reference = (v: Rational, t: Rational, rate: Rational): Rational =>
  add(min(v, t), mul(rate, max(sub(v, t), ZERO)));

/** The line's shares in øre in member order, or null when it could not be split. */
function shares(wb: ParsedWorkbook): bigint[] | null {
  const { lines } = allocateAll(wb, new Map());
  const line = lines[0];
  return line ? wb.municipalities.map((m) => line.shares.get(m.name) ?? 0n) : null;
}

/** Shares in øre by the contract's split of the weights, in member order. */
function expected(amount: Rational, weights: readonly Rational[]): bigint[] | null {
  const ore = mul(amount, rational(100n));
  const split = splitExactly(
    ore.num / ore.den,
    weights.map((weight, i) => ({ name: `M${i}`, weight })),
  );
  return split && weights.map((_, i) => split.get(`M${i}`) ?? 0n);
}

describe('Contract v1.1 §9: tapered keys split exactly', () => {
  it('a taper with T at or above every value splits as the plain key', () => {
    fc.assert(
      fc.property(
        membersArb,
        amountArb,
        baseArb,
        rateArb,
        fc.nat(1000),
        (members, amount, base, rate, above) => {
          const top = members.reduce((acc, m) => max(acc, valueOf(m, base)), ZERO);
          const t = add(top, rational(BigInt(above)));
          const tapered = shares(build(members, amount, single(taper(base, t, rate))));
          const plain = shares(build(members, amount, single(baseKey(base))));
          return JSON.stringify(tapered?.map(String)) === JSON.stringify(plain?.map(String));
        },
      ),
      RUNS,
    );
  });

  it('splits by the tapered weights, against a direct rational reference', () => {
    fc.assert(
      fc.property(
        membersArb,
        amountArb,
        baseArb,
        thresholdArb,
        rateArb,
        (members, amount, base, t, rate) => {
          const weights = members.map((m) => reference(valueOf(m, base), t, rate));
          const found = shares(build(members, amount, single(taper(base, t, rate))));
          const wanted = expected(amount, weights);
          return JSON.stringify(found?.map(String)) === JSON.stringify(wanted?.map(String));
        },
      ),
      RUNS,
    );
  });

  it('mixes a taper by its shares, as any key in a mix (20% equal + 80% taper)', () => {
    fc.assert(
      fc.property(membersArb, amountArb, thresholdArb, rateArb, (members, amount, t, rate) => {
        const tapered = members.map((m) => reference(valueOf(m, 'population'), t, rate));
        const total = sum(tapered);
        const key: KeyExpression = {
          terms: [
            { fraction: rational(1n, 5n), key: { kind: 'equal' } },
            { fraction: rational(4n, 5n), key: taper('population', t, rate) },
          ],
          text: 'test',
        };
        const found = shares(build(members, amount, key));
        if (total.num === 0n) return found === null;
        const n = rational(BigInt(members.length));
        const weights = tapered.map((w) =>
          add(div(rational(1n, 5n), n), mul(rational(4n, 5n), div(w, total))),
        );
        return (
          JSON.stringify(found?.map(String)) ===
          JSON.stringify(expected(amount, weights)?.map(String))
        );
      }),
      RUNS,
    );
  });

  it('gives KOMBIT shares: full rate to 150,000 inhabitants, half above', () => {
    const members = [
      { population: 200_000, pcs: 0, elever: 0n },
      { population: 100_000, pcs: 0, elever: 0n },
      { population: 50_000, pcs: 0, elever: 0n },
    ];
    const key = single(taper('population', rational(150_000n), rational(1n, 2n)));
    // Weights 175,000, 100,000 and 50,000 of 325,000.
    expect(shares(build(members, rational(1000n), key))).toEqual([53846n, 30769n, 15385n]);
  });

  it('is never charged per PC: a taper of pcs makes no PcCharges line', () => {
    const members = [
      { population: 1, pcs: 10, elever: 0n },
      { population: 1, pcs: 30, elever: 0n },
    ];
    const wb = build(members, rational(400n), single(taper('pcs', rational(1000n), ONE)));
    const { lines } = allocateAll(wb, new Map());
    expect(computePcCharges(wb, lines).items).toEqual([]);
    const plain = build(members, rational(400n), single({ kind: 'pcs' }));
    expect(computePcCharges(plain, allocateAll(plain, new Map()).lines).items).toHaveLength(1);
  });

  it('leaves SplitComparison as it is but for the chosen column, which holds the taper shares', () => {
    fc.assert(
      fc.property(membersArb, amountArb, thresholdArb, rateArb, (members, amount, t, rate) => {
        const tapered = build(members, amount, single(taper('population', t, rate)));
        const plain = build(members, amount, single({ kind: 'equal' }));
        const taperLines = allocateAll(tapered, new Map()).lines;
        const plainLines = allocateAll(plain, new Map()).lines;
        if (taperLines.length === 0) return plainLines.length === 1;
        const a = compareSplits(tapered, taperLines);
        const b = compareSplits(plain, plainLines);
        const chosen = shares(tapered);
        return a.every((row, i) => {
          const other = b[i];
          return (
            other !== undefined &&
            row.chosen === chosen?.[i] &&
            row.population === other.population &&
            row.equal === other.equal &&
            row.pcs === other.pcs &&
            row.equal30Population70 === other.equal30Population70
          );
        });
      }),
      RUNS,
    );
  });
});
