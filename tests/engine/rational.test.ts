import {
  fromDecimalString,
  fromNumber,
  rational,
  roundHalfAwayFromZero,
  floor,
  toNumber,
  compare,
} from '../../src/engine/rational';

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
