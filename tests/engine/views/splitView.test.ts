import { allocateAll, compareSplits } from '../../../src/engine/allocate';
import { singleKeyExpression } from '../../../src/engine/parse/keyExpression';
import { runEngine } from '../../../src/engine/run';
import { splitView, type SplitView } from '../../../src/engine/views/splitView';
import { keyName } from '../../../src/i18n/keys';
import { knutepunktSample } from '../../../src/samples/knutepunkt';
import { newXlsx } from '../../../src/workbook/xlsx';
import { highsSolver } from '../../support/highs';
import { workbook } from '../allocate/workbookBuilder';

describe('the municipalities’ view of the split comparison', () => {
  const wb = workbook()
    .municipality('A', { population: 3, pcs: 1, custom: { Elever: 1 } })
    .municipality('B', { population: 1, pcs: 1, custom: { Elever: 0 } })
    .cost('Drift', '100', { key: 'equal' })
    .cost('Skole', '40', { key: 'Elever' })
    .standAloneCost('Drift', 'A', '80')
    .build();
  const { lines } = allocateAll(wb, new Map());
  const view = splitView(compareSplits(wb, lines), wb, lines);

  it('lists the built-in keys, standalone when given, then the workbook’s own', () => {
    expect(view.keys).toEqual([
      { kind: 'population' },
      { kind: 'equal' },
      { kind: 'pcs' },
      { kind: 'equal30Population70' },
      { kind: 'standalone' },
      { kind: 'custom', key: singleKeyExpression({ kind: 'custom', column: 'Elever' }) },
    ]);
    expect(view.costLines.map((l) => [l.item, l.key.text])).toEqual([
      ['Drift', 'equal'],
      ['Skole', 'Elever'],
    ]);
  });

  it('gives each key’s total with its difference from the chosen keys in money and percent', () => {
    // Chosen: A 50 + 40 = 90, B 50. Population 3:1: A 75 + 30 = 105 (+15, +16.7 %), B 25 + 10.
    const [a, b] = view.municipalities;
    expect(a?.chosen).toBe(90);
    expect(a?.alternatives[0]).toEqual({ total: 105, difference: 15, percent: 16.7 });
    expect(b?.alternatives[0]).toEqual({ total: 35, difference: -15, percent: -30 });
    // Standalone: Drift has a stand-alone cost for A only, so it keeps its chosen shares.
    expect(a?.alternatives[4]).toEqual({ total: 90, difference: 0, percent: 0 });
    // Elever 1:0 on every line: A pays all 140.
    expect(a?.alternatives[5]).toEqual({ total: 140, difference: 50, percent: 55.6 });
  });

  it('compares going alone on the items with stand-alone costs only', () => {
    expect(view.municipalities[0]?.likeForLike).toEqual({
      items: [{ item: 'Drift', shared: 50, standAlone: 80, saving: 30 }],
      shared: 50,
      standAlone: 80,
      saving: 30,
    });
    expect(view.municipalities[1]?.likeForLike).toBeNull();
  });
});

describe('Knutepunkt compared under every key it uses (issue 12 §4)', () => {
  let view: SplitView;
  beforeAll(async () => {
    const result = runEngine(await newXlsx(knutepunktSample).readTables(), {
      language: 'nb',
      today: { year: 2026, month: 5, day: 1 },
      solver: await highsSolver(),
      paneViews: true,
    });
    if (!result.ok) throw new Error('the sample did not run');
    view = result.views.splitView;
  }, 60_000);

  it('lists its custom column and its tapered key, named as a Norwegian Key cell names them', () => {
    const own = view.keys.flatMap((k) => (k.kind === 'custom' ? [keyName(k.key, 'nb')] : []));
    expect(own).toEqual(['Elever', 'avtrapp(innbyggere; 150000; 50%)']);
  });

  it('gives the taper the totals of population, as no member is above 150,000 inhabitants', () => {
    const taper = view.keys.findIndex(
      (k) => k.kind === 'custom' && k.key.terms[0]?.key.kind === 'taper',
    );
    const population = view.keys.findIndex((k) => k.kind === 'population');
    for (const m of view.municipalities) {
      expect(m.alternatives[taper]).toEqual(m.alternatives[population]);
    }
    // Every key splits the same amounts: each column adds up to the chosen keys' grand total.
    const chosen = view.municipalities.reduce((acc, m) => acc + m.chosen, 0);
    const tapered = view.municipalities.reduce(
      (acc, m) => acc + (m.alternatives[taper]?.total ?? 0),
      0,
    );
    expect(tapered).toBeCloseTo(chosen, 2);
  });

  it('says which years its totals count together', () => {
    expect(view.years).toEqual({ from: 2026, to: 2028 });
  });
});
