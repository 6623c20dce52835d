/**
 * The `Totals` output (an additive extension of the contract): each municipality's total by
 * source, the data behind the add-in's chart and the summaries.
 */
import type { AllocationLine } from '../allocate';
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
  return workbook.municipalities.map(({ name }) => {
    const bySource = { cost: 0n, system: 0n, proposal: 0n };
    let oneOff = 0n;
    let annual = 0n;
    for (const line of lines) {
      const share = line.shares.get(name) ?? 0n;
      bySource[line.source] += share;
      if (line.kind === 'one-off') oneOff += share;
      else annual += share;
    }
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
