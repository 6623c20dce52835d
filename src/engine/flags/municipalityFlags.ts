/** Flags about what a municipality pays: over its budget, or over going alone. */
import type { AllocationLine } from '../allocate';
import type { FlagDraft, FlagInputs } from './types';
import { unitsOf } from '../allocate';

/**
 * BUDGET_EXCEEDED: the municipality's planning-year share (contract §6, see `yearTotals`)
 * is over its `Budget`.
 */
export function budgetFlags({ workbook, years, format }: FlagInputs): FlagDraft[] {
  const { planningYear, roundTo, currency } = workbook.settings;
  const flags: FlagDraft[] = [];
  const shares = years.find((y) => y.year === planningYear)?.municipalities ?? [];
  for (const [i, municipality] of workbook.municipalities.entries()) {
    if (municipality.budget === null) continue;
    const budget = unitsOf(municipality.budget, roundTo);
    const share = shares[i]?.total ?? 0n;
    if (share > budget) {
      flags.push({
        scope: 'municipality',
        subject: municipality.name,
        code: 'BUDGET_EXCEEDED',
        cell: municipality.cells['Budget'] ?? municipality.cell,
        params: {
          municipality: municipality.name,
          share: format.money(share),
          budget: format.money(budget),
          currency,
          year: planningYear,
        },
      });
    }
  }
  return flags;
}

/** STANDALONE_EXCEEDED: a share of an item is over that municipality's stand-alone cost of it. */
export function standAloneFlags({ workbook, lines, format }: FlagInputs): FlagDraft[] {
  const { roundTo, currency } = workbook.settings;
  const linesByItem = new Map<string, AllocationLine[]>();
  for (const line of lines) {
    const key = line.item.trim().toLowerCase();
    // Appended in place: a copy per line made thousands of same-named lines quadratic.
    const list = linesByItem.get(key);
    if (list) list.push(line);
    else linesByItem.set(key, [line]);
  }
  const flags: FlagDraft[] = [];
  for (const row of workbook.standAlone) {
    const standalone = unitsOf(row.cost, roundTo);
    for (const line of linesByItem.get(row.item.trim().toLowerCase()) ?? []) {
      const share = line.shares.get(row.municipality);
      if (share !== undefined && share > standalone) {
        flags.push({
          scope: 'municipality',
          subject: row.municipality,
          code: 'STANDALONE_EXCEEDED',
          cell: row.cell,
          params: {
            municipality: row.municipality,
            item: line.item,
            share: format.money(share),
            standalone: format.money(standalone),
            currency,
          },
        });
      }
    }
  }
  return flags;
}
