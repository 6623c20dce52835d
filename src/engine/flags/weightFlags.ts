/** INCONSISTENT_WEIGHTS: the council's pairwise judgements contradict each other (v1.1 §10). */
import { isInconsistent } from '../weights/ahp';
import type { FlagDraft, FlagInputs } from './types';

/**
 * One flag when CR > 0.10, at the CriteriaPairs table, naming the judgement furthest from the
 * weights (the largest factor between its ratio and w_a / w_b) so the council knows where to look.
 */
export function weightFlags({ workbook, format }: FlagInputs): FlagDraft[] {
  const pairwise = workbook.pairwise;
  if (pairwise === undefined || !isInconsistent(pairwise.cr)) return [];
  const worst = pairwise.mostInconsistent;
  return [
    {
      scope: 'criterion',
      subject: 'CriteriaPairs',
      code: 'INCONSISTENT_WEIGHTS',
      cell: 'CriteriaPairs',
      params: {
        cr: format.decimal(pairwise.cr, 2),
        a: worst?.a ?? '',
        b: worst?.b ?? '',
        cell: worst?.cell ?? '',
        ratio: format.decimal(worst?.ratio ?? 0, 2),
        implied: format.decimal(worst?.implied ?? 0, 2),
      },
    },
  ];
}
