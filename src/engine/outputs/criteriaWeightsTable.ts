/**
 * The `CriteriaWeights` output (contract v1.1 §10): each criterion's weight as used (normalised
 * to sum 1) and where it came from; then λmax, CI and CR when the pairs gave the weights.
 */
import type { ParsedWorkbook } from '../model';
import type { OutputTable, OutputValue } from '../table';
import type { OutputText } from '../../i18n/outputs';

/** Weights and consistency figures are shown to this many decimals (CR is judged at 0.10). */
const DECIMALS = 4;
const rounded = (value: number): number => Number(value.toFixed(DECIMALS));

/** Each criterion's weight as used, normalised to sum 1, in Criteria order. */
export function normalisedWeights(
  workbook: ParsedWorkbook,
): { readonly criterion: string; readonly weight: number }[] {
  const total = workbook.criteria.reduce((acc, c) => acc + c.weight, 0);
  return workbook.criteria.map((c) => ({
    criterion: c.name,
    weight: total === 0 ? 0 : c.weight / total,
  }));
}

export function criteriaWeightsTable(workbook: ParsedWorkbook, text: OutputText): OutputTable {
  const pairwise = workbook.pairwise;
  const source = text(pairwise === undefined ? 'label.given' : 'label.pairs');
  const rows: OutputValue[][] = normalisedWeights(workbook).map((w) => [
    w.criterion,
    rounded(w.weight),
    source,
  ]);
  const sources: (string | null)[] = workbook.criteria.map((c) => c.cell);
  if (pairwise !== undefined) {
    rows.push(
      [text('label.lambdaMax'), rounded(pairwise.lambdaMax), null],
      [text('label.ci'), rounded(pairwise.ci), null],
      [text('label.cr'), rounded(pairwise.cr), null],
    );
    sources.push(null, null, pairwise.mostInconsistent?.cell ?? null);
  }
  return {
    name: 'CriteriaWeights',
    sheetName: text('sheet.CriteriaWeights'),
    headers: [text('header.criterion'), text('header.weight'), text('header.source')],
    formats: ['text', 'decimal', 'text'],
    rows,
    sources,
  };
}
