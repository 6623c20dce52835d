/**
 * The run's one pass over the shares (lineTotals) against the totals' definitions, unit for unit:
 * each municipality's totals by source and kind (municipalityTotals), each budget year's
 * (yearTotals), and the split comparison's chosen column (shareTotals), on random lines: credits,
 * one-off years outside every budget year, unfunded proposals, lines without their JS-number
 * shares, and lines beyond 2^53 that only BigInt sums exactly.
 */
import fc from 'fast-check';
import { yearTotals } from './yearTotalsReference';
import {
  lineTotals,
  municipalityTotals,
  shareTotals,
  type AllocationLine,
} from '../../../src/engine/allocate';
import { integerWeights } from '../../../src/engine/allocate/integerWeights';
import { key, workbook } from './workbookBuilder';

const RUNS = { numRuns: 1200 };
const PROPOSALS = ['P1', 'P2', 'P3'];

/** Share sizes: small (JS numbers), near 2^53, and beyond it (BigInt only). */
const shareArb = fc.oneof(
  fc.bigInt({ min: 0n, max: 1000n }),
  fc.bigInt({ min: 0n, max: 2n ** 50n }),
  fc.bigInt({ min: 2n ** 53n, max: 10n ** 20n }),
);

/** A line over some of `n` municipalities, as allocateAll makes it. */
const lineArb = (n: number): fc.Arbitrary<AllocationLine> =>
  fc
    .record({
      source: fc.constantFrom<AllocationLine['source'][]>('cost', 'system', 'proposal'),
      kind: fc.constantFrom<AllocationLine['kind'][]>('one-off', 'annual'),
      proposal: fc.constantFrom(...PROPOSALS, 'P-unfunded'),
      year: fc.option(fc.integer({ min: 2023, max: 2031 }), { nil: null, freq: 8 }),
      credit: fc.boolean(),
      withUnits: fc.boolean(),
      shares: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), shareArb), {
        minLength: 1,
        maxLength: n,
      }),
    })
    .map(({ source, kind, proposal, year, credit, withUnits, shares }) => {
      const byPosition = new Map(shares);
      const positions = [...byPosition.keys()].sort((a, b) => a - b);
      const participants = positions.map((p) => `m${p}`);
      const units = positions.map((p) => (credit ? -1n : 1n) * (byPosition.get(p) ?? 0n));
      const amount = units.reduce((a, b) => a + b, 0n);
      const safe = units.every((u) => Number.isSafeInteger(Number(u)));
      const weights = integerWeights(
        participants,
        participants.map(() => 1n),
      );
      if (!weights) throw new Error('equal weights always split');
      return {
        item: source === 'proposal' ? proposal : `${source} item`,
        source,
        kind,
        key: key('equal'),
        year: kind === 'one-off' ? year : null,
        amount,
        shares: new Map(participants.map((name, i) => [name, units[i] ?? 0n])),
        // Production gives JS numbers whenever they are exact; a line without them must sum too.
        units: safe && withUnits ? Float64Array.from(units, Number) : null,
        participants,
        positions: Int32Array.from(positions),
        zeroKeyParticipants: [],
        cell: 'Costs!A2',
        weights,
      } satisfies AllocationLine;
    });

const caseArb = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    budgetYears: fc.uniqueArray(fc.integer({ min: 2024, max: 2030 }), { maxLength: 3 }),
    startYears: fc.array(fc.integer({ min: 2024, max: 2031 }), {
      minLength: PROPOSALS.length,
      maxLength: PROPOSALS.length,
    }),
    funded: fc.integer({ min: 0, max: PROPOSALS.length }),
    lines: fc.array(lineArb(n), { maxLength: 12 }),
  }),
);

describe('lineTotals', () => {
  it('equals municipalityTotals, yearTotals and shareTotals on random lines', () => {
    fc.assert(
      fc.property(caseArb, ({ n, budgetYears, startYears, funded, lines }) => {
        const builder = workbook();
        for (let i = 0; i < n; i++) builder.municipality(`m${i}`);
        for (const year of budgetYears) builder.budgetYear(year, 1);
        const wb = builder.build();
        const starts = new Map(
          PROPOSALS.slice(0, funded).map((id, i) => [id, startYears[i] ?? 2026]),
        );
        const once = lineTotals(wb, lines, starts);
        expect(once.municipalities).toEqual(municipalityTotals(wb, lines));
        expect(once.years).toEqual(yearTotals(wb, lines, starts));
        expect(once.municipalities.map((t) => t.total)).toEqual(
          shareTotals(
            wb.municipalities.map((m) => m.name),
            lines,
          ),
        );
      }),
      RUNS,
    );
  });
});
