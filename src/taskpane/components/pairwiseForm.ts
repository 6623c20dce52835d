/**
 * The pairwise editor's data: one judgement per pair of criteria, in criteria order (A before B),
 * pre-filled from the last run's CriteriaPairs rows (either way round), and what a save writes.
 * (What the judgements weigh is the engine's `pairwiseWeights`, called by the editor itself.)
 */
import type { PairRatio } from '../../engine/model';
import { normaliseHeader } from '../../engine/parse/headers';
import type { PairToSave } from '../../workbook/pairRows';
import { ratioCell } from './pairwiseScale';

export interface EditedPair {
  /** Indices into the criteria, a < b. */
  readonly a: number;
  readonly b: number;
  /** A : B as the slider now says. */
  readonly ratio: number;
  /** A : B as the workbook said at the last run; null when CriteriaPairs had no row for it. */
  readonly original: number | null;
}

/** Every pair of `criteria`, with the ratio of its row in `judgements` (1 where it has none). */
export function initialPairs(
  criteria: readonly string[],
  judgements: readonly PairRatio[],
): EditedPair[] {
  const index = new Map(criteria.map((name, i) => [normaliseHeader(name), i]));
  const given = new Map<string, number>();
  for (const j of judgements) {
    const a = index.get(normaliseHeader(j.a));
    const b = index.get(normaliseHeader(j.b));
    if (a === undefined || b === undefined || a === b) continue;
    given.set(a < b ? `${a} ${b}` : `${b} ${a}`, a < b ? j.ratio : 1 / j.ratio);
  }
  const pairs: EditedPair[] = [];
  for (let a = 0; a < criteria.length; a++)
    for (let b = a + 1; b < criteria.length; b++) {
      const original = given.get(`${a} ${b}`) ?? null;
      pairs.push({ a, b, ratio: original ?? 1, original });
    }
  return pairs;
}

/** A pair the council moved (or one the workbook has no row for) is written; the rest are kept. */
export const isChanged = (pair: EditedPair): boolean =>
  pair.original === null || pair.ratio !== pair.original;

/** What a save hands the workbook: every pair, the moved and the missing ones marked changed. */
export function pairsToSave(
  criteria: readonly string[],
  pairs: readonly EditedPair[],
): PairToSave[] {
  return pairs.map((pair) => ({
    a: criteria[pair.a] ?? '',
    b: criteria[pair.b] ?? '',
    ratio: ratioCell(pair.ratio),
    reversed: ratioCell(1 / pair.ratio),
    changed: isChanged(pair),
  }));
}
