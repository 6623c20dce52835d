/**
 * One municipality's part of a run, for its explanation and its statement: the lines it takes part
 * in with its share of each, and its totals by kind, source and year.
 */
import type { AllocationLine } from '../allocate';
import type { KeyExpression } from '../model';
import type { Allocated } from '../run';
import { explainLine, type LineExplanation } from './explainLine';

export interface MunicipalityLine {
  /** The line's place in the run's allocation: what {@link explainShare} takes. */
  readonly index: number;
  readonly item: string;
  readonly source: AllocationLine['source'];
  readonly kind: AllocationLine['kind'];
  readonly year: number | null;
  /** Named to a user in their language (i18n/keys). */
  readonly key: KeyExpression;
  /** The whole line's amount, units of RoundTo. */
  readonly amount: bigint;
  /** This municipality's share, units of RoundTo. */
  readonly share: bigint;
}

export interface MunicipalityPart {
  readonly name: string;
  readonly currency: string;
  /** RoundTo as a fraction of the currency (1/100 for øre). */
  readonly roundTo: { readonly num: bigint; readonly den: bigint };
  readonly planningYear: number;
  /** Every line it takes part in, in Allocation order. */
  readonly lines: readonly MunicipalityLine[];
  readonly oneOff: bigint;
  readonly annual: bigint;
  readonly total: bigint;
  readonly bySource: Readonly<Record<AllocationLine['source'], bigint>>;
  /**
   * Each budget year (the planning year, the Budget's years and every year a one-off counts in),
   * ascending: the one-off shares of that year and the annual shares running that year (a funded
   * proposal's annual cost from its start year on).
   */
  readonly byYear: readonly {
    readonly year: number;
    readonly oneOff: bigint;
    readonly annual: bigint;
  }[];
}

/** A name as the user may type it: trimmed, case folded. */
const folded = (name: string): string => name.trim().toLocaleLowerCase();

/** The workbook's own spelling of a municipality the user named, or null when none matches. */
export function findMunicipality(allocated: Allocated, name: string): string | null {
  const names = allocated.workbook.municipalities.map((m) => m.name);
  return names.find((n) => n === name) ?? names.find((n) => folded(n) === folded(name)) ?? null;
}

export function municipalityPart(allocated: Allocated, name: string): MunicipalityPart {
  const { workbook } = allocated;
  const { currency, roundTo, planningYear } = workbook.settings;
  const lines: MunicipalityLine[] = [];
  allocated.lines.forEach((line, index) => {
    const share = line.shares.get(name);
    if (share === undefined) return;
    const { item, source, kind, year, amount } = line;
    lines.push({ index, item, source, kind, year, key: line.key, amount, share });
  });
  const sumOf = (pick: (line: MunicipalityLine) => boolean): bigint =>
    lines.reduce((acc, line) => (pick(line) ? acc + line.share : acc), 0n);
  const years = [
    ...new Set([
      planningYear,
      ...(workbook.budget ?? []).map((b) => b.year),
      ...lines.flatMap((l) => (l.kind === 'one-off' && l.year !== null ? [l.year] : [])),
    ]),
  ].sort((a, b) => a - b);
  const runsIn = (line: MunicipalityLine, year: number): boolean =>
    line.kind === 'annual' &&
    (line.source !== 'proposal' || (allocated.startYears.get(line.item) ?? year) <= year);
  const oneOff = sumOf((l) => l.kind === 'one-off');
  const annual = sumOf((l) => l.kind === 'annual');
  return {
    name,
    currency,
    roundTo,
    planningYear,
    lines,
    oneOff,
    annual,
    total: oneOff + annual,
    bySource: {
      cost: sumOf((l) => l.source === 'cost'),
      system: sumOf((l) => l.source === 'system'),
      proposal: sumOf((l) => l.source === 'proposal'),
    },
    byYear: years.map((year) => ({
      year,
      oneOff: sumOf((l) => l.kind === 'one-off' && l.year === year),
      annual: sumOf((l) => runsIn(l, year)),
    })),
  };
}

/** The lines of `part` whose item is `item` (trimmed, any case): a proposal has two. */
export function linesOfItem(part: MunicipalityPart, item: string): readonly MunicipalityLine[] {
  const exact = part.lines.filter((line) => line.item === item);
  return exact.length > 0 ? exact : part.lines.filter((line) => folded(line.item) === folded(item));
}

/** The explanation of the line at `index` of the run's allocation. */
export function explainShare(allocated: Allocated, index: number): LineExplanation {
  const line = allocated.lines[index];
  if (!line) throw new RangeError(`no allocation line ${index}`);
  return explainLine(line);
}
