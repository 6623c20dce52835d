/** Weights of the participants under a key expression (contract §3). */
import type { KeyExpression, Municipality, SingleKey } from '../model';
import {
  add,
  div,
  fromNumber,
  isZero,
  mul,
  ONE,
  rational,
  sum,
  ZERO,
  type Rational,
} from '../rational';

const fromCount = (n: number | null): Rational => (n === null ? ZERO : fromNumber(n));

/** Headers compared as the contract matches them: case-insensitive, ignoring spaces, `-`, `_`, `.`. */
const normaliseHeader = (header: string): string => header.toLowerCase().replace(/[\s\-_.]/g, '');

function customValue(municipality: Municipality, column: string): Rational {
  const exact = municipality.customKeys.get(column);
  if (exact !== undefined) return exact ?? ZERO;
  const wanted = normaliseHeader(column);
  for (const [header, value] of municipality.customKeys) {
    if (normaliseHeader(header) === wanted) return value ?? ZERO;
  }
  return ZERO;
}

/**
 * A municipality's value under one key: its population, PCs, custom column, 1 for `equal`, or its
 * stand-alone cost of the item for `standalone`. A blank (or missing) value counts as 0 here; the
 * parser reports blanks and missing stand-alone costs as errors.
 */
export function keyValue(
  key: SingleKey,
  municipality: Municipality,
  standAlone: ReadonlyMap<string, Rational>,
): Rational {
  switch (key.kind) {
    case 'population':
      return fromCount(municipality.population);
    case 'pcs':
      return fromCount(municipality.pcs);
    case 'equal':
      return ONE;
    case 'standalone':
      return standAlone.get(municipality.name) ?? ZERO;
    case 'custom':
      return customValue(municipality, key.column);
  }
}

/**
 * The weights w_i of `participants` (in their order) under `key` (contract §3).
 *
 * A single key gives each participant its own value. A mix `P_1% k_1 + P_2% k_2 + ...` gives
 * w_i = Σ_k P_k · v_k,i / Σ_j v_k,j: each key's shares are mixed, not its raw values, so
 * `20% equal + 80% population` over populations 1000 and 3000 gives 0.2·½ + 0.8·¼ = 0.3 and
 * 0.2·½ + 0.8·¾ = 0.7. Terms of 0 % are ignored.
 *
 * `standAlone` maps municipality name → its stand-alone cost of the item being split.
 * Returns null when a term's values add up to 0 over the participants: it cannot be normalised
 * (for a single key: nothing to split by), which the caller reports as `ZERO_WEIGHTS`.
 */
export function keyWeights(
  key: KeyExpression,
  participants: readonly Municipality[],
  standAlone: ReadonlyMap<string, Rational>,
): readonly Rational[] | null {
  const terms = key.terms.filter((term) => !isZero(term.fraction));
  const valuesOf = (k: SingleKey): Rational[] =>
    participants.map((m) => keyValue(k, m, standAlone));
  const [only] = terms;
  if (terms.length === 1 && only) {
    const values = valuesOf(only.key);
    return isZero(sum(values)) ? null : values;
  }
  let weights: Rational[] = participants.map(() => ZERO);
  for (const term of terms) {
    const values = valuesOf(term.key);
    const total = sum(values);
    if (isZero(total)) return null;
    const scale = div(term.fraction, total);
    weights = weights.map((w, i) => add(w, mul(scale, values[i] ?? ZERO)));
  }
  return weights;
}

/** Whether `key` uses `kind` in a term that counts (above 0 %). */
export const usesKey = (key: KeyExpression, kind: SingleKey['kind']): boolean =>
  key.terms.some((term) => term.key.kind === kind && !isZero(term.fraction));

/** Whether `key` is exactly the single key `pcs`: licence per PC (contract §4, last paragraph). */
export const isPerPc = (key: KeyExpression): boolean =>
  key.terms.length === 1 && key.terms[0]?.key.kind === 'pcs';

const single = (kind: 'population' | 'equal' | 'pcs' | 'standalone'): KeyExpression => ({
  terms: [{ fraction: ONE, key: { kind } }],
  text: kind,
});

/** The keys `SplitComparison` re-splits every line with (contract §6). */
export const COMPARISON_KEYS = {
  population: single('population'),
  equal: single('equal'),
  pcs: single('pcs'),
  equal30Population70: {
    terms: [
      { fraction: rational(3n, 10n), key: { kind: 'equal' } },
      { fraction: rational(7n, 10n), key: { kind: 'population' } },
    ],
    text: '30% equal + 70% population',
  },
  standalone: single('standalone'),
} as const satisfies Record<string, KeyExpression>;
