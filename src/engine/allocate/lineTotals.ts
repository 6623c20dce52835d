/**
 * Every total the run shows of the allocation's shares, from one pass over them: each
 * municipality's totals by source and kind (the Totals table, the Allocation table's totals rows,
 * the split comparison's chosen column) and each budget year's (the budget flag, the pane's
 * headline). Equal to {@link municipalityTotals} and to the budget years' sums of it over the lines that count
 * each year (`whenOf`, `counts`), which define them (the property test holds that definition).
 */
import type { ParsedWorkbook } from '../model';
import type { AllocationLine } from './allocateAll';
import { shareTotalsByGroup } from './shareTotals';
import {
  budgetYears,
  counts,
  SOURCES,
  totalsOf,
  whenOf,
  type MunicipalityTotals,
  type When,
  type YearTotals,
} from './yearTotals';

export interface LineTotals {
  /** Every line's shares summed per municipality, whatever the year. */
  readonly municipalities: readonly MunicipalityTotals[];
  readonly years: readonly YearTotals[];
}

/** A group of lines that count in the same years: one source, one {@link When}. */
interface Group {
  readonly index: number;
  readonly source: number;
  readonly when: When;
}

/**
 * Lines are grouped by source and when they count, their shares summed per group in one pass;
 * each total then adds the few groups it takes (all of them, or those counting in its year).
 */
export function lineTotals(
  workbook: ParsedWorkbook,
  lines: readonly AllocationLine[],
  startYears: ReadonlyMap<string, number>,
): LineTotals {
  const names = workbook.municipalities.map((m) => m.name);
  // By source and kind, then by the year a line counts in or from (numbers: no key to build).
  const byYear = SOURCES.flatMap(() => [new Map<number, Group>(), new Map<number, Group>()]);
  const all: Group[] = [];
  const lineGroup: number[] = [];
  for (const line of lines) {
    const when = whenOf(line, startYears);
    const source = SOURCES.indexOf(line.source);
    const once = 'once' in when;
    const groups = byYear[2 * source + (once ? 0 : 1)];
    const year = once ? when.once : when.from;
    let group = groups?.get(year);
    if (!group) {
      group = { index: all.length, source, when };
      all.push(group);
      groups?.set(year, group);
    }
    lineGroup.push(group.index);
  }
  const sums = shareTotalsByGroup(names, lines, (_, index) => lineGroup[index] ?? -1, all.length);
  const totalsOver = (taken: readonly Group[]): MunicipalityTotals[] => {
    // The groups in each source and kind, found once (not per municipality).
    const cells = SOURCES.map((_, s) =>
      [true, false].map((oneOff) =>
        taken.filter((g) => g.source === s && 'once' in g.when === oneOff).map((g) => g.index),
      ),
    );
    return names.map((name, i) =>
      totalsOf(name, (s, oneOff) =>
        (cells[s]?.[oneOff ? 0 : 1] ?? []).reduce((acc, g) => acc + (sums[g]?.[i] ?? 0n), 0n),
      ),
    );
  };
  return {
    municipalities: totalsOver(all),
    years: budgetYears(workbook).map((year) => ({
      year,
      municipalities: totalsOver(all.filter((g) => counts(g.when, year))),
    })),
  };
}
