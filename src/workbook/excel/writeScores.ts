/**
 * One council member's scores saved into `Scores`, all or nothing: their rows (matched by Scorer,
 * trimmed and case-insensitive, and Proposal) are updated in the criterion columns, rows for
 * proposals they had not scored are added, and nobody else's row is touched. A workbook without
 * Scores gets the table on a new sheet, headed in the user's language. One read, one write.
 */
import { canonicalColumn, normaliseHeader } from '../../engine/parse/headers';
import type { InputTable } from '../../engine/table';
import { cellToExcel } from './cells';
import { appendRows } from './appendRows';
import { parseCellReference, uniqueSheetName } from './names';
import { readInputTables } from './readTables';
import type { ExcelRun } from './run';

export interface ScoreSheet {
  /** The member, as they named themselves. */
  readonly scorer: string;
  /** Criterion names, in Criteria order. */
  readonly criteria: readonly string[];
  /** Per proposal ID: a score per criterion (in `criteria` order); null = not scored. */
  readonly rows: readonly {
    readonly proposal: string;
    readonly scores: readonly (number | null)[];
  }[];
}

/** Headers and sheet name for a new Scores table, in the user's language. */
export interface NewScoresTable {
  readonly sheetName: string;
  readonly proposal: string;
  readonly scorer: string;
}

/**
 * `saved`: every row written, `added` of them new. `missingColumns`: the Scores table lacks a
 * column for these criteria (nothing written: Samkost does not add columns to the user's table).
 */
export type ScoresWrite =
  | { readonly kind: 'saved'; readonly updated: number; readonly added: number }
  | { readonly kind: 'missingColumns'; readonly criteria: readonly string[] };

const textOf = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

const sameName = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

/** Where each column is in the table: Proposal, Scorer and each criterion (−1 when absent). */
function layout(table: InputTable, criteria: readonly string[]) {
  const headers = table.headers.map((h) => textOf(h.value));
  const canonical = (name: string): number =>
    headers.findIndex((h) => canonicalColumn('Scores', h) === name);
  return {
    proposal: canonical('Proposal'),
    scorer: canonical('Scorer'),
    criteria: criteria.map((c) =>
      headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(c)),
    ),
  };
}

export function writeScores(
  run: ExcelRun,
  sheet: ScoreSheet,
  fresh: NewScoresTable,
): Promise<ScoresWrite> {
  return run(async (context) => {
    const { tables, fromSheets } = await readInputTables(context, ['Scores']);
    const table = tables.Scores;
    const line = (row: ScoreSheet['rows'][number]) => row.scores.map((s) => cellToExcel(s));
    if (!table) {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const worksheet = context.workbook.worksheets.add(uniqueSheetName(fresh.sheetName, taken));
      const width = 2 + sheet.criteria.length;
      const range = worksheet.getRangeByIndexes(0, 0, sheet.rows.length + 1, width);
      range.values = [
        [fresh.proposal, fresh.scorer, ...sheet.criteria].map((h) => cellToExcel(h)),
        ...sheet.rows.map((row) => [
          cellToExcel(row.proposal),
          cellToExcel(sheet.scorer),
          ...line(row),
        ]),
      ];
      worksheet.tables.add(range, true).name = 'Scores';
      await context.sync();
      return { kind: 'saved', updated: 0, added: sheet.rows.length };
    }
    const columns = layout(table, sheet.criteria);
    const missing = sheet.criteria.filter((_, c) => (columns.criteria[c] ?? -1) < 0);
    if (columns.proposal < 0 || columns.scorer < 0 || missing.length > 0) {
      return { kind: 'missingColumns', criteria: missing };
    }
    const width = table.headers.length;
    const added: (string | number | boolean)[][] = [];
    let updated = 0;
    for (const row of sheet.rows) {
      const existing = table.rows.find(
        (r) =>
          sameName(textOf(r[columns.scorer]?.value), sheet.scorer) &&
          textOf(r[columns.proposal]?.value) === row.proposal,
      );
      if (existing) {
        updated += 1;
        columns.criteria.forEach((col, c) => {
          const target = parseCellReference(existing[col]?.address ?? '');
          if (target?.kind !== 'cell') return;
          context.workbook.worksheets.getItem(target.sheet).getRange(target.address).values = [
            [cellToExcel(row.scores[c] ?? null)],
          ];
        });
        continue;
      }
      const cells = Array.from({ length: width }, (): string | number | boolean => '');
      cells[columns.proposal] = cellToExcel(row.proposal);
      cells[columns.scorer] = cellToExcel(sheet.scorer);
      columns.criteria.forEach((col, c) => {
        cells[col] = cellToExcel(row.scores[c] ?? null);
      });
      added.push(cells);
    }
    if (added.length > 0) appendRows(context, table, !fromSheets.has('Scores'), added);
    await context.sync();
    return { kind: 'saved', updated, added: added.length };
  });
}
