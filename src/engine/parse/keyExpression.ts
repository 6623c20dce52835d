/**
 * Key expressions (fordelingsnøkkel / fördelningsnyckel, contract §3): a single key, or a mix
 * such as `20% equal + 80% population` whose percentages add up to exactly 100; a single key may
 * be a taper, `taper(population; 150000; 50%)` (contract v1.1 §9).
 */
import type { KeyExpression, KeyTerm, SingleKey, TaperBase } from '../model';
import type { ProblemCode } from '../problem';
import { compare, div, mul, ONE, rational, sum, ZERO, type Rational } from '../rational';
import { normaliseHeader } from './headers';
import { parseNumberText } from './numberText';
import { builtInKey, isTaperWord } from './words';

/** What is wrong with a key expression; the caller adds the cell. */
export interface KeyError {
  readonly code: Extract<ProblemCode, 'BAD_KEY' | 'UNKNOWN_KEY' | 'KEY_PERCENT_SUM' | 'BAD_TAPER'>;
  readonly params: Readonly<Record<string, string>>;
}

const isError = (value: SingleKey | KeyError | null): value is KeyError =>
  value !== null && 'code' in value;

const HUNDRED = rational(100n);
/** One term of a mix: a percentage (decimal comma or point allowed), `%`, and a key name. */
const TERM = /^(\d+(?:[.,]\d+)?)\s*%\s*(\S.*)$/;

/** A function call: its name and everything between its parentheses. */
const CALL = /^([^\s(]+)\s*\((.*)\)$/s;

/**
 * A key name → the key. Built-in names (in any of the four languages) come first, then a taper;
 * otherwise a custom column of Municipalities, matched the way headers are. Null when it names
 * nothing; a KeyError for a taper that cannot be read.
 */
function singleKey(name: string, customColumns: readonly string[]): SingleKey | KeyError | null {
  const builtIn = builtInKey(name);
  if (builtIn) return { kind: builtIn };
  const call = CALL.exec(name.trim());
  if (call && isTaperWord(call[1] ?? ''))
    return taperKey(name.trim(), call[2] ?? '', customColumns);
  const wanted = normaliseHeader(name);
  const column = customColumns.find((c) => normaliseHeader(c) === wanted);
  return column === undefined ? null : { kind: 'custom', column };
}

/**
 * `taper(KEY; T; P%)` (contract v1.1 §9): the arguments split on `;` when there is one, else on
 * `,`; KEY is population, pcs or a custom column (UNKNOWN_KEY when it names nothing), T ≥ 0 a
 * number, P from 0 to 100 with or without `%`. Anything else is BAD_TAPER.
 */
function taperKey(
  found: string,
  argumentText: string,
  customColumns: readonly string[],
): SingleKey | KeyError {
  const bad: KeyError = { code: 'BAD_TAPER', params: { found } };
  const args = argumentText.split(argumentText.includes(';') ? ';' : ',').map((a) => a.trim());
  const [name = '', thresholdText = '', rateText = ''] = args;
  if (args.length !== 3) return bad;
  const base = singleKey(name, customColumns);
  if (base === null) return { code: 'UNKNOWN_KEY', params: { found: name } };
  if (isError(base)) return bad;
  const tapered: TaperBase | null =
    base.kind === 'custom'
      ? base
      : base.kind === 'population' || base.kind === 'pcs'
        ? { kind: base.kind }
        : null;
  if (tapered === null) return bad;
  const threshold = parseNumberText(thresholdText);
  const percent = parseNumberText(rateText);
  if (threshold === null || percent === null || thresholdText.endsWith('%')) return bad;
  // `50%` reads as 1/2 already; a bare `50` is a percentage too.
  const rate = rateText.endsWith('%') ? percent : div(percent, HUNDRED);
  if (compare(threshold, ZERO) < 0 || compare(rate, ZERO) < 0 || compare(rate, ONE) > 0) {
    return bad;
  }
  return { kind: 'taper', base: tapered, threshold, rate };
}

function keyName(key: SingleKey): string {
  switch (key.kind) {
    case 'custom':
      return key.column;
    case 'taper':
      return `taper(${keyName(key.base)}; ${decimalText(key.threshold)}; ${percentText(key.rate)}%)`;
    default:
      return key.kind;
  }
}

/** A single key as an expression of its own (one term of 100 %), with its canonical text. */
export const singleKeyExpression = (key: SingleKey): KeyExpression => ({
  terms: [{ fraction: ONE, key }],
  text: keyName(key),
});

/**
 * A rational with a terminating decimal expansion as short decimal text (1/8 → `0.125`); every
 * percentage here came from decimal text, so its expansion terminates.
 */
export function decimalText(value: Rational): string {
  let scale = 0;
  let num = value.num;
  while ((num * 10n ** BigInt(scale)) % value.den !== 0n && scale < 40) scale += 1;
  num = (num * 10n ** BigInt(scale)) / value.den;
  const digits = (num < 0n ? -num : num).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${num < 0n ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

const percentText = (fraction: Rational): string => decimalText(mul(fraction, HUNDRED));

/**
 * Parse a key expression against the extra columns of `Municipalities` (headers as written).
 * Returns the expression, with canonical English text, or what is wrong with it: BAD_KEY when it
 * cannot be read, UNKNOWN_KEY naming a key that does not exist, KEY_PERCENT_SUM when a mix's
 * percentages do not add up to exactly 100.
 */
export function parseKeyExpression(
  text: string,
  customColumns: readonly string[],
): KeyExpression | KeyError {
  const found = text.trim();
  const whole = singleKey(found, customColumns);
  if (isError(whole)) return whole;
  if (whole) return { terms: [{ fraction: ONE, key: whole }], text: keyName(whole) };
  if (!found.includes('%') && !found.includes('+')) {
    return { code: 'UNKNOWN_KEY', params: { found } };
  }
  const terms: KeyTerm[] = [];
  for (const part of found.split('+').map((p) => p.trim())) {
    const m = TERM.exec(part);
    const percent = m ? parseNumberText(m[1] ?? '') : null;
    if (!m || percent === null) return { code: 'BAD_KEY', params: { found } };
    const name = (m[2] ?? '').trim();
    const key = singleKey(name, customColumns);
    if (isError(key)) return key;
    if (!key) return { code: 'UNKNOWN_KEY', params: { found: name } };
    terms.push({ fraction: mul(percent, rational(1n, 100n)), key });
  }
  const total = sum(terms.map((t) => t.fraction));
  if (compare(total, ONE) !== 0) {
    return { code: 'KEY_PERCENT_SUM', params: { found, total: percentText(total) } };
  }
  return {
    terms,
    text: terms.map((t) => `${percentText(t.fraction)}% ${keyName(t.key)}`).join(' + '),
  };
}

export const isKeyError = (value: KeyExpression | KeyError): value is KeyError => 'code' in value;
