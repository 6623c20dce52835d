import { allocateAll, keyWeights } from '../../../src/engine/allocate';
import { rational, type Rational } from '../../../src/engine/rational';
import { key, mix, workbook } from './workbookBuilder';

const NO_STAND_ALONE: ReadonlyMap<string, Rational> = new Map();
const sharesOf = (
  lines: ReturnType<typeof allocateAll>['lines'],
  index = 0,
): Record<string, bigint> => Object.fromEntries(lines[index]?.shares ?? []);

describe('Contract §3 key expressions', () => {
  const three = workbook()
    .municipality('Alver', { population: 30000, pcs: 1200, custom: { Elever: 3000 } })
    .municipality('Osterøy', { population: 7500, pcs: 400, custom: { Elever: 1000 } })
    .municipality('Fedje', { population: 2500, pcs: 0, custom: { Elever: null } })
    .build();

  it('gives each participant its own value under a single key (equal = 1)', () => {
    const m = three.municipalities;
    expect(keyWeights(key('population'), m, NO_STAND_ALONE)).toEqual([
      rational(30000n),
      rational(7500n),
      rational(2500n),
    ]);
    expect(keyWeights(key('equal'), m, NO_STAND_ALONE)).toEqual([
      rational(1n),
      rational(1n),
      rational(1n),
    ]);
    expect(keyWeights(key('pcs'), m, NO_STAND_ALONE)).toEqual([
      rational(1200n),
      rational(400n),
      rational(0n),
    ]);
  });

  it('mixes shares, not raw values: 20% equal + 80% population', () => {
    // Alver: 0.2·1/3 + 0.8·30000/40000 = 1/15 + 3/5 = 2/3; Osterøy: 1/15 + 0.8·3/16 = 1/15 + 3/20 = 13/60;
    // Fedje: 1/15 + 0.8·1/16 = 1/15 + 1/20 = 7/60.
    expect(
      keyWeights(key('20% equal + 80% population'), three.municipalities, NO_STAND_ALONE),
    ).toEqual([rational(2n, 3n), rational(13n, 60n), rational(7n, 60n)]);
  });

  it('reads a custom column by its header, matched as the contract matches headers; blank = 0', () => {
    expect(keyWeights(key('Elever'), three.municipalities, NO_STAND_ALONE)).toEqual([
      rational(3000n),
      rational(1000n),
      rational(0n),
    ]);
    expect(keyWeights(key('ele-VER'), three.municipalities, NO_STAND_ALONE)).toEqual([
      rational(3000n),
      rational(1000n),
      rational(0n),
    ]);
  });

  it('normalises each term over the participants only', () => {
    const two = three.municipalities.slice(1);
    // Osterøy: 0.5·1/2 + 0.5·7500/10000 = 1/4 + 3/8 = 5/8; Fedje: 1/4 + 1/8 = 3/8.
    expect(keyWeights(key('50% equal + 50% population'), two, NO_STAND_ALONE)).toEqual([
      rational(5n, 8n),
      rational(3n, 8n),
    ]);
  });

  it('cannot normalise a term whose values add up to 0; ignores a term of 0 %', () => {
    const fedje = three.municipalities.slice(2);
    expect(keyWeights(key('pcs'), fedje, NO_STAND_ALONE)).toBeNull();
    expect(keyWeights(key('50% equal + 50% pcs'), fedje, NO_STAND_ALONE)).toBeNull();
    expect(keyWeights(key('100% equal + 0% pcs'), fedje, NO_STAND_ALONE)).toEqual([rational(1n)]);
  });

  it('uses the stand-alone cost of the item under `standalone`', () => {
    const costs = new Map([
      ['Alver', rational(600n)],
      ['Osterøy', rational(300n)],
      ['Fedje', rational(100n)],
    ]);
    expect(keyWeights(key('standalone'), three.municipalities, costs)).toEqual([
      rational(600n),
      rational(300n),
      rational(100n),
    ]);
  });

  it('IKT Nordhordland: 1/3 equal + 2/3 population, 300 000 kr', () => {
    const wb = workbook()
      .municipality('Alver', { population: 30000 })
      .municipality('Osterøy', { population: 7500 })
      .municipality('Fedje', { population: 2500 })
      .cost('Felles IKT-drift', '300000', {
        key: mix([rational(1n, 3n), 'equal'], [rational(2n, 3n), 'population']),
      })
      .build();
    const { lines, problems } = allocateAll(wb, new Map());
    expect(problems).toEqual([]);
    // Equal third: 100 000 / 3 = 33 333.33⅓ each. Population two thirds: 200 000 · 30/40, 7.5/40, 2.5/40
    // = 150 000, 37 500, 12 500. Totals 183 333.33⅓, 70 833.33⅓, 45 833.33⅓ kr: the 1 øre left has
    // equal remainders (⅓) and goes to the largest weight, Alver.
    expect(sharesOf(lines)).toEqual({ Alver: 18333334n, Osterøy: 7083333n, Fedje: 4583333n });
  });

  it('eSunnmøre: 30% equal + 70% population, 100 000.01 kr', () => {
    const wb = workbook()
      .municipality('Ålesund', { population: 60000 })
      .municipality('Sula', { population: 10000 })
      .municipality('Giske', { population: 10000 })
      .cost('Felles sak/arkiv', '100000.01', { key: '30% equal + 70% population' })
      .build();
    const { lines } = allocateAll(wb, new Map());
    // Weights 0.1 + 0.7·0.75 = 0.625, and 0.1 + 0.7·0.125 = 0.1875 twice. Of 10 000 001 øre:
    // 6 250 000.625, 1 875 000.1875, 1 875 000.1875; the one øre left goes to the largest
    // fractional part, Ålesund's.
    expect(sharesOf(lines)).toEqual({ Ålesund: 6250001n, Sula: 1875000n, Giske: 1875000n });
  });

  it('splits by a custom key column', () => {
    const wb = workbook()
      .municipality('Alver', { custom: { Elever: 3000 } })
      .municipality('Osterøy', { custom: { Elever: 1000 } })
      .cost('Skole-IKT', '1000', { key: 'Elever' })
      .build();
    expect(sharesOf(allocateAll(wb, new Map()).lines)).toEqual({ Alver: 75000n, Osterøy: 25000n });
  });

  it('standalone: share_i = SA_i − (Σ SA − A) · SA_i / Σ SA', () => {
    const wb = workbook()
      .municipality('A')
      .municipality('B')
      .municipality('C')
      .cost('Økonomisystem', '700', { key: 'standalone' })
      .standAloneCost('økonomisystem ', 'A', '500')
      .standAloneCost('Økonomisystem', 'B', '300')
      .standAloneCost('Økonomisystem', 'C', '200')
      .build();
    // Σ SA = 1000, savings 300 shared in proportion: A 500 − 150 = 350, B 300 − 90 = 210, C 200 − 60 = 140.
    expect(sharesOf(allocateAll(wb, new Map()).lines)).toEqual({ A: 35000n, B: 21000n, C: 14000n });
  });

  it('reports each participant of a standalone item without a stand-alone cost, at the item', () => {
    const wb = workbook()
      .municipality('A')
      .municipality('B')
      .municipality('C')
      .cost('Økonomisystem', '700', { key: '50% equal + 50% standalone' })
      .standAloneCost('Økonomisystem', 'A', '500')
      .build();
    const { lines, problems } = allocateAll(wb, new Map());
    expect(lines).toEqual([]);
    expect(problems).toEqual([
      {
        code: 'STANDALONE_MISSING',
        cell: 'Costs!A2',
        params: { item: 'Økonomisystem', municipality: 'B' },
      },
      {
        code: 'STANDALONE_MISSING',
        cell: 'Costs!A2',
        params: { item: 'Økonomisystem', municipality: 'C' },
      },
    ]);
  });

  it('lists participants with a key value of 0 (in every term of a mix) for ZERO_KEY', () => {
    const wb = workbook()
      .municipality('A', { population: 100, pcs: 0 })
      .municipality('B', { population: 0, pcs: 0 })
      .municipality('C', { population: 0, pcs: 5 })
      .cost('Drift', '100', { key: 'population' })
      .cost('Lisens', '100', { key: '50% population + 50% pcs' })
      .build();
    const { lines } = allocateAll(wb, new Map());
    expect(lines.map((l) => l.zeroKeyParticipants)).toEqual([['B', 'C'], ['B']]);
    expect(sharesOf(lines, 0)).toEqual({ A: 10000n, B: 0n, C: 0n });
  });
});
