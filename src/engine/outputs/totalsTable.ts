/**
 * The `Totals` output (an additive extension of the contract): each municipality's total by
 * source, the data behind the add-in's chart and the summaries.
 */
import type { MunicipalityTotals } from '../allocate';
import type { ParsedWorkbook } from '../model';
import type { OutputTable } from '../table';
import type { OutputText } from '../../i18n/outputs';
import { money } from './numbers';

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
