import { allocateAll, compareSplits } from '../../../src/engine/allocate';
import { workbook } from './workbookBuilder';

describe('Contract §6 SplitComparison', () => {
  const base = () =>
    workbook()
      .municipality('A', { population: 600, pcs: 10 })
      .municipality('B', { population: 300, pcs: 0 })
      .municipality('C', { population: 100, pcs: 10 })
      .cost('Drift', '1000', { key: 'equal' })
      .system('Visma', '200', { participants: ['A', 'B'] })
      .cost('Kun B', '50', { key: 'equal', participants: ['B'] });

  it('re-splits every line (same amount, same participants) under each key, hand-checked', () => {
    const wb = base()
      .standAloneCost('Drift', 'A', '800')
      .standAloneCost('Drift', 'B', '400')
      .standAloneCost('Drift', 'C', '200')
      .build();
    const rows = compareSplits(wb, allocateAll(wb, new Map()).lines);
    // Chosen: Drift equal 333.34/333.33/333.33; Visma by PCs of A, B: 200/0; Kun B 50.
    // Population: Drift 600/300/100; Visma 600:300 → 133.33⅓/66.66⅔ → 133.33/66.67.
    // Equal: Drift as chosen; Visma 100/100. Pcs: Drift 10:0:10 → 500/0/500; Visma 200/0; and Kun B
    // cannot be split by PCs (B has none), so it keeps its chosen 50 there.
    // 30/70: Drift 0.52/0.31/0.17; Visma 0.61⅔/0.38⅓ → 123.33⅓/76.66⅔ → 123.33/76.67.
    // Standalone: Drift 8:4:2 → 571.43/285.71/142.86 (remainders 6/7, 3/7, 5/7); Visma and Kun B
    // have no stand-alone costs: chosen.
    expect(rows).toEqual([
      {
        municipality: 'A',
        chosen: 53334n,
        population: 73333n,
        equal: 43334n,
        pcs: 70000n,
        equal30Population70: 64333n,
        standalone: 77143n,
        goingAlone: 80000n,
        differenceChosenPopulation: -19999n,
        otherKeys: [],
        // Drift: A's equal share 333.34 beside 800 alone.
        likeForLike: {
          items: [{ item: 'Drift', shared: 33334n, standAlone: 80000n }],
          shared: 33334n,
          standAlone: 80000n,
          saving: 46666n,
        },
      },
      {
        municipality: 'B',
        chosen: 38333n,
        population: 41667n,
        equal: 48333n,
        pcs: 5000n,
        equal30Population70: 43667n,
        standalone: 33571n,
        goingAlone: 40000n,
        differenceChosenPopulation: -3334n,
        otherKeys: [],
        likeForLike: {
          items: [{ item: 'Drift', shared: 33333n, standAlone: 40000n }],
          shared: 33333n,
          standAlone: 40000n,
          saving: 6667n,
        },
      },
      {
        municipality: 'C',
        chosen: 33333n,
        population: 10000n,
        equal: 33333n,
        pcs: 50000n,
        equal30Population70: 17000n,
        standalone: 14286n,
        goingAlone: 20000n,
        differenceChosenPopulation: 23333n,
        otherKeys: [],
        likeForLike: {
          items: [{ item: 'Drift', shared: 33333n, standAlone: 20000n }],
          shared: 33333n,
          standAlone: 20000n,
          saving: -13333n,
        },
      },
    ]);
    // Every column splits the same lines, so each adds up to the same grand total.
    for (const column of [
      'chosen',
      'population',
      'equal',
      'pcs',
      'equal30Population70',
      'standalone',
    ] as const) {
      expect(rows.reduce((acc, r) => acc + (r[column] ?? 0n), 0n)).toBe(125000n);
    }
  });

  it('leaves standalone and going alone blank without stand-alone costs', () => {
    const wb = base().build();
    const rows = compareSplits(wb, allocateAll(wb, new Map()).lines);
    expect(rows.map((r) => [r.standalone, r.goingAlone])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  it('uses the standalone key only where every participant has a stand-alone cost', () => {
    const wb = base()
      .standAloneCost('Drift', 'A', '800')
      .standAloneCost('Drift', 'B', '400')
      .build();
    const rows = compareSplits(wb, allocateAll(wb, new Map()).lines);
    // C has no stand-alone cost of Drift: Drift keeps its chosen shares, so standalone = chosen.
    expect(rows.map((r) => r.standalone)).toEqual(rows.map((r) => r.chosen));
    expect(rows.map((r) => r.goingAlone)).toEqual([80000n, 40000n, null]);
  });

  it('compares going alone like for like: only the items it has a stand-alone cost of', () => {
    // B would pay 400 alone for Drift and 60 for Kun B; it also shares Visma, which has no
    // stand-alone cost and so stays out of the comparison (the whole bill would mislead).
    const wb = base()
      .standAloneCost('Drift', 'B', '400')
      .standAloneCost('kun b ', 'B', '60')
      .standAloneCost('Drift', 'Nowhere', '1')
      .build();
    const rows = compareSplits(wb, allocateAll(wb, new Map()).lines);
    // Drift equal: B 333.33; Kun B: all 50 (matched trimmed and case-insensitively).
    expect(rows[1]?.likeForLike).toEqual({
      items: [
        { item: 'Drift', shared: 33333n, standAlone: 40000n },
        { item: 'Kun B', shared: 5000n, standAlone: 6000n },
      ],
      shared: 38333n,
      standAlone: 46000n,
      saving: 7667n,
    });
    expect(rows[0]?.likeForLike).toBeNull();
  });

  it('compares every custom column the keys use, alone, applied to every line', () => {
    const wb = workbook()
      .municipality('A', { population: 1, custom: { Elever: 3, Ansatte: 1 } })
      .municipality('B', { population: 1, custom: { Elever: 1, Ansatte: 1 } })
      .cost('Skole', '100', { key: 'Elever' })
      .cost('Drift', '40', { key: 'equal' })
      .cost('Mix', '10', { key: '50% equal + 50% Ansatte' })
      .build();
    const rows = compareSplits(wb, allocateAll(wb, new Map()).lines);
    // By Elever 3:1: Skole 75/25, Drift 30/10, Mix 7.50/2.50 → A 112.50, B 37.50.
    // By Ansatte 1:1 (used in a mix): every line halves → A 75, B 75.
    expect(rows.map((r) => r.otherKeys)).toEqual([
      [
        { key: 'Elever', total: 11250n },
        { key: 'Ansatte', total: 7500n },
      ],
      [
        { key: 'Elever', total: 3750n },
        { key: 'Ansatte', total: 7500n },
      ],
    ]);
  });
});
