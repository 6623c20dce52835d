/** Contract v1.1 §11: why a proposal is not funded, read off the plan as it stands. */
import type { FundingPlan } from '../../../src/engine/prioritise';
import { whyNotFunded } from '../../../src/engine/prioritise/whyNotFunded';
import { fromNumber } from '../../../src/engine/rational';
import { workbook } from './builder';

const plan = (starts: Record<string, number>): FundingPlan => ({
  startYears: new Map(Object.entries(starts)),
  provenOptimal: true,
  relativeGap: 0,
  unstartableMandatory: [],
  method: 'milp',
});

describe('why not funded', () => {
  const wb = workbook({
    proposals: [
      { id: 'A', oneOff: 600 },
      { id: 'B', oneOff: 500 },
      { id: 'C', oneOff: 10, dependsOn: ['B'] },
      { id: 'D', oneOff: 10, earliestYear: 2030 },
      { id: 'E', oneOff: 100, annualCost: 50, earliestYear: 2027 },
      { id: 'F', oneOff: 0 },
      { id: 'Z', oneOff: 0, annualCost: 60 },
    ],
    budget: [
      { year: 2026, investment: 1000, operating: 100 },
      { year: 2027, investment: 1000, operating: 100 },
    ],
  });
  // The plan funds A (600 of 2026's 1000) and Z (60 of every year's operating 100).
  const reasons = whyNotFunded(
    wb,
    plan({ A: 2026, Z: 2026 }),
    new Map([
      ['A', 80],
      ['B', 70],
      ['C', 60],
      ['D', 50],
      ['E', 40],
      ['F', 0],
      ['Z', 10],
    ]),
  );

  it('names the first budget year and the amount it would overrun at its earliest start', () => {
    // B at 2026: 600 + 500 − 1000 = 100 over the investment budget.
    expect(reasons.get('B')).toEqual({ kind: 'investment', year: 2026, overrun: fromNumber(100) });
    // E at 2027 (its EarliestYear): investment fits; operating 60 + 50 − 100 = 10 over in 2027.
    expect(reasons.get('E')).toEqual({
      kind: 'operating',
      start: 2027,
      year: 2027,
      overrun: fromNumber(10),
    });
  });

  it('names an unfunded dependency, and an EarliestYear after the last budget year', () => {
    expect(reasons.get('C')).toEqual({ kind: 'dependency', dependency: 'B' });
    expect(reasons.get('D')).toEqual({ kind: 'earliestYear', year: 2030, lastYear: 2027 });
  });

  it('says when it would fit and the plan left it out because its score adds nothing', () => {
    expect(reasons.get('F')).toEqual({ kind: 'leftOut', year: 2026, zeroScore: true });
  });

  it('gives no reason for a funded proposal', () => {
    expect(reasons.has('A')).toBe(false);
    expect([...reasons.keys()]).toEqual(['B', 'C', 'D', 'E', 'F']);
  });
});
