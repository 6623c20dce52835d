/**
 * What saving the pane's pairwise judgements does to `CriteriaPairs` (contract v1.1 §10), planned
 * apart from any Office call so the rule is tested on its own: a changed judgement updates the
 * Ratio cell of every row of its pair (whichever way round the row names the criteria, and under
 * whichever accepted headers); a pair without a row gets one; no other row or cell is touched.
 */
import { canonicalColumn, normaliseHeader } from '../engine/parse/headers';
import type { InputTable } from '../engine/table';

/** One judgement as the editor holds it: A is `ratio` times as important as B. */
export interface PairToSave {
  readonly a: string;
  readonly b: string;
  /** The value for the Ratio cell: a number, or text such as `1/3` (see `ratioCell`). */
  readonly ratio: number | string;
  /** The same judgement with A and B swapped (`1/3` for `3`). */
  readonly reversed: number | string;
  /** The council moved it in the pane; an unchanged judgement is written only where it has no row. */
  readonly changed: boolean;
}

export type PairColumn = 'CriterionA' | 'CriterionB' | 'Ratio';

export type PairRowsPlan =
  | {
      readonly kind: 'plan';
      /** Ratio cells (`Sheet!C4`) and their new values. */
      readonly updates: readonly { readonly cell: string; readonly value: number | string }[];
      /** Whole new rows, as wide as the table, in its column order. */
      readonly added: readonly (readonly (number | string)[])[];
    }
  /** The table lacks these columns: nothing is written (Samkost adds no columns to a user's table). */
  | { readonly kind: 'missingColumns'; readonly columns: readonly PairColumn[] };

const textOf = (value: unknown): string =>
  typeof value === 'string'
    ? normaliseHeader(value)
    : typeof value === 'number'
      ? String(value)
      : '';

export function planPairRows(table: InputTable, pairs: readonly PairToSave[]): PairRowsPlan {
  const headers = table.headers.map((h) => (typeof h.value === 'string' ? h.value : ''));
  const column = (name: PairColumn): number =>
    headers.findIndex((h) => canonicalColumn('CriteriaPairs', h) === name);
  const columns = { a: column('CriterionA'), b: column('CriterionB'), ratio: column('Ratio') };
  const missing = (['CriterionA', 'CriterionB', 'Ratio'] as const).filter(
    (_, i) => [columns.a, columns.b, columns.ratio][i] === -1,
  );
  if (missing.length > 0) return { kind: 'missingColumns', columns: missing };
  const updates: { cell: string; value: number | string }[] = [];
  const added: (number | string)[][] = [];
  for (const pair of pairs) {
    const a = normaliseHeader(pair.a);
    const b = normaliseHeader(pair.b);
    let found = false;
    for (const row of table.rows) {
      const rowA = textOf(row[columns.a]?.value);
      const rowB = textOf(row[columns.b]?.value);
      const same = rowA === a && rowB === b;
      const swapped = rowA === b && rowB === a;
      if (!same && !swapped) continue;
      found = true;
      const cell = row[columns.ratio]?.address;
      if (pair.changed && cell !== undefined)
        updates.push({ cell, value: same ? pair.ratio : pair.reversed });
    }
    if (found) continue;
    const line = headers.map((): number | string => '');
    line[columns.a] = pair.a;
    line[columns.b] = pair.b;
    line[columns.ratio] = pair.ratio;
    added.push(line);
  }
  return { kind: 'plan', updates, added };
}
