/**
 * What each municipality pays in a budget year (contract §6, the figure BUDGET_EXCEEDED compares
 * for the planning year): the one-off items and proposals of that year, plus every annual item,
 * licence and funded proposal's annual cost running that year (a proposal's from its start year).
 * One definition for the budget flag and every figure the pane shows per year.
 */
import type { ParsedWorkbook } from '../model';
import type { AllocationLine } from './allocateAll';
import { shareTotalsByGroup } from './shareTotals';

export const SOURCES: readonly AllocationLine['source'][] = ['cost', 'system', 'proposal'];

/** Each municipality's sum of shares, by source and kind (whole units of RoundTo). */
export interface MunicipalityTotals {
  readonly name: string;
  readonly oneOff: bigint;
  readonly annual: bigint;
  readonly bySource: Readonly<Record<AllocationLine['source'], bigint>>;
  readonly total: bigint;
}

/** One budget year's totals. */
export interface YearTotals {
  readonly year: number;
  readonly municipalities: readonly MunicipalityTotals[];
}

/**
 * When a line counts: a one-off line in its year only (`once`); an annual line in every year
 * from `from` on (−∞ for items and licences; a proposal's start year; never when unfunded).
 */
export type When = { readonly once: number } | { readonly from: number };

export function whenOf(line: AllocationLine, startYears: ReadonlyMap<string, number>): When {
  if (line.kind === 'one-off') return { once: line.year ?? Number.NaN };
  if (line.source !== 'proposal') return { from: -Infinity };
  return { from: startYears.get(line.item) ?? Infinity };
}

export const counts = (when: When, year: number): boolean =>
  'once' in when ? when.once === year : when.from <= year;

/** Sum one municipality's groups (source × kind) into its totals. */
export function totalsOf(
  name: string,
  at: (source: number, oneOff: boolean) => bigint,
): MunicipalityTotals {
  // Each group asked once: a run sums them for every municipality in every budget year.
  const oneOffs = SOURCES.map((_, s) => at(s, true));
  const annuals = SOURCES.map((_, s) => at(s, false));
  const [cost = 0n, system = 0n, proposal = 0n] = oneOffs.map((o, s) => o + (annuals[s] ?? 0n));
  const oneOff = oneOffs.reduce((acc, o) => acc + o, 0n);
  const annual = annuals.reduce((acc, a) => acc + a, 0n);
  return { name, oneOff, annual, bySource: { cost, system, proposal }, total: oneOff + annual };
}

/** Every line's shares summed per municipality, by source and kind, whatever the year. */
export function municipalityTotals(
  workbook: ParsedWorkbook,
  lines: readonly AllocationLine[],
): MunicipalityTotals[] {
  const names = workbook.municipalities.map((m) => m.name);
  const group = (line: AllocationLine): number =>
    2 * SOURCES.indexOf(line.source) + (line.kind === 'one-off' ? 0 : 1);
  const sums = shareTotalsByGroup(names, lines, group, 2 * SOURCES.length);
  return names.map((name, i) =>
    totalsOf(name, (s, oneOff) => sums[2 * s + (oneOff ? 0 : 1)]?.[i] ?? 0n),
  );
}

/** The years a budget is set for: the planning year and every `Budget` year, in order. */
export function budgetYears(workbook: ParsedWorkbook): number[] {
  const years = new Set([
    workbook.settings.planningYear,
    ...(workbook.budget ?? []).map((b) => b.year),
  ]);
  return [...years].sort((a, b) => a - b);
}
