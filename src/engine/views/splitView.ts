/**
 * The municipalities' view of the split comparison, as the pane shows it: for each municipality
 * its total under the chosen keys and under each other key, the difference in money and percent,
 * and going alone like for like. Figures in currency units, each computed here once.
 */
import { budgetYears, type AllocationLine, type SplitComparisonRow } from '../allocate';
import { MAX_OTHER_KEYS } from '../allocate/otherKeys';
import { resplitLines } from '../allocate/resplit';
import type { KeyExpression, ParsedWorkbook } from '../model';
import { singleKeyExpression } from '../parse/keyExpression';
import { money, roundTo } from '../outputs/numbers';
import { costLines, type CostLineChoice } from './whatIf';

/**
 * A key compared: a built-in one, or the workbook's own (a custom column or a tapered key its
 * lines use). The pane names both in the user's language (i18n/keys), never by internal text.
 */
export type ComparedKey =
  | { readonly kind: 'population' | 'equal' | 'pcs' | 'equal30Population70' | 'standalone' }
  | { readonly kind: 'custom'; readonly key: KeyExpression };

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
  /**
   * What every total here counts: all years together, the one-off costs of every year (from the
   * first to the last of the budget years and the one-off costs' years) plus one year of each
   * annual cost, funded proposals' included whatever year they start. Not one budget year's.
   */
  readonly years: { readonly from: number; readonly to: number };
  /** The cost lines the what-if may re-key, one at a time. */
  readonly costLines: readonly CostLineChoice[];
  readonly keys: readonly ComparedKey[];
  readonly municipalities: readonly MunicipalitySplits[];
}

/** `difference` ÷ `base` in percent, to 1 decimal; null when `base` is 0. */
export const percentOf = (difference: bigint, base: bigint): number | null =>
  base === 0n ? null : roundTo((Number(difference) / Number(base)) * 100, 1);

const BUILT_IN = ['population', 'equal', 'pcs', 'equal30Population70'] as const;

/**
 * Every tapered key the lines use (alone or as a term of a mix), in the order first used, each as
 * a key of its own: what the municipalities would pay if it split every line. At most
 * MAX_OTHER_KEYS, as for custom columns (each re-splits every line once more).
 */
function tapersUsed(lines: readonly AllocationLine[]): readonly KeyExpression[] {
  const found = new Map<string, KeyExpression>();
  let last: KeyExpression | null = null;
  for (const line of lines) {
    // Lines of one key share its object: look at each key once in a row.
    if (line.key === last) continue;
    last = line.key;
    for (const { key } of line.key.terms) {
      if (key.kind !== 'taper') continue;
      const own = singleKeyExpression(key);
      if (found.has(own.text)) continue;
      found.set(own.text, own);
      if (found.size >= MAX_OTHER_KEYS) return [...found.values()];
    }
  }
  return [...found.values()];
}

export function splitView(
  rows: readonly SplitComparisonRow[],
  wb: ParsedWorkbook,
  lines: readonly AllocationLine[],
): SplitView {
  const unit = wb.settings.roundTo;
  const withStandAlone = wb.standAlone.length > 0;
  const first = rows[0];
  // The comparison's other keys are single custom columns, each named by its header as written.
  const customs = (first?.otherKeys ?? []).map(({ key }) =>
    singleKeyExpression({ kind: 'custom', column: key }),
  );
  const tapers = tapersUsed(lines).map((key) => ({
    key,
    totals: resplitLines(wb, lines, key, () => true).totals,
  }));
  const keys: ComparedKey[] = [
    ...BUILT_IN.map((kind) => ({ kind })),
    ...(withStandAlone ? [{ kind: 'standalone' as const }] : []),
    ...[...customs, ...tapers.map((t) => t.key)].map((key) => ({ kind: 'custom' as const, key })),
  ];
  // A loop, not Math.min(...): a national workbook has more lines than a call takes arguments.
  const span = { from: Infinity, to: -Infinity };
  for (const year of budgetYears(wb))
    [span.from, span.to] = [Math.min(span.from, year), Math.max(span.to, year)];
  for (const { kind, year } of lines) {
    if (kind === 'one-off' && year !== null) {
      [span.from, span.to] = [Math.min(span.from, year), Math.max(span.to, year)];
    }
  }
  return {
    currency: wb.settings.currency,
    years: span,
    costLines: costLines(lines),
    keys,
    municipalities: rows.map((row, i) => {
      const totals = [
        ...BUILT_IN.map((kind) => row[kind]),
        ...(withStandAlone ? [row.standalone ?? row.chosen] : []),
        ...row.otherKeys.map((o) => o.total),
        ...tapers.map((t) => t.totals[i] ?? 0n),
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
