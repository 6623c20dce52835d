/**
 * Every share of both samples recomputed from its explanation alone, exactly, against the run's
 * Allocation (the contract JSON); and a tie case where one remainder unit goes by the larger
 * weight and one by the name that sorts first.
 */
import { compareCodePoints } from '../../../src/engine/allocate';
import {
  answerQuery,
  explainShare,
  findMunicipality,
  linesOfItem,
  municipalityPart,
  type LineExplanation,
} from '../../../src/engine/explain';
import { money } from '../../../src/engine/outputs/numbers';
import { rational } from '../../../src/engine/rational';
import type { ContractJson } from '../../../src/engine/result';
import { runEngine, type Allocated } from '../../../src/engine/run';
import type { TableSheet } from '../../../src/engine/table';
import { dalslandSample } from '../../../src/samples/dalsland';
import { knutepunktSample } from '../../../src/samples/knutepunkt';
import { TIE_ITEM, tieSample } from '../../../src/samples/tieSample';
import { newXlsx } from '../../../src/workbook/xlsx';
import { highsSolver } from '../../support/highs';

jest.setTimeout(60_000);

async function allocate(sheets: readonly TableSheet[]): Promise<[Allocated, ContractJson]> {
  let allocated: Allocated | null = null;
  const result = runEngine(await newXlsx(sheets).readTables(), {
    language: 'en',
    today: { year: 2026, month: 5, day: 1 },
    solver: await highsSolver(),
    contractJson: true,
    onAllocated: (a) => (allocated = a),
  });
  if (!result.ok || !allocated || !result.json) throw new Error('the sample did not run');
  return [allocated, result.json];
}

/**
 * The shares contract §4 gives, from nothing but the explanation's amount and weights: floors,
 * then the units left to the largest remainders, ties to the larger weight, then the name.
 */
function recompute(line: LineExplanation): Map<string, bigint> {
  const total = line.participants.reduce((acc, p) => acc + p.weight, 0n);
  expect(total).toBe(line.weightTotal);
  const rows = line.participants.map((p) => {
    const floor = (line.amount * p.weight) / total;
    const remainder = line.amount * p.weight - floor * total;
    // What the explanation shows is what the rule computes.
    expect(p.quotient).toEqual(rational(line.amount * p.weight, total));
    expect(p.floor).toBe(floor);
    expect(p.remainder).toBe(remainder);
    return { name: p.name, weight: p.weight, floor, remainder };
  });
  const left = line.amount - rows.reduce((acc, r) => acc + r.floor, 0n);
  expect(left).toBe(BigInt(line.unitsLeft));
  const order = [...rows].sort(
    (x, y) =>
      (x.remainder === y.remainder ? 0 : x.remainder > y.remainder ? -1 : 1) ||
      (x.weight === y.weight ? 0 : x.weight > y.weight ? -1 : 1) ||
      compareCodePoints(x.name.trim(), y.name.trim()),
  );
  const recipients = order.slice(0, Number(left)).map((r) => r.name);
  expect(line.recipients).toEqual(recipients);
  return new Map(rows.map((r) => [r.name, r.floor + (recipients.includes(r.name) ? 1n : 0n)]));
}

describe.each([
  ['Knutepunkt', knutepunktSample],
  ['Dalsland', dalslandSample],
])('%s: every share from its explanation', (_, sheets) => {
  let allocated: Allocated;
  let json: ContractJson;
  beforeAll(async () => {
    [allocated, json] = await allocate(sheets);
  });

  test('equals the Allocation, exactly', () => {
    const { roundTo } = allocated.workbook.settings;
    const expected = new Map(
      json.allocation.map((a) => [`${a.item}|${a.source}|${a.kind}|${a.municipality}`, a.amount]),
    );
    let checked = 0;
    allocated.lines.forEach((_line, index) => {
      const explained = explainShare(allocated, index);
      const shares = recompute(explained);
      for (const p of explained.participants) {
        expect(p.share).toBe(shares.get(p.name));
        const id = `${explained.item}|${explained.source}|${explained.kind}|${p.name}`;
        expect(money(shares.get(p.name) ?? -1n, roundTo)).toBe(expected.get(id));
        checked++;
      }
    });
    expect(checked).toBe(json.allocation.length);
  });

  test("a municipality's lines are its Allocation rows, and add up to its totals", () => {
    for (const m of allocated.workbook.municipalities) {
      const part = municipalityPart(allocated, m.name);
      const { roundTo } = part;
      const mine = json.allocation.filter((a) => a.municipality === m.name);
      expect(part.lines).toHaveLength(mine.length);
      const sum = (kind: string): number =>
        mine.filter((a) => a.kind === kind).reduce((acc, a) => acc + Math.round(a.amount * 100), 0);
      expect(money(part.oneOff, roundTo) * 100).toBeCloseTo(sum('one-off'), 6);
      expect(money(part.annual, roundTo) * 100).toBeCloseTo(sum('annual'), 6);
      expect(part.total).toBe(part.oneOff + part.annual);
      const bySource = part.bySource.cost + part.bySource.system + part.bySource.proposal;
      expect(bySource).toBe(part.total);
      expect(part.byYear.reduce((acc, y) => acc + y.oneOff, 0n)).toBe(part.oneOff);
      // Every annual line runs in the last budget year: every funded proposal has started.
      expect(part.byYear.at(-1)?.annual).toBe(part.annual);
    }
  });
});

describe('a tie at the cut-off', () => {
  let allocated: Allocated;
  let line: LineExplanation;
  beforeAll(async () => {
    [allocated] = await allocate(tieSample);
    const part = municipalityPart(allocated, 'Beta');
    const [only] = linesOfItem(part, TIE_ITEM.toUpperCase());
    line = explainShare(allocated, only?.index ?? -1);
  });

  const of = (name: string) => line.participants.find((p) => p.name === name);

  test('gives the first unit by the larger weight and the second by the name', () => {
    expect(line.amount).toBe(1_000_005n);
    expect(line.unitsLeft).toBe(2);
    expect(line.recipients).toEqual(['Alfa', 'Beta']);
    expect(of('Alfa')).toMatchObject({ unitPlace: 1, rule: 'weight', share: 444_447n });
    expect(of('Beta')).toMatchObject({ unitPlace: 2, rule: 'name', share: 111_112n });
  });

  test('says why the others got none', () => {
    // Gamma ties Beta in fractional part and weight, and sorts after it; Delta's part is 0.
    expect(of('Gamma')).toMatchObject({ unitPlace: null, rule: 'name', share: 111_111n });
    expect(of('Delta')).toMatchObject({ unitPlace: null, rule: 'fraction', share: 333_335n });
    expect(of('Gamma')?.quotient).toEqual(rational(1_000_005n * 1000n, 9000n));
  });

  test('finds names however the user types them', () => {
    expect(findMunicipality(allocated, ' beta ')).toBe('Beta');
    expect(findMunicipality(allocated, 'Omega')).toBeNull();
  });

  test('explains a line a selected cell showed only while the run still gives its figure', () => {
    const ask = (shown: { item: string; figure: number }) =>
      answerQuery(allocated, { municipality: 'Beta', line: 0, statement: false, shown }, 'en', {
        year: 2026,
        month: 5,
        day: 1,
      })?.line ?? null;
    expect(ask({ item: TIE_ITEM, figure: 1111.12 })?.item).toBe(TIE_ITEM);
    // The cell showed another figure, or another line's Item: an older run wrote it.
    expect(ask({ item: TIE_ITEM, figure: 1111.11 })).toBeNull();
    expect(ask({ item: 'Kurs', figure: 1111.12 })).toBeNull();
  });
});
