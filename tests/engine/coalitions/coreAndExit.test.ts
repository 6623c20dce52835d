/**
 * The core check and the exit analysis (contract v1.1 §12) through a whole run, on 1,000 random
 * workbooks, against a brute-force reading of their definitions.
 */
import fc from 'fast-check';
import { runEngine } from '../../../src/engine/run';
import type { CellValue } from '../../../src/engine/table';
import { rational, type Rational } from '../../../src/engine/rational';
import { workbookTables, type TableSpec } from '../parse/tableBuilder';
import { keyOf, referenceCost } from './reference';

const RUNS = { numRuns: 1000 };
const TODAY = { year: 2026, month: 1, day: 1 };

interface ItemSpec {
  /** Member indices taking part. */
  readonly participants: readonly number[];
  readonly amount: number; // øre
  readonly key: 'population' | 'equal' | 'shapley';
  /** c({i}) in øre per participant; from StandAlone instead of CoalitionCosts when `viaStandAlone`. */
  readonly alone: readonly number[];
  readonly viaStandAlone: readonly boolean[];
  /** Coalitions of two or more (member indices) with their cost in øre. */
  readonly coalitions: readonly { readonly members: readonly number[]; readonly cost: number }[];
}

const oreArb = fc.integer({ min: 0, max: 200_000 });

function itemArb(n: number): fc.Arbitrary<ItemSpec> {
  return fc
    .subarray(
      Array.from({ length: n }, (_, i) => i),
      { minLength: 1 },
    )
    .chain((participants) =>
      fc.record({
        participants: fc.constant(participants),
        amount: oreArb,
        key: fc.constantFrom<ItemSpec['key']>('population', 'equal', 'shapley'),
        alone: fc.array(oreArb, { minLength: participants.length, maxLength: participants.length }),
        viaStandAlone: fc.array(fc.boolean(), {
          minLength: participants.length,
          maxLength: participants.length,
        }),
        coalitions:
          participants.length < 2
            ? fc.constant([])
            : fc.uniqueArray(
                fc.record({
                  members: fc.subarray([...participants], { minLength: 2 }),
                  cost: oreArb,
                }),
                { selector: (c) => keyOf(c.members), maxLength: 6 },
              ),
      }),
    );
}

const caseArb = fc.integer({ min: 2, max: 5 }).chain((n) =>
  fc.record({
    populations: fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: n, maxLength: n }),
    items: fc.tuple(itemArb(n), itemArb(n)),
  }),
);

const NAMES = ['Arendal', 'Birkenes', 'Grimstad', 'Lillesand', 'Åmli'];
const kroner = (ore: number): number => ore / 100;

function tablesOf(populations: readonly number[], items: readonly ItemSpec[]) {
  const costs: CellValue[][] = [['Item', 'Amount', 'Key', 'Participants']];
  const coalitionRows: CellValue[][] = [['Item', 'Coalition', 'Cost']];
  const standAlone: CellValue[][] = [['Item', 'Municipality', 'Cost']];
  items.forEach((item, k) => {
    const name = `Item${k}`;
    const members = item.participants.map((i) => NAMES[i] ?? '');
    costs.push([name, kroner(item.amount), item.key, members.join('; ')]);
    item.participants.forEach((i, p) => {
      const row = [name, NAMES[i] ?? '', kroner(item.alone[p] ?? 0)];
      (item.viaStandAlone[p] ? standAlone : coalitionRows).push(row);
    });
    for (const c of item.coalitions) {
      coalitionRows.push([name, c.members.map((i) => NAMES[i]).join(', '), kroner(c.cost)]);
    }
  });
  return workbookTables({
    Municipalities: [
      ['Municipality', 'Population'],
      ...populations.map((p, i) => [NAMES[i] ?? '', p]),
    ] as unknown as TableSpec,
    Costs: costs as unknown as TableSpec,
    CoalitionCosts: coalitionRows as unknown as TableSpec,
    StandAlone: standAlone as unknown as TableSpec,
  });
}

/** Given coalitions of an item by key (member indices), singletons included, in øre. */
function givenOf(item: ItemSpec): Map<string, Rational> {
  const given = new Map<string, Rational>();
  item.participants.forEach((i, p) => given.set(keyOf([i]), rational(BigInt(item.alone[p] ?? 0))));
  for (const c of item.coalitions) given.set(keyOf(c.members), rational(BigInt(c.cost)));
  return given;
}

describe('Contract v1.1 §12: core check and exit analysis', () => {
  it('flags OUTSIDE_CORE exactly for the given coalitions that pay more than their cost, and ExitAnalysis rows match their definition', () => {
    fc.assert(
      fc.property(caseArb, ({ populations, items }) => {
        const result = runEngine(tablesOf(populations, items), {
          language: 'en',
          today: TODAY,
          solver: null,
          contractJson: true,
        });
        if (!result.ok) {
          // Only a Shapley value below 0, or every one 0 (an amount of 0), may stop such a workbook.
          return result.problems.every(
            (p) => p.code === 'SHAPLEY_NEGATIVE' || p.code === 'ZERO_WEIGHTS',
          );
        }
        const json = result.json;
        if (!json) return false;
        const share = (item: number, member: number): number =>
          Math.round(
            (json.allocation.find(
              (a) => a.item === `Item${item}` && a.municipality === NAMES[member],
            )?.amount ?? 0) * 100,
          );
        // Core, by brute force: every CoalitionCosts row but N, singletons from CoalitionCosts included.
        const expectedCells: string[] = [];
        let row = 1;
        items.forEach((item, k) => {
          const rows = [
            ...item.participants.flatMap((i, p) =>
              item.viaStandAlone[p] ? [] : [{ members: [i], cost: item.alone[p] ?? 0 }],
            ),
            ...item.coalitions,
          ];
          for (const c of rows) {
            row += 1;
            if (c.members.length === item.participants.length) continue;
            const pays = c.members.reduce((acc, i) => acc + share(k, i), 0);
            if (pays > c.cost) expectedCells.push(`CoalitionCosts!B${row}`);
          }
        });
        const flagged = result.flags.filter((f) => f.code === 'OUTSIDE_CORE').map((f) => f.cell);
        if (JSON.stringify([...flagged].sort()) !== JSON.stringify([...expectedCells].sort())) {
          return false;
        }
        // Exit analysis, by definition, in øre.
        const expectedRows = NAMES.slice(0, populations.length).flatMap((name, i) => {
          let paysNow = 0;
          let paysAlone = 0;
          let othersChange = 0;
          let takesPart = false;
          items.forEach((item, k) => {
            const p = item.participants.indexOf(i);
            // Only items with at least one CoalitionCosts row count ("with coalition costs").
            const hasRows = item.coalitions.length > 0 || item.viaStandAlone.some((v) => !v);
            if (p < 0 || !hasRows) return;
            takesPart = true;
            paysNow += share(k, i);
            paysAlone += item.alone[p] ?? 0;
            const rest = item.participants.filter((j) => j !== i);
            const cost = referenceCost(rest, givenOf(item));
            othersChange += Number(cost?.num ?? 0n) - (item.amount - share(k, i));
          });
          return takesPart ? [{ municipality: name, paysNow, paysAlone, othersChange }] : [];
        });
        const found = json.exitAnalysis.map((e) => ({
          municipality: e.municipality,
          paysNow: Math.round(e.paysNow * 100),
          paysAlone: Math.round(e.paysAlone * 100),
          othersChange: Math.round(e.othersChange * 100),
        }));
        return JSON.stringify(found) === JSON.stringify(expectedRows);
      }),
      RUNS,
    );
  });
});
