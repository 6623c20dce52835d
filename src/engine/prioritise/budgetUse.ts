/**
 * What the funding plan uses of each budget year (contract §5's constraints): the one-off costs of
 * the proposals starting that year against `Investment`, and the annual costs of those started in
 * or before it against `Operating`.
 */
import type { ParsedWorkbook, Proposal } from '../model';
import { sum, type Rational } from '../rational';

export interface YearUse {
  readonly year: number;
  readonly investment: Rational;
  readonly investmentUsed: Rational;
  /** Null when the Budget table gives no Operating for the year. */
  readonly operating: Rational | null;
  readonly operatingUsed: Rational;
  /** The funded proposals starting this year, in Proposals order. */
  readonly starting: readonly Proposal[];
}

/** Each budget year, in year order; empty without a Budget table. */
export function budgetUse(
  wb: ParsedWorkbook,
  startYears: ReadonlyMap<string, number>,
): readonly YearUse[] {
  const funded = wb.proposals.filter((p) => startYears.has(p.id));
  const startOf = (p: Proposal): number => startYears.get(p.id) ?? Infinity;
  return [...(wb.budget ?? [])]
    .sort((a, b) => a.year - b.year)
    .map((b) => {
      const starting = funded.filter((p) => startOf(p) === b.year);
      return {
        year: b.year,
        investment: b.investment,
        investmentUsed: sum(starting.map((p) => p.oneOffCost)),
        operating: b.operating,
        operatingUsed: sum(funded.filter((p) => startOf(p) <= b.year).map((p) => p.annualCost)),
        starting,
      };
    });
}
