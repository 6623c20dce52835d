/** OUTSIDE_CORE: a group of members pays more together than it would pay on its own. */
import { unitsOf } from '../allocate';
import { indexCoalitions } from '../coalitions/game';
import { coreViolations } from '../coalitions/core';
import type { FlagDraft, FlagInputs } from './types';

/**
 * One flag per line of an item with coalition costs and given coalition S ≠ N whose shares add up
 * to more than c(S) (contract v1.1 §12), at the coalition's CoalitionCosts cell.
 */
export function coreFlags({ workbook, lines, format }: FlagInputs): FlagDraft[] {
  const rows = workbook.coalitionCosts ?? [];
  if (rows.length === 0) return [];
  const { roundTo, currency } = workbook.settings;
  return coreViolations(lines, indexCoalitions(rows), roundTo).map(({ line, row, pays }) => {
    const alone = unitsOf(row.cost, roundTo);
    return {
      scope: 'cost',
      subject: line.item,
      code: 'OUTSIDE_CORE',
      cell: row.cell,
      params: {
        item: line.item,
        coalition: row.coalition.join(', '),
        pays: format.money(pays, [alone]),
        alone: format.money(alone, [pays]),
        currency,
      },
    };
  });
}
