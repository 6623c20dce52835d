/**
 * Exact rational numbers on BigInt, for money and weights. Floats never touch a share: a float
 * approximation can misplace an øre (contract section 4).
 */
export interface Rational {
  /** Numerator; carries the sign. */
  readonly num: bigint;
  /** Denominator; always > 0. */
  readonly den: bigint;
}

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

/** The greatest common divisor of |a| and |b|; 0 when both are 0. */
export function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  // A temporary, not a destructuring swap: this runs for every rational made, and an array each
  // time was a tenth of a national run.
  while (y !== 0n) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

/** The least common denominator of `values` (1 for none). */
export const commonDenominator = (values: readonly Rational[]): bigint =>
  values.reduce((d, v) => (d % v.den === 0n ? d : (d / gcd(d, v.den)) * v.den), 1n);

/** A reduced rational num/den; throws on a zero denominator (a programming error, never input). */
export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError('zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export const ZERO: Rational = rational(0n);
export const ONE: Rational = rational(1n);

export const add = (a: Rational, b: Rational): Rational =>
  rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational): Rational =>
  rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);
export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('division by zero');
  return rational(a.num * b.den, a.den * b.num);
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Rational, b: Rational): number {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export const isZero = (a: Rational): boolean => a.num === 0n;
export const sum = (xs: readonly Rational[]): Rational => xs.reduce(add, ZERO);

/** ⌊a⌋ as a BigInt (towards −∞). */
export function floor(a: Rational): bigint {
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}

/** Round half away from zero to a whole number (contract section 4, step 1). */
export function roundHalfAwayFromZero(a: Rational): bigint {
  const twice = abs(a.num) * 2n + a.den;
  const magnitude = twice / (2n * a.den);
  return a.num < 0n ? -magnitude : magnitude;
}

/** The most decimals {@link fromNumber} finds by scaling; more take the decimal text. */
const FEW_DECIMALS = 6;

/** The greatest common divisor of two whole numbers > 0 below 2^53 (exact in doubles). */
function gcdOfNumbers(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

/** A rational from a JS number, exactly as its shortest decimal text (0.1 → 1/10, not the float). */
export function fromNumber(n: number): Rational {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  // Whole numbers (counts, scores) are most of what a workbook holds: no decimal text for them.
  if (Number.isSafeInteger(n)) return { num: BigInt(n), den: 1n };
  // Money in øre and scores such as 3.5 have a few decimals: find them by scaling, without the
  // decimal text, its regex and a BigInt gcd (thousands of amounts in a national workbook).
  let scale = 1;
  for (let decimals = 1; decimals <= FEW_DECIMALS; decimals++) {
    scale *= 10;
    const units = Math.round(n * scale);
    // n is the double nearest units / 10^decimals, a decimal of at most 15 significant digits.
    // Doubles tell every two such decimals apart (15 digits survive the round trip), so no
    // shorter decimal names n, and n's shortest decimal text, String(n), is this one.
    if (Math.abs(units) < 1e15 && units / scale === n) {
      const g = gcdOfNumbers(Math.abs(units), scale);
      return { num: BigInt(units / g), den: BigInt(scale / g) };
    }
  }
  const exact = fromDecimalString(String(n));
  // String() of a finite number is always decimal text, so this cannot happen; say so if it does.
  if (exact === null) throw new RangeError(`unreadable number text: ${String(n)}`);
  return exact;
}

/**
 * A rational from plain decimal text: optional sign, digits, optional `.fraction`, optional
 * exponent (`1e-7`, which `String(number)` produces). Returns null for anything else.
 */
export function fromDecimalString(text: string): Rational | null {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const [, sign, whole, fraction = '', exponent = '0'] = m;
  let num = BigInt((whole || '0') + fraction);
  let den = 10n ** BigInt(fraction.length);
  const e = Number(exponent);
  if (e > 0) num *= 10n ** BigInt(e);
  else if (e < 0) den *= 10n ** BigInt(-e);
  return rational(sign === '-' ? -num : num, den);
}

/** The nearest JS number, for display and for the non-monetary maths (scores, NPV). */
export function toNumber(a: Rational): number {
  // Split off the whole part first so very large numerators keep their precision.
  const whole = a.num / a.den;
  const rest = a.num - whole * a.den;
  return Number(whole) + Number(rest) / Number(a.den);
}

/** Whole units of `unit` (e.g. øre for a unit of 0.01) → currency units as a JS number, exactly rounded. */
export function unitsToNumber(units: bigint, unit: Rational): number {
  return toNumber(mul(rational(units), unit));
}
