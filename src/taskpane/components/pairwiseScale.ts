/**
 * Saaty's scale on the pairwise editor's slider (contract v1.1 §10): 17 positions, −8 … 8. The
 * left end is criterion A, so a position p ≤ 0 is "A is 1 − p times as important as B" (9 at
 * −8) and p > 0 is "B is 1 + p times as important as A", i.e. the ratio 1/(1 + p).
 */
import type { Language } from '../../i18n/language';
import { formatNumber } from '../../i18n/numbers';

export const SCALE_MIN = -8;
export const SCALE_MAX = 8;

/** The ratio A : B at a slider position. */
export const ratioAt = (position: number): number =>
  position <= 0 ? 1 - position : 1 / (1 + position);

const POSITIONS = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);

/** The position nearest a ratio, measured as factors (ln), so 1.5 lies between 1 and 2. */
export function positionOf(ratio: number): number {
  let best = 0;
  let distance = Number.POSITIVE_INFINITY;
  for (const position of POSITIONS) {
    const d = Math.abs(Math.log(ratio / ratioAt(position)));
    if (d < distance - 1e-12) {
      best = position;
      distance = d;
    }
  }
  return best;
}

/** A ratio that is exactly a slider step (a value written off the scale, such as 1.5 or 0.333, is not). */
export const onScale = (ratio: number): boolean =>
  Math.abs(ratio / ratioAt(positionOf(ratio)) - 1) < 1e-12;

/**
 * The ratio as the council writes it: `3`, `1/3`, and off the scale a decimal in the language's
 * way (`1,50`).
 */
export function ratioText(ratio: number, language: Language): string {
  if (!onScale(ratio)) return formatNumber(ratio, language, 2);
  const position = positionOf(ratio);
  return position <= 0 ? String(1 - position) : `1/${1 + position}`;
}

/**
 * The value a Ratio cell gets: a step of the scale as the council writes it, a whole number as a
 * number and a reciprocal as the text `1/3` (exact, where 0.333 is not); a ratio off the scale as
 * the number it is.
 */
export function ratioCell(ratio: number): number | string {
  if (!onScale(ratio)) return ratio;
  const position = positionOf(ratio);
  return position <= 0 ? 1 - position : `1/${1 + position}`;
}

/** Which criterion a position favours and by how much (1 = equal … 9 = extremely). */
export function leaning(position: number): { readonly side: 'a' | 'b'; readonly step: number } {
  return position <= 0 ? { side: 'a', step: 1 - position } : { side: 'b', step: 1 + position };
}
