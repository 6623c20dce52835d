import {
  fromDecimalString,
  fromNumber,
  rational,
  roundHalfAwayFromZero,
  floor,
  toNumber,
  compare,
} from '../../src/engine/rational';
import fc from 'fast-check';

describe('rational arithmetic', () => {
  it('reads decimals exactly, not through floats', () => {
    expect(fromNumber(0.1)).toEqual(rational(1n, 10n));
    expect(fromNumber(1234.505)).toEqual(rational(1234505n, 1000n));
    expect(fromDecimalString('1e-7')).toEqual(rational(1n, 10000000n));
    expect(fromDecimalString('abc')).toBeNull();
    expect(fromDecimalString('.')).toBeNull();
  });
  it('rounds half away from zero', () => {
    expect(roundHalfAwayFromZero(rational(5n, 2n))).toBe(3n);
    expect(roundHalfAwayFromZero(rational(-5n, 2n))).toBe(-3n);
    expect(roundHalfAwayFromZero(rational(249n, 100n))).toBe(2n);
    expect(roundHalfAwayFromZero(rational(123450500n, 100000n))).toBe(1235n);
  });
  it('floors towards minus infinity', () => {
    expect(floor(rational(7n, 2n))).toBe(3n);
    expect(floor(rational(-7n, 2n))).toBe(-4n);
    expect(floor(rational(-6n, 2n))).toBe(-3n);
  });
  it('compares and converts', () => {
    expect(compare(rational(1n, 3n), rational(2n, 6n))).toBe(0);
    expect(compare(rational(1n, 3n), rational(1n, 2n))).toBe(-1);
    expect(toNumber(rational(1n, 4n))).toBe(0.25);
  });
});

describe('fromNumber', () => {
  // fromNumber finds a number's few decimals by scaling; the decimal text is what it must equal.
  const viaText = (n: number) => fromDecimalString(String(n));

  it('reads every double as its shortest decimal text does', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(fromNumber(n)).toEqual(viaText(n));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads amounts of a few decimals (øre, scores, rates) as their decimal text does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 15), max: 10 ** 15 }),
        fc.integer({ min: 0, max: 8 }),
        (units, decimals) => {
          const n = units / 10 ** decimals;
          expect(fromNumber(n)).toEqual(viaText(n));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('keeps every digit a double shows beyond 15, and reduces the fraction', () => {
    expect(fromNumber(0.30000000000000004)).toEqual(viaText(0.30000000000000004));
    expect(fromNumber(123456789012345.67)).toEqual(viaText(123456789012345.67));
    expect(fromNumber(-2.5)).toEqual(rational(-5n, 2n));
    expect(fromNumber(1e-7)).toEqual(rational(1n, 10_000_000n));
  });
});
