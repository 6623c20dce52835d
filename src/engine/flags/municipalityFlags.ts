/** Flags about what a municipality pays: over its budget, or over going alone. */
import type { AllocationLine } from '../allocate';
import type { FlagDraft, FlagInputs } from './types';
import { unitsOf } from '../allocate';

/**
 * BUDGET_EXCEEDED: the municipality's planning-year share (contract §6, see `lineTotals`)
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
          share: format.money(share, [budget]),
          budget: format.money(budget, [share]),
          currency,
          year: planningYear,
        },
      });
    }
  }
  return flags;
}

/**
 * A line's share for the municipality at `position` in `Municipalities` (undefined when it does
 * not take part): from the exact numbers when the line has them, found by bisection (a line's
 * positions ascend), so no line's map by name is built for the few shares looked at.
 */
function shareAt(line: AllocationLine, position: number, name: string): bigint | undefined {
  const { units, positions } = line;
  if (!units) return line.shares.get(name);
  let low = 0;
  let high = positions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = positions[mid] ?? 0;
    if (at === position) return BigInt(units[mid] ?? 0);
    if (at < position) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/** STANDALONE_EXCEEDED: a share of an item is over that municipality's stand-alone cost of it. */
export function standAloneFlags({ workbook, lines, format }: FlagInputs): FlagDraft[] {
  if (workbook.standAlone.length === 0) return [];
  const { roundTo, currency } = workbook.settings;
  const linesByItem = new Map<string, AllocationLine[]>();
  for (const line of lines) {
    const key = line.item.trim().toLowerCase();
    // Appended in place: a copy per line made thousands of same-named lines quadratic.
    const list = linesByItem.get(key);
    if (list) list.push(line);
    else linesByItem.set(key, [line]);
  }
  const positionOf = new Map(workbook.municipalities.map((m, i) => [m.name, i]));
  const flags: FlagDraft[] = [];
  for (const row of workbook.standAlone) {
    const itemLines = linesByItem.get(row.item.trim().toLowerCase());
    const position = positionOf.get(row.municipality);
    if (!itemLines || position === undefined) continue;
    const standalone = unitsOf(row.cost, roundTo);
    for (const line of itemLines) {
      const share = shareAt(line, position, row.municipality);
      if (share !== undefined && share > standalone) {
        flags.push({
          scope: 'municipality',
          subject: row.municipality,
          code: 'STANDALONE_EXCEEDED',
          cell: row.cell,
          params: {
            municipality: row.municipality,
            item: line.item,
            share: format.money(share, [standalone]),
            standalone: format.money(standalone, [share]),
            currency,
          },
        });
      }
    }
  }
  return flags;
}
