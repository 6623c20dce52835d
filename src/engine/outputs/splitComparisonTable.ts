/** The `SplitComparison` output: what each municipality would pay under every reasonable key. */
import type { SplitComparisonRow } from '../allocate';
import type { ParsedWorkbook } from '../model';
import type { ColumnFormat, OutputTable, OutputValue } from '../table';
import type { OutputText } from '../../i18n/outputs';
import { money } from './numbers';

export function splitComparisonTable(
  rows: readonly SplitComparisonRow[],
  workbook: ParsedWorkbook,
  text: OutputText,
): OutputTable {
  const { roundTo } = workbook.settings;
  // Stand-alone columns appear only when the workbook gives stand-alone costs (contract §6).
  const withStandAlone = workbook.standAlone.length > 0;
  const headers = [
    text('header.municipality'),
    text('header.chosen'),
    text('header.population'),
    text('header.equal'),
    text('header.pcs'),
    text('header.equal30population70'),
    ...(withStandAlone ? [text('header.standalone')] : []),
    text('header.differenceChosenPopulation'),
    ...(withStandAlone ? [text('header.goingAlone')] : []),
    // Like for like (additive, after the contract's columns): only the lines with stand-alone costs.
    ...(withStandAlone
      ? [
          text('header.likeForLikeShared'),
          text('header.likeForLikeStandAlone'),
          text('header.likeForLikeSaving'),
        ]
      : []),
  ];
  const formats: ColumnFormat[] = ['text', ...headers.slice(1).map(() => 'currency' as const)];
  // By name, once: a find per row was quadratic in the municipalities.
  const cells = new Map(workbook.municipalities.map((m) => [m.name, m.cell]));
  const optional = (units: bigint | null): OutputValue =>
    units === null ? null : money(units, roundTo);
  return {
    name: 'SplitComparison',
    sheetName: text('sheet.SplitComparison'),
    headers,
    formats,
    rows: rows.map((r) => [
      r.municipality,
      money(r.chosen, roundTo),
      money(r.population, roundTo),
      money(r.equal, roundTo),
      money(r.pcs, roundTo),
      money(r.equal30Population70, roundTo),
      ...(withStandAlone ? [optional(r.standalone)] : []),
      money(r.differenceChosenPopulation, roundTo),
      ...(withStandAlone ? [optional(r.goingAlone)] : []),
      ...(withStandAlone
        ? [
            optional(r.likeForLike?.shared ?? null),
            optional(r.likeForLike?.standAlone ?? null),
            optional(r.likeForLike?.saving ?? null),
          ]
        : []),
    ]),
    sources: rows.map((r) => cells.get(r.municipality) ?? null),
  };
}
