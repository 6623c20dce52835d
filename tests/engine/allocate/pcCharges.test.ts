import fc from 'fast-check';
import { allocateAll, computePcCharges, toHundredths } from '../../../src/engine/allocate';
import { rateOfSum } from '../../../src/engine/allocate/pcCharges';
import { add, rational } from '../../../src/engine/rational';
import { workbook } from './workbookBuilder';

describe('Contract §4 licence per PC', () => {
  const wb = workbook()
    .municipality('Sandnes', { pcs: 1 })
    .municipality('Gjesdal', { pcs: 1 })
    .municipality('Sola', { pcs: 1 })
    .municipality('Kvitsøy', { pcs: 0 })
    .system('Visma', '1000')
    .cost('PC-driftsavgift', '2000', { key: 'pcs', participants: ['Sandnes', 'Gjesdal'] })
    .cost('Skriverdrift', '300', { key: '100% pcs' })
    .system('Sak/arkiv', '500', { basis: '50% pcs + 50% equal' })
    .cost('Felles drift', '700', { key: 'population' })
    .proposal('P1', { annualCost: '100', key: 'pcs' })
    .build();
  const { lines } = allocateAll(wb, new Map([['P1', 2026]]));
  const charges = computePcCharges(wb, lines);

  it('charges by PC exactly the Systems and Costs rows whose key is the single key pcs', () => {
    // In allocation order: Costs rows, then Systems rows.
    expect(charges.items.map((i) => [i.item, i.source])).toEqual([
      ['PC-driftsavgift', 'cost'],
      ['Skriverdrift', 'cost'],
      ['Visma', 'system'],
    ]);
  });

  it('rates each item at amount / Σ PCs of its participants, to 2 decimals, with the allocation’s shares', () => {
    const [pcFee, , visma] = charges.items;
    // 1000 kr over 3 PCs: 333.33⅓ → 333.33 per PC; the øre left goes to Gjesdal (sorts first).
    expect(visma).toMatchObject({ amount: 100000n, totalPcs: 3, ratePerPc: 333.33 });
    expect(Object.fromEntries(visma?.shares ?? [])).toEqual({
      Sandnes: 33333n,
      Gjesdal: 33334n,
      Sola: 33333n,
      Kvitsøy: 0n,
    });
    expect(pcFee).toMatchObject({ amount: 200000n, totalPcs: 2, ratePerPc: 1000 });
  });

  it('totals each municipality, per PC, and the rate of all PC-charged items together', () => {
    expect(charges.municipalities).toEqual([
      { name: 'Sandnes', pcs: 1, total: 33333n + 100000n + 10000n, perPc: 1433.33 },
      { name: 'Gjesdal', pcs: 1, total: 33334n + 100000n + 10000n, perPc: 1433.34 },
      { name: 'Sola', pcs: 1, total: 33333n + 10000n, perPc: 433.33 },
      { name: 'Kvitsøy', pcs: 0, total: 0n, perPc: null },
    ]);
    // 1000/3 + 2000/2 + 300/3 = 1433.33⅓ per PC taking part in everything.
    expect(charges.ratePerPc).toBe(1433.33);
  });

  it('rounds a rate half away from zero exactly, where floats round 1.005 down', () => {
    const exact = workbook()
      .municipality('Sandnes', { pcs: 100 })
      .system('Lisens', '100.50')
      .system('Lisens 2', '129')
      .build();
    const result = computePcCharges(exact, allocateAll(exact, new Map()).lines);
    // 100.50 / 100 = 1.005 → 1.01 (Math.round(1.005 * 100) / 100 gives 1); 129 / 100 = the literal 1.29.
    expect(result.items.map((i) => i.ratePerPc)).toEqual([1.01, 1.29]);
    expect(result.ratePerPc).toBe(2.3); // 1.005 + 1.29 = 2.295 → 2.30
  });

  it('has no items and no overall rate when nothing is charged by PC', () => {
    const none = workbook().municipality('A', { population: 1 }).cost('Drift', '10').build();
    const result = computePcCharges(none, allocateAll(none, new Map()).lines);
    expect(result.items).toEqual([]);
    expect(result.ratePerPc).toBeNull();
    expect(result.municipalities).toEqual([{ name: 'A', pcs: 0, total: 0n, perPc: null }]);
  });
});

describe('the summed rate per PC', () => {
  const exactRate = (terms: ReadonlyMap<number, bigint>): number => {
    let exact = rational(0n);
    for (const [pcs, units] of terms) exact = add(exact, rational(units, 100n * BigInt(pcs)));
    return toHundredths(exact);
  };

  it('rounds Σ amount / PCs exactly, also where the sum is a half cent exactly', () => {
    // Small amounts over small PC counts hit exact half cents often: 1 øre / 2 PCs = ½ cent.
    let halves = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(fc.integer({ min: 1, max: 12 }), fc.bigInt({ min: 0n, max: 40n })),
          {
            selector: ([pcs]) => pcs,
            minLength: 1,
            maxLength: 6,
          },
        ),
        (terms) => {
          const map = new Map(terms);
          const expected = exactRate(map);
          let exact = rational(0n);
          for (const [pcs, units] of map) exact = add(exact, rational(units * 100n, BigInt(pcs)));
          if (exact.den === 2n) halves += 1;
          return rateOfSum(map, rational(1n, 100n)) === expected;
        },
      ),
      { numRuns: 2000 },
    );
    expect(halves).toBeGreaterThan(20);
  });
});
