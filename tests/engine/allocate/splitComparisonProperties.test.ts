/**
 * `SplitComparison` against its definition (contract §6), on random workbooks: every line
 * re-split from scratch by the key's rational weights over the same participants, then summed per
 * municipality. The engine takes shortcuts (prepared weights shared between lines, a line's own
 * shares reused under its own key, the number route); none may change a unit.
 */
import fc from 'fast-check';
import {
  allocateAll,
  COMPARISON_KEYS,
  compareSplits,
  keyWeights,
  splitExactly,
  standAloneOf,
  indexStandAlone,
  type AllocationLine,
} from '../../../src/engine/allocate';
import type { KeyExpression, ParsedWorkbook } from '../../../src/engine/model';
import { workbook } from './workbookBuilder';

const NAMES = ['Alver', 'Bømlo', 'Eid', 'Fitjar', 'Granvin', 'Hå', 'Kvam', 'Os', 'Sund', 'Voss'];
const KEYS = [
  'population',
  'equal',
  'pcs',
  '30% equal + 70% population',
  '20% equal + 80% population',
  '30% equal + 50% population + 20% pcs',
  'standalone',
];

const municipalityArb = fc.record({
  population: fc.oneof(fc.integer({ min: 0, max: 900_000 }), fc.constant(0)),
  // Few PCs, often the same number: ties at the cut-off.
  pcs: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 5_000 })),
});

const costArb = (count: number) =>
  fc.record({
    amount: fc.oneof(
      fc.integer({ min: 0, max: 100_000 }),
      fc.integer({ min: 0, max: 2_000_000_000 }),
      fc.constant(999_999_999_999),
    ),
    key: fc.constantFrom(...KEYS),
    participants: fc.option(
      fc.uniqueArray(fc.integer({ min: 0, max: count - 1 }), { minLength: 1, maxLength: count }),
      { nil: null },
    ),
    standAlone: fc.option(
      fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: count, maxLength: count }),
      { nil: null },
    ),
    partialStandAlone: fc.boolean(),
  });

const workbookArb = fc.integer({ min: 1, max: NAMES.length }).chain((count) =>
  fc
    .tuple(
      // Municipalities out of name order, so the tie-break's name order is not their row order.
      fc.shuffledSubarray(NAMES, { minLength: count, maxLength: count }),
      fc.array(municipalityArb, { minLength: count, maxLength: count }),
      fc.array(costArb(count), { minLength: 1, maxLength: 8 }),
    )
    .map(([names, municipalities, costs]): ParsedWorkbook => {
      const builder = workbook();
      municipalities.forEach((m, i) => builder.municipality(names[i] ?? '', m));
      costs.forEach((cost, c) => {
        const item = `Item ${c}`;
        const participants = cost.participants?.map((i) => names[i] ?? '') ?? null;
        builder.cost(item, (cost.amount / 100).toFixed(2), { key: cost.key, participants });
        cost.standAlone?.forEach((value, i) => {
          // Some items leave one municipality out: the standalone column then keeps the chosen shares.
          if (cost.partialStandAlone && i === 0) return;
          builder.standAloneCost(item, names[i] ?? '', (value / 100).toFixed(2));
        });
      });
      return builder.build();
    }),
);

/** Σ per municipality of every line re-split by `key` (its own shares where `key` cannot split it). */
function resplitTotals(
  wb: ParsedWorkbook,
  lines: readonly AllocationLine[],
  key: KeyExpression,
  usable: (line: AllocationLine) => boolean,
): Map<string, bigint> {
  const standAlone = indexStandAlone(wb.standAlone);
  const totals = new Map(wb.municipalities.map((m) => [m.name, 0n]));
  for (const line of lines) {
    const participants = wb.municipalities.filter((m) => line.participants.includes(m.name));
    const weights = usable(line)
      ? keyWeights(key, participants, standAloneOf(standAlone, line.item))
      : null;
    const shares = weights
      ? splitExactly(
          line.amount,
          participants.map((m, i) => ({
            name: m.name,
            weight: weights[i] ?? { num: 0n, den: 1n },
          })),
        )
      : line.shares;
    for (const [name, units] of shares ?? line.shares) {
      totals.set(name, (totals.get(name) ?? 0n) + units);
    }
  }
  return totals;
}

describe('Contract §6 SplitComparison: properties', () => {
  it('equals every line re-split from scratch under each key, summed per municipality', () => {
    fc.assert(
      fc.property(workbookArb, (wb) => {
        const { lines } = allocateAll(wb, new Map());
        const rows = compareSplits(wb, lines);
        const everywhere = (): boolean => true;
        const standAlone = indexStandAlone(wb.standAlone);
        const covered = (line: AllocationLine): boolean => {
          const costs = standAloneOf(standAlone, line.item);
          return line.participants.every((name) => costs.has(name));
        };
        const expected = {
          chosen: resplitTotals(wb, lines, COMPARISON_KEYS.population, () => false),
          population: resplitTotals(wb, lines, COMPARISON_KEYS.population, everywhere),
          equal: resplitTotals(wb, lines, COMPARISON_KEYS.equal, everywhere),
          pcs: resplitTotals(wb, lines, COMPARISON_KEYS.pcs, everywhere),
          equal30Population70: resplitTotals(
            wb,
            lines,
            COMPARISON_KEYS.equal30Population70,
            everywhere,
          ),
          standalone: resplitTotals(wb, lines, COMPARISON_KEYS.standalone, covered),
        };
        const withStandAlone = wb.standAlone.length > 0;
        return rows.every(
          (row) =>
            row.chosen === expected.chosen.get(row.municipality) &&
            row.population === expected.population.get(row.municipality) &&
            row.equal === expected.equal.get(row.municipality) &&
            row.pcs === expected.pcs.get(row.municipality) &&
            row.equal30Population70 === expected.equal30Population70.get(row.municipality) &&
            row.standalone === (withStandAlone ? expected.standalone.get(row.municipality) : null),
        );
      }),
      { numRuns: 400 },
    );
  });
});
