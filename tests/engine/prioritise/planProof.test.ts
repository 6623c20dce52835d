import fc from 'fast-check';
import { planGapPercent } from '../../../src/engine/prioritise';

const plan = (provenOptimal: boolean, relativeGap: number) => ({ provenOptimal, relativeGap });

describe('planGapPercent: the gap as the pane and the command line show it', () => {
  it('none for a proven plan, or for no bound below 100 %', () => {
    expect(planGapPercent(plan(true, 0))).toBeNull();
    for (const gap of [1, 1.5, Number.POSITIVE_INFINITY, Number.NaN, -0.1]) {
      expect(planGapPercent(plan(false, gap))).toBeNull();
    }
  });

  it('0 only when the total score is proven (gap 0); any other gap at least 0.01', () => {
    expect(planGapPercent(plan(false, 0))).toBe(0);
    expect(planGapPercent(plan(false, 1e-12))).toBe(0.01);
    expect(planGapPercent(plan(false, 0.00028))).toBe(0.03);
  });

  it('rounds up to hundredths of a percent: "at most" stays true, by less than 0.01 points', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (gap) => {
        const shown = planGapPercent(plan(false, gap));
        if (shown === null) return false;
        return (
          shown >= gap * 100 &&
          shown - gap * 100 < 0.01 + 1e-9 &&
          Number.isInteger(Math.round(shown * 100))
        );
      }),
      { numRuns: 2000 },
    );
  });
});
