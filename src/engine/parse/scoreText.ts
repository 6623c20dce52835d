/**
 * A score as a council member types it into the pane (`4`, `3,5`, `3.5`), or as a Scores cell
 * holds it, read as the parser reads a Scores cell (contract §2: 0 ≤ score ≤ ScoreMax, blank =
 * not scored), so the pane and `samkost merge-scores` accept exactly what a run will.
 */
import { toNumber } from '../rational';
import type { Cell } from '../table';
import { isProblem, readNumber } from './values';

/** The cell's score, null for blank, or 'invalid' for a value that a run would reject. */
export function readScoreCell(cell: Cell, scoreMax: number): number | null | 'invalid' {
  const value = readNumber(cell, '');
  if (value === null) return null;
  if (isProblem(value)) return 'invalid';
  const score = toNumber(value);
  return value.num < 0n || score > scoreMax ? 'invalid' : score;
}

/** The score, null for blank, or 'invalid' for text that a run would reject. */
export function readScoreText(text: string, scoreMax: number): number | null | 'invalid' {
  return readScoreCell({ value: text.trim() === '' ? null : text, address: '' }, scoreMax);
}
