/**
 * The `Totals` output (an additive extension of the contract): each municipality's total by
 * source, the data behind the add-in's chart and the summaries.
 */
import { shareTotals, type AllocationLine } from '../allocate';
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
  const of = (keep: (line: AllocationLine) => boolean): readonly bigint[] =>
    shareTotals(names, lines.filter(keep));
  const cost = of((line) => line.source === 'cost');
  const system = of((line) => line.source === 'system');
  const proposal = of((line) => line.source === 'proposal');
  const oneOffs = of((line) => line.kind === 'one-off');
  const annuals = of((line) => line.kind === 'annual');
  return names.map((name, i) => {
    const oneOff = oneOffs[i] ?? 0n;
    const annual = annuals[i] ?? 0n;
    const bySource = { cost: cost[i] ?? 0n, system: system[i] ?? 0n, proposal: proposal[i] ?? 0n };
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
