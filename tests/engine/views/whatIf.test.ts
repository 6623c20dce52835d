import { allocateAll } from '../../../src/engine/allocate';
import { whatIf } from '../../../src/engine/views/whatIf';
import { singleKeyExpression } from '../../../src/engine/parse/keyExpression';
import { workbook } from '../allocate/workbookBuilder';

describe('what if: another key for every cost line, or one', () => {
  const wb = workbook()
    .municipality('A', { population: 600, pcs: 10 })
    .municipality('B', { population: 300, pcs: 0 })
    .municipality('C', { population: 100, pcs: 10 })
    .cost('Drift', '1000', { key: 'equal' })
    .cost('Nett', '100', { key: 'population' })
    .system('Visma', '200', { participants: ['A', 'B'] })
    .build();
  const { lines } = allocateAll(wb, new Map());
  const drift = lines.find((l) => l.item === 'Drift')?.cell ?? '';

  it('re-splits every cost line and leaves system licences as they are', () => {
    const result = whatIf(wb, lines, { key: { kind: 'population' }, line: null });
    // Now: Drift 333.34/333.33/333.33 + Nett 60/30/10 + Visma by PCs 200/0.
    // Then: Drift 600/300/100 + Nett 60/30/10 + Visma 200/0.
    expect(result?.municipalities).toEqual([
      { name: 'A', before: 593.34, after: 860, difference: 266.66, percent: 44.9 },
      { name: 'B', before: 363.33, after: 330, difference: -33.33, percent: -9.2 },
      { name: 'C', before: 343.33, after: 110, difference: -233.33, percent: -68 },
    ]);
    expect(result?.key.text).toBe('population');
    expect(result?.kept).toEqual([]);
  });

  it('re-splits one line only, and names only its Key cell for Apply', () => {
    const result = whatIf(wb, lines, { key: { kind: 'pcs' }, line: drift });
    // Drift by PCs 10:0:10 → 500/0/500; Nett stays by population.
    expect(result?.municipalities.map((m) => m.after)).toEqual([760, 30, 510]);
    expect(result?.keyCells).toEqual([{ cell: wb.costs[0]?.cells['Key'], item: 'Drift' }]);
    expect(result?.keyCells?.[0]?.cell).toBeDefined();
  });

  it('keeps the shares of a line the key cannot split, and says so', () => {
    const onlyB = workbook()
      .municipality('A', { population: 1, pcs: 1 })
      .municipality('B', { population: 1, pcs: 0 })
      .cost('Kun B', '50', { key: 'equal', participants: ['B'] })
      .build();
    const own = allocateAll(onlyB, new Map()).lines;
    const result = whatIf(onlyB, own, { key: { kind: 'pcs' }, line: null });
    expect(result?.municipalities.map((m) => m.after)).toEqual([0, 50]);
    expect(result?.kept).toEqual(['Kun B']);
  });

  it('answers null for a key the workbook does not have', () => {
    expect(
      whatIf(wb, lines, {
        key: { kind: 'custom', key: singleKeyExpression({ kind: 'custom', column: 'Elever' }) },
        line: null,
      }),
    ).toBeNull();
  });
});
