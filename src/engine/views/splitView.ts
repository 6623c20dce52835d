/**
 * The municipalities' view of the split comparison, as the pane shows it: for each municipality
 * its total under the chosen keys and under each other key, the difference in money and percent,
 * and going alone like for like. Figures in currency units, each computed here once.
 */
import type { AllocationLine, SplitComparisonRow } from '../allocate';
import type { ParsedWorkbook } from '../model';
import { money, roundTo } from '../outputs/numbers';
import { costLines, type CostLineChoice } from './whatIf';

/** A key compared: a built-in one (named by the pane in the user's language) or the workbook's own. */
export type ComparedKey =
  | { readonly kind: 'population' | 'equal' | 'pcs' | 'equal30Population70' | 'standalone' }
  | { readonly kind: 'custom'; readonly text: string };

export interface Alternative {
  readonly total: number;
  /** total − chosen: what this key would change for the municipality. */
  readonly difference: number;
  /** difference ÷ chosen in percent, to 1 decimal; null when the chosen total is 0. */
  readonly percent: number | null;
}

export interface LikeForLikeView {
  readonly items: readonly {
    readonly item: string;
    readonly shared: number;
    readonly standAlone: number;
    readonly saving: number;
  }[];
  readonly shared: number;
  readonly standAlone: number;
  readonly saving: number;
}

export interface MunicipalitySplits {
  readonly name: string;
  readonly chosen: number;
  /** One per {@link SplitView.keys}, in the same order. */
  readonly alternatives: readonly Alternative[];
  readonly likeForLike: LikeForLikeView | null;
}

export interface SplitView {
  readonly currency: string;
  /** The cost lines the what-if may re-key, one at a time. */
  readonly costLines: readonly CostLineChoice[];
  readonly keys: readonly ComparedKey[];
  readonly municipalities: readonly MunicipalitySplits[];
}

/** `difference` ÷ `base` in percent, to 1 decimal; null when `base` is 0. */
export const percentOf = (difference: bigint, base: bigint): number | null =>
  base === 0n ? null : roundTo((Number(difference) / Number(base)) * 100, 1);

const BUILT_IN = ['population', 'equal', 'pcs', 'equal30Population70'] as const;

export function splitView(
  rows: readonly SplitComparisonRow[],
  wb: ParsedWorkbook,
  lines: readonly AllocationLine[],
): SplitView {
  const unit = wb.settings.roundTo;
  const withStandAlone = wb.standAlone.length > 0;
  const first = rows[0];
  const keys: ComparedKey[] = [
    ...BUILT_IN.map((kind) => ({ kind })),
    ...(withStandAlone ? [{ kind: 'standalone' as const }] : []),
    ...(first?.otherKeys ?? []).map(({ key }) => ({ kind: 'custom' as const, text: key })),
  ];
  return {
    currency: wb.settings.currency,
    costLines: costLines(lines),
    keys,
    municipalities: rows.map((row) => {
      const totals = [
        ...BUILT_IN.map((kind) => row[kind]),
        ...(withStandAlone ? [row.standalone ?? row.chosen] : []),
        ...row.otherKeys.map((o) => o.total),
      ];
      const alternative = (total: bigint): Alternative => {
        const difference = total - row.chosen;
        return {
          total: money(total, unit),
          difference: money(difference, unit),
          percent: percentOf(difference, row.chosen),
        };
      };
      const alike = row.likeForLike;
      return {
        name: row.municipality,
        chosen: money(row.chosen, unit),
        alternatives: totals.map(alternative),
        likeForLike: alike && {
          items: alike.items.map((i) => ({
            item: i.item,
            shared: money(i.shared, unit),
            standAlone: money(i.standAlone, unit),
            saving: money(i.standAlone - i.shared, unit),
          })),
          shared: money(alike.shared, unit),
          standAlone: money(alike.standAlone, unit),
          saving: money(alike.saving, unit),
        },
      };
    }),
  };
}
