import {
  allocateAll,
  compareCodePoints,
  splitExactly,
  unitsOf,
} from '../../../src/engine/allocate';
import { rational } from '../../../src/engine/rational';
import { workbook } from './workbookBuilder';

const equal = (...names: string[]) => names.map((name) => ({ name, weight: rational(1n) }));
/** Section 4's rule done naively in floats (names A, B, C in order), to show what a float version gets wrong. */
function floatSplit(amount: number, weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((weight, index) => {
    const q = (amount * weight) / total;
    return { index, weight, share: Math.floor(q), rest: q - Math.floor(q) };
  });
  const left = amount - parts.reduce((a, p) => a + p.share, 0);
  const order = [...parts].sort(
    (a, b) => b.rest - a.rest || b.weight - a.weight || a.index - b.index,
  );
  for (const part of order.slice(0, left)) part.share += 1;
  return parts.map((p) => p.share);
}

const asObject = (shares: ReadonlyMap<string, bigint> | null) =>
  shares ? Object.fromEntries(shares) : null;

describe('Contract §4 exact allocation', () => {
  describe('rounding the amount to whole units of RoundTo', () => {
    it('rounds half away from zero, exactly', () => {
      expect(unitsOf(rational(100005n, 1000n), rational(1n, 100n))).toBe(10001n); // 100.005 kr → 10 001 øre
      expect(unitsOf(rational(1004999n, 10000n), rational(1n, 100n))).toBe(10050n); // 100.4999 → 100.50
      expect(unitsOf(rational(1005n, 10n), rational(1n))).toBe(101n); // 100.5 → 101 whole kroner
      expect(unitsOf(rational(10049n, 100n), rational(1n))).toBe(100n);
    });

    it('splits whole kroner when RoundTo is 1', () => {
      const wb = workbook()
        .withSettings({ roundTo: '1' })
        .municipality('Bengtsfors', { population: 1 })
        .municipality('Dals-Ed', { population: 1 })
        .cost('Nätverk', '100.5')
        .build();
      const [line] = allocateAll(wb, new Map()).lines;
      // 101 kronor over two equal weights: 50.5 each, the tie goes to Bengtsfors (sorts first).
      expect(line?.amount).toBe(101n);
      expect(asObject(line?.shares ?? null)).toEqual({ Bengtsfors: 51n, 'Dals-Ed': 50n });
    });
  });

  describe('splitExactly', () => {
    it('100 kr over three equal weights → 33.34 / 33.33 / 33.33, the øre to the name sorting first', () => {
      // Plain code points: 'B' (U+0042) < 'a' (U+0061) < 'Ø' (U+00D8); localeCompare would pick aurland.
      expect(asObject(splitExactly(10000n, equal('aurland', 'Øygarden', 'Bømlo')))).toEqual({
        aurland: 3333n,
        Øygarden: 3333n,
        Bømlo: 3334n,
      });
    });

    it('breaks name ties by code point, not by the Nordic alphabet (Å U+00C5 before Ø U+00D8)', () => {
      expect(asObject(splitExactly(1n, equal('Øygarden', 'Ålesund')))).toEqual({
        Øygarden: 0n,
        Ålesund: 1n,
      });
    });

    it('compares code points, not UTF-16 code units, and trims names first', () => {
      // U+FFFD sorts before U+1F600, whose first UTF-16 unit (0xD83D) is smaller than 0xFFFD.
      expect(compareCodePoints('\uFFFD', '\u{1F600}')).toBe(-1);
      expect(asObject(splitExactly(1n, equal('\u{1F600}', '\uFFFD')))).toEqual({
        '\u{1F600}': 0n,
        '\uFFFD': 1n,
      });
      // ' B' untrimmed would sort before 'A' (space is U+0020).
      expect(asObject(splitExactly(1n, equal(' B', 'A')))).toEqual({ ' B': 0n, A: 1n });
    });

    it('gives a tie of fractional parts to the larger weight before the name', () => {
      // 2 units at 1:3 → q = 0.5 and 1.5: both remainders ½, so Z (weight 3) gets the unit left.
      const shares = splitExactly(2n, [
        { name: 'A', weight: rational(1n) },
        { name: 'Z', weight: rational(3n) },
      ]);
      expect(asObject(shares)).toEqual({ A: 0n, Z: 2n });
    });

    it('gives the units left to the largest fractional parts', () => {
      // 7 units at 2:3:5: q = 1.4, 2.1, 3.5 → floors 1, 2, 3; the unit left goes to C (0.5 is largest).
      expect(
        asObject(
          splitExactly(7n, [
            { name: 'A', weight: rational(2n) },
            { name: 'B', weight: rational(3n) },
            { name: 'C', weight: rational(5n) },
          ]),
        ),
      ).toEqual({ A: 1n, B: 2n, C: 4n });
    });

    it('cannot split by weights adding up to 0, and gives weight 0 nothing', () => {
      expect(splitExactly(100n, [{ name: 'A', weight: rational(0n) }])).toBeNull();
      expect(
        asObject(
          splitExactly(5n, [
            { name: 'A', weight: rational(0n) },
            { name: 'B', weight: rational(1n, 3n) },
          ]),
        ),
      ).toEqual({ A: 0n, B: 5n });
    });

    it('rejects negative weights and repeated names as programming errors', () => {
      expect(() => splitExactly(1n, [{ name: 'A', weight: rational(-1n) }])).toThrow(RangeError);
      expect(() => splitExactly(1n, equal('A', 'A'))).toThrow(RangeError);
    });
  });

  it('places every unit exactly where a float implementation misplaces one', () => {
    // Custom key 1 : 0.4 : 1.4 over 63 kr (RoundTo 1): q = 22.5, 9, 31.5 exactly; the tie of
    // halves goes to the larger weight (C) → 22, 9, 32. In floats 63·1/2.8 comes out above 22.5
    // and A would take the unit. Likewise 0.4 : 0.2 : 0.6 over 135: q = 45, 22.5, 67.5 → 45, 22, 68.
    const wb = workbook()
      .withSettings({ roundTo: '1' })
      .municipality('A', { custom: { Andel: '1', Vekt: '0.4' } })
      .municipality('B', { custom: { Andel: '0.4', Vekt: '0.2' } })
      .municipality('C', { custom: { Andel: '1.4', Vekt: '0.6' } })
      .cost('Drift', '63', { key: 'Andel' })
      .cost('Lisenser', '135', { key: 'Vekt' })
      .build();
    const { lines } = allocateAll(wb, new Map());
    expect(lines.map((l) => asObject(l.shares))).toEqual([
      { A: 22n, B: 9n, C: 32n },
      { A: 45n, B: 22n, C: 68n },
    ]);
    // The same rule in floats really does misplace those units, so this test catches it.
    expect(floatSplit(63, [1, 0.4, 1.4])).toEqual([23, 9, 31]);
    expect(floatSplit(135, [0.4, 0.2, 0.6])).toEqual([45, 23, 67]);
  });

  describe('allocateAll', () => {
    const wb = workbook()
      .municipality('Alver', { population: 3000, pcs: 30 })
      .municipality('Osterøy', { population: 1000, pcs: 10 })
      .municipality('Fedje', { population: 0, pcs: 0 })
      .cost('Felles drift', '1000')
      .cost('Nytt nett', '0', { kind: 'one-off', key: 'equal' })
      .cost('Sak/arkiv', '300', {
        kind: 'one-off',
        year: 2028,
        key: 'equal',
        participants: ['Fedje', 'Alver'],
      })
      .system('Visma', '400')
      .system('Gammelt system', '0')
      .proposal('P1', { oneOffCost: '200', annualCost: '40', key: 'equal' })
      .proposal('P2', { oneOffCost: '0', annualCost: '10' })
      .proposal('P3', { oneOffCost: '999' })
      .build();
    const { lines, problems } = allocateAll(
      wb,
      new Map([
        ['P2', 2027],
        ['P1', 2028],
      ]),
    );

    it('makes one line per cost row, licence above 0 and funded proposal cost above 0, in workbook order', () => {
      expect(problems).toEqual([]);
      expect(
        lines.map((l) => [l.item, l.source, l.kind, l.year, l.key.text, l.amount, l.cell]),
      ).toEqual([
        ['Felles drift', 'cost', 'annual', null, 'population', 100000n, 'Costs!A2'],
        ['Nytt nett', 'cost', 'one-off', 2026, 'equal', 0n, 'Costs!A3'],
        ['Sak/arkiv', 'cost', 'one-off', 2028, 'equal', 30000n, 'Costs!A4'],
        ['Visma', 'system', 'annual', null, 'pcs', 40000n, 'Systems!A2'],
        ['P1', 'proposal', 'one-off', 2028, 'equal', 20000n, 'Proposals!A2'],
        ['P1', 'proposal', 'annual', null, 'equal', 4000n, 'Proposals!A2'],
        ['P2', 'proposal', 'annual', null, 'population', 1000n, 'Proposals!A3'],
      ]);
    });

    it('shares only among the participants, in Municipalities order, adding up to the amount', () => {
      const sakArkiv = lines[2];
      expect(sakArkiv?.participants).toEqual(['Alver', 'Fedje']);
      expect(asObject(sakArkiv?.shares ?? null)).toEqual({ Alver: 15000n, Fedje: 15000n });
      expect(asObject(lines[0]?.shares ?? null)).toEqual({
        Alver: 75000n,
        Osterøy: 25000n,
        Fedje: 0n,
      });
      for (const line of lines)
        expect([...line.shares.values()].reduce((a, b) => a + b, 0n)).toBe(line.amount);
    });

    it('reports every item whose key gives all participants 0, at the item, and makes no line for it', () => {
      const bad = workbook()
        .municipality('Fedje', { population: 0, pcs: 0 })
        .municipality('Modalen', { population: 0, pcs: 0 })
        .cost('Drift', '100')
        .cost('Ok', '100', { key: 'equal' })
        .system('Visma', '50', { basis: 'pcs' })
        .proposal('P1', { annualCost: '10', key: '50% equal + 50% pcs' })
        .build();
      const result = allocateAll(bad, new Map([['P1', 2026]]));
      expect(result.lines.map((l) => l.item)).toEqual(['Ok']);
      expect(result.problems).toEqual([
        { code: 'ZERO_WEIGHTS', cell: 'Costs!A2', params: { item: 'Drift' } },
        { code: 'ZERO_WEIGHTS', cell: 'Systems!A2', params: { item: 'Visma' } },
        { code: 'ZERO_WEIGHTS', cell: 'Proposals!A2', params: { item: 'P1' } },
      ]);
    });
  });
});
