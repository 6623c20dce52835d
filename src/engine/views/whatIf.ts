/**
 * What if: every municipality's total when every cost line, or one, is split by another key,
 * computed from the parsed workbook and its allocation (nothing is read again, nothing written).
 * Also says which `Key` cells *Apply* would write, so the pane writes exactly what was shown.
 */
import { COMPARISON_KEYS, type AllocationLine } from '../allocate';
import { resplitLines } from '../allocate/resplit';
import type { KeyExpression, ParsedWorkbook } from '../model';
import { money } from '../outputs/numbers';
import { percentOf, type ComparedKey } from './splitView';

export interface WhatIfChoice {
  readonly key: ComparedKey;
  /** The Costs row's first cell (its line's `cell`); null = every cost line. */
  readonly line: string | null;
}

/** A cost line the pane offers to change. */
export interface CostLineChoice {
  readonly cell: string;
  readonly item: string;
  /** Named to a user in their language (i18n/keys). */
  readonly key: KeyExpression;
}

export interface WhatIfResult {
  /** The key chosen: *Apply* writes it as the user's language names it (i18n/keys). */
  readonly key: KeyExpression;
  readonly municipalities: readonly {
    readonly name: string;
    readonly before: number;
    readonly after: number;
    readonly difference: number;
    /** difference ÷ before in percent, to 1 decimal; null when before is 0. */
    readonly percent: number | null;
  }[];
  /** Items the key cannot split (they keep their shares). */
  readonly kept: readonly string[];
  /**
   * The `Key` cells *Apply* writes (the chosen Costs rows'); null when the Costs table has no Key
   * column, so there is no cell to write.
   */
  readonly keyCells: readonly { readonly cell: string; readonly item: string }[] | null;
}

/**
 * The key a choice names: a built-in key, or the workbook's own; null when it names a column the
 * workbook's `Municipalities` does not have (the choice came from another run).
 */
export function keyOfChoice(wb: ParsedWorkbook, key: ComparedKey): KeyExpression | null {
  if (key.kind !== 'custom') return COMPARISON_KEYS[key.kind];
  const columns = new Set(wb.municipalities[0]?.customKeys.keys() ?? []);
  const known = key.key.terms.every(({ key: k }) => {
    const base = k.kind === 'taper' ? k.base : k;
    return base.kind !== 'custom' || columns.has(base.column);
  });
  return known ? key.key : null;
}

/** The cost lines, in allocation order, for the pane's line picker. */
export const costLines = (lines: readonly AllocationLine[]): readonly CostLineChoice[] =>
  lines
    .filter((line) => line.source === 'cost')
    .map((line) => ({ cell: line.cell, item: line.item, key: line.key }));

/** Null when the choice names a key the workbook does not have. */
export function whatIf(
  wb: ParsedWorkbook,
  lines: readonly AllocationLine[],
  choice: WhatIfChoice,
): WhatIfResult | null {
  const key = keyOfChoice(wb, choice.key);
  if (!key) return null;
  const picked = (cell: string): boolean => choice.line === null || cell === choice.line;
  const before = resplitLines(wb, lines, key, () => false).totals;
  const after = resplitLines(wb, lines, key, (l) => l.source === 'cost' && picked(l.cell));
  const unit = wb.settings.roundTo;
  const rows = wb.costs.filter((c) => picked(c.cell));
  const keyCells = rows.flatMap((c) => {
    const cell = c.cells['Key'];
    return cell === undefined ? [] : [{ cell, item: c.item }];
  });
  return {
    key,
    municipalities: wb.municipalities.map(({ name }, i) => {
      const was = before[i] ?? 0n;
      const now = after.totals[i] ?? 0n;
      return {
        name,
        before: money(was, unit),
        after: money(now, unit),
        difference: money(now - was, unit),
        percent: percentOf(now - was, was),
      };
    }),
    kept: after.kept.map((l) => l.item),
    keyCells: keyCells.length === rows.length ? keyCells : null,
  };
}
