/**
 * Key expressions (fordelingsnøkkel / fördelningsnyckel, contract §3): a single key, or a mix
 * such as `20% equal + 80% population` whose percentages add up to exactly 100.
 */
import type { KeyExpression, KeyTerm, SingleKey } from '../model';
import type { ProblemCode } from '../problem';
import { compare, mul, ONE, rational, sum, type Rational } from '../rational';
import { normaliseHeader } from './headers';
import { parseNumberText } from './numberText';
import { builtInKey } from './words';

/** What is wrong with a key expression; the caller adds the cell. */
export interface KeyError {
  readonly code: Extract<ProblemCode, 'BAD_KEY' | 'UNKNOWN_KEY' | 'KEY_PERCENT_SUM'>;
  readonly params: Readonly<Record<string, string>>;
}

const HUNDRED = rational(100n);
/** One term of a mix: a percentage (decimal comma or point allowed), `%`, and a key name. */
const TERM = /^(\d+(?:[.,]\d+)?)\s*%\s*(\S.*)$/;

/**
 * A key name → the key. Built-in names (in any of the four languages) come first; otherwise a
 * custom column of Municipalities, matched the way headers are.
 */
function singleKey(name: string, customColumns: readonly string[]): SingleKey | null {
  const builtIn = builtInKey(name);
  if (builtIn) return { kind: builtIn };
  const wanted = normaliseHeader(name);
  const column = customColumns.find((c) => normaliseHeader(c) === wanted);
  return column === undefined ? null : { kind: 'custom', column };
}

const keyName = (key: SingleKey): string => (key.kind === 'custom' ? key.column : key.kind);

/**
 * A rational with a terminating decimal expansion as short decimal text (1/8 → `0.125`); every
 * percentage here came from decimal text, so its expansion terminates.
 */
function decimalText(value: Rational): string {
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
