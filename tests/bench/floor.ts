/**
 * What the national run's output and arithmetic cost with nothing else around them: the floor
 * the 250 ms target is judged against (README, Performance). Two probes, shaped by the real run:
 * - the Allocation table (its rows × columns) built as plain arrays of kroner values, as the
 *   engine's output table is;
 * - one floor division with remainder, and its one-off correction, per share the run computes:
 *   every line's participants once for the allocation and four times for the comparison's
 *   re-splits, on the lines' own amounts and the participants' populations.
 * Neither is a split (no units left are handed out, nothing is exact past 2^53): they count how
 * much of the run is work the contract asks for, and how much is the engine's own.
 */
import type { AllocationLine } from '../../src/engine/allocate';
import type { ParsedWorkbook } from '../../src/engine/model';
import { time } from './timing';

export interface FloorFigures {
  /** The Allocation table's shape: lines + 3 totals rows, 5 + one column per municipality. */
  readonly rows: number;
  readonly columns: number;
  readonly tableMs: number;
  /** Shares: Σ participants over the lines × 5 (the allocation and four comparison keys). */
  readonly shares: number;
  readonly divisionsMs: number;
}

/** Comparison keys the split comparison re-splits every line with, besides the line's own. */
const COMPARISON_SPLITS = 4;

function buildTable(lines: readonly AllocationLine[], columns: number): unknown[][] {
  const rows: unknown[][] = [];
  for (const line of lines) {
    const row: unknown[] = new Array<unknown>(columns).fill(null);
    row[0] = line.item;
    row[1] = line.source;
    row[2] = line.kind;
    row[3] = line.key.text;
    row[4] = Number(line.amount) / 100;
    const { positions } = line;
    // Not a share: a non-integer kroner value per participant, boxed as the real table's are.
    for (let k = 0; k < positions.length; k++) row[5 + (positions[k] ?? 0)] = (k + 0.25) / 100;
    rows.push(row);
  }
  for (let t = 0; t < 3; t++) rows.push(new Array<unknown>(columns).fill(t + 0.5));
  return rows;
}

function divideShares(lines: readonly AllocationLine[], populations: Float64Array): number {
  let checksum = 0;
  for (let round = 0; round <= COMPARISON_SPLITS; round++) {
    for (const line of lines) {
      const a = Number(line.amount);
      const { positions } = line;
      let total = 0;
      for (let k = 0; k < positions.length; k++) total += populations[positions[k] ?? 0] ?? 0;
      if (total === 0) continue;
      for (let k = 0; k < positions.length; k++) {
        const product = a * (populations[positions[k] ?? 0] ?? 0);
        let f = Math.floor(product / total);
        let r = product - f * total;
        if (r < 0) {
          f -= 1;
          r += total;
        }
        checksum += f + r;
      }
    }
  }
  return checksum;
}

/** Both probes, `runs` times each (median), for the national run's lines. */
export function floorProbes(
  wb: ParsedWorkbook,
  lines: readonly AllocationLine[],
  runs: number,
): FloorFigures {
  const columns = 5 + wb.municipalities.length;
  const populations = Float64Array.from(wb.municipalities, (m) => m.population ?? 0);
  const table = time(() => buildTable(lines, columns), runs);
  const divisions = time(() => divideShares(lines, populations), runs);
  const participants = lines.reduce((n, line) => n + line.positions.length, 0);
  return {
    rows: table.result.length,
    columns,
    tableMs: table.median,
    shares: participants * (COMPARISON_SPLITS + 1),
    divisionsMs: divisions.median,
  };
}
