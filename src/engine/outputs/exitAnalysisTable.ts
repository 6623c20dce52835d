/** The `ExitAnalysis` output (contract v1.1 §12): "if we left", per municipality. */
import { unitsOf } from '../allocate';
import type { ExitRow } from '../coalitions/exit';
import type { ParsedWorkbook } from '../model';
import type { OutputTable } from '../table';
import type { OutputText } from '../../i18n/outputs';
import { money } from './numbers';

/** The three amounts of a row in currency, each rounded once to RoundTo from its exact sum. */
export function exitAmounts(
  row: ExitRow,
  workbook: ParsedWorkbook,
): { paysNow: number; paysAlone: number; othersChange: number } {
  const { roundTo } = workbook.settings;
  return {
    paysNow: money(row.paysNow, roundTo),
    paysAlone: money(unitsOf(row.paysAlone, roundTo), roundTo),
    othersChange: money(unitsOf(row.othersChange, roundTo), roundTo),
  };
}

export function exitAnalysisTable(
  rows: readonly ExitRow[],
  workbook: ParsedWorkbook,
  text: OutputText,
): OutputTable {
  const cellOf = new Map(workbook.municipalities.map((m) => [m.name, m.cell]));
  return {
    name: 'ExitAnalysis',
    sheetName: text('sheet.ExitAnalysis'),
    headers: [
      text('header.municipality'),
      text('header.paysNow'),
      text('header.paysAlone'),
      text('header.othersChange'),
    ],
    formats: ['text', 'currency', 'currency', 'currency'],
    rows: rows.map((row) => {
      const { paysNow, paysAlone, othersChange } = exitAmounts(row, workbook);
      return [row.municipality, paysNow, paysAlone, othersChange];
    }),
    sources: rows.map((row) => cellOf.get(row.municipality) ?? null),
  };
}
