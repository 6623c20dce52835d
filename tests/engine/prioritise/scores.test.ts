import { prioritise } from '../../../src/engine/prioritise';
import { workbook } from './builder';

const byId = (wb: Parameters<typeof prioritise>[0]) =>
  new Map(prioritise(wb).map((p) => [p.id, p]));

describe('Contract §5 scores and rank', () => {
  test('score = 100·Σ w·m / (ScoreMax·Σ w) with m the mean of the non-blank scores', () => {
    // A: Benefit mean (4+2)/2 = 3, Risk mean 5 (Kari left it blank) → 100·(2·3 + 1·5)/(5·3) = 73.33…
    const wb = workbook({
      proposals: [{ id: 'A' }],
      criteria: [
        ['Benefit', 2],
        ['Risk', 1],
      ],
      scores: [
        ['A', 'Ola', [4, 5]],
        ['A', 'Kari', [2, null]],
      ],
    });
    const a = byId(wb).get('A');
    expect(a?.score).toBeCloseTo((100 * (2 * 3 + 5)) / 15, 12);
    expect(a?.scorers).toBe(2);
    expect(a?.incompleteCriteria).toEqual([]);
    expect(a?.cell).toBe('Proposals!A2');
    expect(a?.title).toBe('Proposal A');
  });

  test('decimal scores are exact: means equal as decimals tie, whatever floats would say', () => {
    // B's (0.1 + 0.2)/2 is 0.15000000000000002 in floats; exactly, it is A's 0.15.
    const wb = workbook({
      proposals: [{ id: 'A' }, { id: 'B' }],
      criteria: [['Benefit', 1]],
      scores: [
        ['A', 'Ola', [0.15]],
        ['A', 'Kari', [0.15]],
        ['B', 'Ola', [0.1]],
        ['B', 'Kari', [0.2]],
      ],
    });
    const scores = byId(wb);
    expect(scores.get('B')?.score).toBe(scores.get('A')?.score);
    expect(scores.get('A')?.score).toBeCloseTo(3, 12);
    // A tie goes to the lower OneOffCost (equal here), then to the ID that sorts first.
    expect([scores.get('A')?.rank, scores.get('B')?.rank]).toEqual([1, 2]);
  });

  test('a criterion nobody scored counts as 0 and is listed as incomplete', () => {
    const wb = workbook({
      proposals: [{ id: 'A' }, { id: 'B' }],
      criteria: [
        ['Benefit', 1],
        ['Risk', 1],
      ],
      scores: [
        ['A', 'Ola', [5, null]],
        ['B', 'Ola', [null, null]],
      ],
    });
    const result = byId(wb);
    expect(result.get('A')?.score).toBeCloseTo(50, 12);
    expect(result.get('A')?.incompleteCriteria).toEqual(['Risk']);
    // A row with only blanks is no scorer.
    expect(result.get('B')?.scorers).toBe(0);
    expect(result.get('B')?.score).toBe(0);
    expect(result.get('B')?.incompleteCriteria).toEqual(['Benefit', 'Risk']);
  });

  test('without criteria every score is 0 and nothing is incomplete', () => {
    const result = prioritise(workbook({ proposals: [{ id: 'A' }] }));
    expect(result[0]?.score).toBe(0);
    expect(result[0]?.incompleteCriteria).toEqual([]);
  });

  test('the ScoreMax setting scales the score', () => {
    const wb = workbook({
      settings: { scoreMax: 10 },
      proposals: [{ id: 'A' }],
      criteria: [['Benefit', 1]],
      scores: [['A', 'Ola', [5]]],
    });
    expect(prioritise(wb)[0]?.score).toBeCloseTo(50, 12);
  });

  test('rank 1 is the highest score; ties go to the lower OneOffCost, then to the ID', () => {
    const wb = workbook({
      proposals: [
        { id: 'b', oneOff: 100 },
        { id: 'a', oneOff: 100 },
        { id: 'C', oneOff: 50 },
        { id: 'D', oneOff: 999 },
      ],
      criteria: [['Benefit', 1]],
      scores: [
        ['b', 'Ola', [3]],
        ['a', 'Ola', [3]],
        ['C', 'Ola', [3]],
        ['D', 'Ola', [4]],
      ],
    });
    const result = prioritise(wb);
    // Proposals order is kept; ranks: D (best), C (cheaper), a (ID), b.
    expect(result.map((p) => p.id)).toEqual(['b', 'a', 'C', 'D']);
    expect(result.map((p) => p.rank)).toEqual([4, 3, 2, 1]);
  });

  test('IDs tie-break in code-point order, not locale order', () => {
    // 'Z' (U+005A) sorts before 'a' (U+0061) by code point, after it by locale.
    const wb = workbook({ proposals: [{ id: 'a' }, { id: 'Z' }] });
    const result = byId(wb);
    expect(result.get('Z')?.rank).toBe(1);
    expect(result.get('a')?.rank).toBe(2);
  });

  test('scorers counts distinct names with at least one score', () => {
    const wb = workbook({
      proposals: [{ id: 'A' }],
      criteria: [
        ['Benefit', 1],
        ['Risk', 1],
      ],
      scores: [
        ['A', 'Ola', [4, null]],
        ['A', 'Kari', [null, 2]],
        ['A', 'Per', [null, null]],
      ],
    });
    expect(prioritise(wb)[0]?.scorers).toBe(2);
  });
  test('weights are normalised: any scale gives the same score', () => {
    const at = (benefit: number, risk: number): number | undefined =>
      prioritise(
        workbook({
          proposals: [{ id: 'A' }],
          criteria: [
            ['Benefit', benefit],
            ['Risk', risk],
          ],
          scores: [['A', 'Ola', [4, 1]]],
        }),
      )[0]?.score;
    // 100 · (2·4 + 1·1) / (5 · 3) = 60
    expect(at(2, 1)).toBe(60);
    expect(at(20, 10)).toBe(60);
    expect(at(0.2, 0.1)).toBe(60);
  });

  test('equal scores tie exactly whatever the order of the rows (no float noise)', () => {
    // As floats, 0.1 + 0.2 + 0.3 ≠ 0.3 + 0.2 + 0.1; the exact means are equal, so the cheaper wins.
    const wb = workbook({
      settings: { scoreMax: 1 },
      proposals: [
        { id: 'A', oneOff: 20 },
        { id: 'Z', oneOff: 10 },
      ],
      criteria: [['Benefit', 1]],
      scores: [
        ['A', 'Ola', [0.1]],
        ['A', 'Kari', [0.2]],
        ['A', 'Per', [0.3]],
        ['Z', 'Ola', [0.3]],
        ['Z', 'Kari', [0.2]],
        ['Z', 'Per', [0.1]],
      ],
    });
    const result = byId(wb);
    expect(result.get('A')?.score).toBe(result.get('Z')?.score);
    expect(result.get('Z')?.rank).toBe(1);
  });

  test('code-point order also beyond the BMP (not UTF-16 order)', () => {
    // U+FFFF < U+1F600 by code point; JavaScript's `<` on UTF-16 units says the opposite.
    const result = byId(workbook({ proposals: [{ id: '\u{1F600}' }, { id: '\uFFFF' }] }));
    expect(result.get('\uFFFF')?.rank).toBe(1);
    expect(result.get('\u{1F600}')?.rank).toBe(2);
  });
});

