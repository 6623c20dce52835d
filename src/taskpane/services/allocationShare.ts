/**
 * Which share a selected Allocation cell shows, read against the pane's current results: the
 * column by its header (a municipality's, as the run wrote it), the row by its Item, Source and
 * Kind (their columns found by the run's own headers, in the run's language), and the cell's
 * figure the run's. A table written by another run (another language, other lines, other
 * figures) matches nothing, and a row that is not a line (a totals row) is none.
 */
import { ALLOCATION_FIRST_SHARE } from '../../engine/outputs/allocationColumns';
import type { RunResult } from '../../engine/result';
import type { CellValue, OutputValue } from '../../engine/table';
import { outputText } from '../../i18n/outputs';
import type { AllocationCell } from '../../workbook/excel';

/** A successful run: what the pane shows and the selection is matched against. */
export type CurrentResults = Extract<RunResult, { readonly ok: true }>;

/** A municipality's share of one line: what the explain view opens on. */
export interface SelectedShare {
  readonly municipality: string;
  /** The line's place in the run's allocation (the explain query's `line`). */
  readonly line: number;
  /** The line's Item, as the table shows it. */
  readonly item: string;
  /** The municipality's share of the line, as the cell shows it. */
  readonly figure: number;
}

/** Text as a header or an Item cell shows it; a number typed as an ID reads the same. */
const text = (value: CellValue | OutputValue | undefined): string | null => {
  if (value === null || value === undefined) return null;
  return typeof value === 'object' ? null : String(value).trim();
};

/** The share `cell` shows, or null when it shows none of the current results'. */
export function shareAt(results: CurrentResults, cell: AllocationCell): SelectedShare | null {
  const output = results.outputs.find((o) => o.name === 'Allocation');
  const names = results.summary.municipalities.map((m) => m.name);
  // The share columns follow the line's own: one per municipality, in Municipalities' order.
  if (!output || output.headers.length !== ALLOCATION_FIRST_SHARE + names.length) return null;
  const written = cell.headers.map(text);
  const column = (header: string | undefined): number =>
    header === undefined ? -1 : written.indexOf(header.trim());

  const share = output.headers.findIndex(
    (header, c) => c >= ALLOCATION_FIRST_SHARE && header.trim() === written[cell.column],
  );
  const municipality = names[share - ALLOCATION_FIRST_SHARE];
  if (share < 0 || municipality === undefined) return null;

  const t = outputText(results.language);
  const keys = (['header.item', 'header.source', 'header.kind'] as const).map((key) => {
    const at = output.headers.indexOf(t(key));
    return { at, written: column(output.headers[at]) };
  });
  if (keys.some((k) => k.at < 0 || k.written < 0)) return null;
  const sameKey = (row: readonly OutputValue[]): boolean =>
    keys.every((k) => text(row[k.at]) !== null && text(row[k.at]) === text(cell.row[k.written]));

  // A line's row has the input cell it came from; totals rows have none.
  const lines = output.rows.filter((_, r) => typeof output.sources?.[r] === 'string');
  const candidates = lines.flatMap((row, line) => (sameKey(row) ? [line] : []));
  // The row in its place, or the one row with that Item, Source and Kind (a sorted table).
  const line = candidates.includes(cell.position)
    ? cell.position
    : candidates.length === 1
      ? candidates[0]
      : undefined;
  const row = line === undefined ? undefined : lines[line];
  if (line === undefined || row === undefined) return null;
  // A figure the run did not write, or a municipality that takes no part: nothing to explain.
  const figure = row[share];
  if (typeof figure !== 'number' || figure !== cell.row[cell.column]) return null;
  return { municipality, line, item: text(row[keys[0]?.at ?? 0]) ?? '', figure };
}
