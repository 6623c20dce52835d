/**
 * The budget years' totals as the contract defines them (§6): for each budget year,
 * `municipalityTotals` of the lines that count that year. Production gets the same from
 * `lineTotals` in one pass; tests hold it to this.
 */
import { budgetYears, municipalityTotals, type YearTotals } from '../../../src/engine/allocate';
import type { AllocationLine } from '../../../src/engine/allocate';
import { counts, whenOf } from '../../../src/engine/allocate/yearTotals';
import type { ParsedWorkbook } from '../../../src/engine/model';

export function yearTotals(
  workbook: ParsedWorkbook,
  lines: readonly AllocationLine[],
  startYears: ReadonlyMap<string, number>,
): YearTotals[] {
  return budgetYears(workbook).map((year) => ({
    year,
    municipalities: municipalityTotals(
      workbook,
      lines.filter((line) => counts(whenOf(line, startYears), year)),
    ),
  }));
}
