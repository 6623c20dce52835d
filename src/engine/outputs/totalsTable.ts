/**
 * The `Totals` output (an additive extension of the contract): each municipality's total by
 * source, the data behind the add-in's chart and the summaries.
 */
import { shareTotalsByGroup, type AllocationLine } from '../allocate';

const SOURCES: readonly AllocationLine['source'][] = ['cost', 'system', 'proposal'];
import type { ParsedWorkbook } from '../model';
import type { OutputTable } from '../table';
import type { OutputText } from '../../i18n/outputs';
import { money } from './numbers';

export interface MunicipalityTotals {
  readonly name: string;
  readonly oneOff: bigint;
  readonly annual: bigint;
  readonly bySource: Readonly<Record<AllocationLine['source'], bigint>>;
  readonly total: bigint;
}

export function municipalityTotals(
  workbook: ParsedWorkbook,
  lines: readonly AllocationLine[],
): MunicipalityTotals[] {
  const names = workbook.municipalities.map((m) => m.name);
  // One pass over every share, by source and kind (group 2·source + kind); the rest is sums.
  const groups = shareTotalsByGroup(
    names,
    lines,
    (line) => 2 * SOURCES.indexOf(line.source) + (line.kind === 'one-off' ? 0 : 1),
    2 * SOURCES.length,
  );
  const at = (group: number, i: number): bigint => groups[group]?.[i] ?? 0n;
  return names.map((name, i) => {
    const [cost, system, proposal] = SOURCES.map((_, s) => at(2 * s, i) + at(2 * s + 1, i));
    const oneOff = SOURCES.reduce((acc, _, s) => acc + at(2 * s, i), 0n);
    const annual = SOURCES.reduce((acc, _, s) => acc + at(2 * s + 1, i), 0n);
    const bySource = { cost: cost ?? 0n, system: system ?? 0n, proposal: proposal ?? 0n };
    return { name, oneOff, annual, bySource, total: oneOff + annual };
  });
}

export function totalsTable(
  totals: readonly MunicipalityTotals[],
  workbook: ParsedWorkbook,
  text: OutputText,
): OutputTable {
  const { roundTo } = workbook.settings;
  return {
    name: 'Totals',
    sheetName: text('sheet.Totals'),
    headers: [
      text('header.municipality'),
      text('header.cost'),
      text('header.system'),
      text('header.proposal'),
      text('header.total'),
    ],
    formats: ['text', 'currency', 'currency', 'currency', 'currency'],
    rows: totals.map((t) => [
      t.name,
      money(t.bySource.cost, roundTo),
      money(t.bySource.system, roundTo),
      money(t.bySource.proposal, roundTo),
      money(t.total, roundTo),
    ]),
    sources: workbook.municipalities.map((m) => m.cell),
  };
}