describe('§5 spread', () => {
  test('the largest population standard deviation over criteria', () => {
    // Benefit 1, 5 → sd 2; Risk 3, 4, blank → sd 0.5. Spread 2.
    const wb = workbook({
      proposals: [{ id: 'A' }],
      criteria: [
        ['Benefit', 1],
        ['Risk', 1],
      ],
      scores: [
        ['A', 'Ola', [1, 3]],
        ['A', 'Kari', [5, 4]],
        ['A', 'Per', [null, null]],
      ],
    });
    expect(prioritise(wb)[0]?.spread).toBeCloseTo(2, 12);
  });

  test('population (divide by n), not sample, standard deviation', () => {
    // 1, 2, 3: population sd √(2/3) ≈ 0.8165; sample sd would be 1.
    const wb = workbook({
      proposals: [{ id: 'A' }],
      criteria: [['Benefit', 1]],
      scores: [
        ['A', 'Ola', [1]],
        ['A', 'Kari', [2]],
        ['A', 'Per', [3]],
      ],
    });
    expect(prioritise(wb)[0]?.spread).toBeCloseTo(Math.sqrt(2 / 3), 12);
  });

  test('0 with fewer than two scores', () => {
    const wb = workbook({
      proposals: [{ id: 'A' }],
      criteria: [['Benefit', 1]],
      scores: [['A', 'Ola', [5]]],
    });
    expect(prioritise(wb)[0]?.spread).toBe(0);
  });
});

describe('§5 NPV/BCR/payback', () => {
  test('hand-checked at 4 % over 3 years', () => {
    // Annuity factor 1/1.04 + 1/1.04² + 1/1.04³ = 2.775091…
    const factor = 1 / 1.04 + 1 / 1.04 ** 2 + 1 / 1.04 ** 3;
    const wb = workbook({
      proposals: [{ id: 'A', oneOff: 1000, annualCost: 100, annualBenefit: 500, lifetime: 3 }],
    });
    const a = prioritise(wb)[0];
    expect(a?.npv).toBeCloseTo(-1000 + 400 * factor, 9);
    expect(a?.npv).toBeCloseTo(110.036, 3);
    expect(a?.bcr).toBeCloseTo((500 * factor) / (1000 + 100 * factor), 12);
    expect(a?.payback).toBeCloseTo(2.5, 12);
  });

  test('NPV at 4 % over 5 years matches the closed-form annuity factor', () => {
    // (1 − 1.04^−5) / 0.04 = 4.451822…, computed independently of the engine's loop.
    const factor = (1 - 1.04 ** -5) / 0.04;
    const wb = workbook({
      proposals: [{ id: 'A', oneOff: 100_000, annualCost: 10_000, annualBenefit: 40_000 }],
    });
    const a = prioritise(wb)[0];
    expect(a?.npv).toBeCloseTo(-100_000 + 30_000 * factor, 6);
    expect(a?.npv).toBeCloseTo(33_554.67, 2);
    expect(a?.payback).toBeCloseTo(10 / 3, 12);
  });

  test('the discount rate setting is used', () => {
    const wb = workbook({
      settings: { discountRate: 0 },
      proposals: [{ id: 'A', oneOff: 100, annualBenefit: 30, lifetime: 4 }],
    });
    expect(prioritise(wb)[0]?.npv).toBeCloseTo(20, 12);
  });

  test('BCR is blank when nothing is spent; payback blank unless the net benefit is positive', () => {
    const wb = workbook({
      proposals: [
        { id: 'Free', annualBenefit: 10 },
        { id: 'Even', oneOff: 50, annualCost: 10, annualBenefit: 10 },
        { id: 'Loss', oneOff: 50, annualCost: 20, annualBenefit: 10 },
      ],
    });
    const result = byId(wb);
    expect(result.get('Free')?.bcr).toBeNull();
    expect(result.get('Free')?.payback).toBe(0);
    expect(result.get('Even')?.payback).toBeNull();
    expect(result.get('Loss')?.payback).toBeNull();
    expect(result.get('Loss')?.bcr).not.toBeNull();
  });
});
