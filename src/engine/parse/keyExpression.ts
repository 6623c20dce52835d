/**
 * Key expressions (fordelingsnøkkel, contract §3): a single key, or a mix such as
 * `20% equal + 80% population` whose percentages add up to exactly 100.
 */
import type { KeyExpression, KeyTerm, SingleKey } from '../model';
import type { ProblemCode } from '../problem';
import { compare, mul, rational, sum, toNumber, type Rational } from '../rational';
import { normaliseHeader } from './headers';
import { parseNumberText } from './values';

const BUILT_IN: Readonly<Record<string, 'population' | 'equal' | 'pcs' | 'standalone'>> = {
  population: 'population',
  innbyggere: 'population',
  befolkning: 'population',
  invånare: 'population',
  población: 'population',
  equal: 'equal',
  lik: 'equal',
  likt: 'equal',
  lika: 'equal',
  igual: 'equal',
  pcs: 'pcs',
  pc: 'pcs',
  pcer: 'pcs',
  datorer: 'pcs',
  standalone: 'standalone',
  frittstående: 'standalone',
  fristående: 'standalone',
};

export interface KeyError {
  readonly code: Extract<ProblemCode, 'BAD_KEY' | 'UNKNOWN_KEY' | 'KEY_PERCENT_SUM'>;
  readonly params: Readonly<Record<string, string | number>>;
}

const HUNDRED = rational(100n);

/** A key name → the key, matching custom columns the way headers match. */
function singleKey(name: string, customColumns: readonly string[]): SingleKey | null {
  const wanted = normaliseHeader(name);
  const builtIn = BUILT_IN[wanted];
  if (builtIn) return { kind: builtIn };
  const column = customColumns.find((c) => normaliseHeader(c) === wanted);
  return column === undefined ? null : { kind: 'custom', column };
}

const keyName = (key: SingleKey): string => (key.kind === 'custom' ? key.column : key.kind);

/** Percent as short decimal text: 1/3 of 100 is not allowed anyway, so this is exact. */
const percentText = (fraction: Rational): string => String(toNumber(mul(fraction, HUNDRED)));

/**
 * Parse a key expression against the custom key columns of `Municipalities`.
 * Returns the expression or what is wrong with it.
 */
export function parseKeyExpression(
  text: string,
  customColumns: readonly string[],
): KeyExpression | KeyError {
  const found = text.trim();
  const parts = found.split('+').map((p) => p.trim());
  if (parts.some((p) => p === '')) return { code: 'BAD_KEY', params: { found } };
  if (parts.length === 1 && !/%/.test(parts[0] ?? '')) {
    const key = singleKey(found, customColumns);
    if (!key) return { code: 'UNKNOWN_KEY', params: { found } };
    return { terms: [{ fraction: rational(1n), key }], text: keyName(key) };
  }
  const terms: KeyTerm[] = [];
  for (const part of parts) {
    const m = /^(\d+(?:[.,]\d+)?)\s*%\s*(.+)$/.exec(part);
    const percent = m ? parseNumberText(m[1] ?? '') : null;
    if (!m || percent === null) return { code: 'BAD_KEY', params: { found } };
    const key = singleKey(m[2] ?? '', customColumns);
    if (!key) return { code: 'UNKNOWN_KEY', params: { found: (m[2] ?? '').trim() } };
    terms.push({ fraction: mul(percent, rational(1n, 100n)), key });
  }
  const total = sum(terms.map((t) => t.fraction));
  if (compare(total, rational(1n)) !== 0) {
    return { code: 'KEY_PERCENT_SUM', params: { found, total: percentText(total) } };
  }
  return {
    terms,
    text: terms.map((t) => `${percentText(t.fraction)}% ${keyName(t.key)}`).join(' + '),
  };
}

export const isKeyError = (value: KeyExpression | KeyError): value is KeyError => 'code' in value;

/** Whether any term of the key uses a given kind. */
export const usesKind = (key: KeyExpression, kind: SingleKey['kind']): boolean =>
  key.terms.some((t) => t.key.kind === kind);
