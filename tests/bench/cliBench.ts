/**
 * The command line's path: open the .xlsx, read the inputs, run the engine, write the
 * outputs and save a copy, as `samkost run` does. The synthetic workbook is written to a temporary
 * .xlsx first.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { runEngine } from '../../src/engine/run';
import type { MilpSolver } from '../../src/engine/solver';
import { openXlsx } from '../../src/workbook/xlsx';
import type { InputSheet } from './sheets';
import { TODAY } from './stages';
import { median } from './timing';
import { writeXlsx } from './xlsxFile';

export interface CliFigures {
  /** Median of open + read + run + write + save. */
  readonly totalMs: number;
  readonly readMs: number;
  readonly runMs: number;
  readonly writeMs: number;
}

/** `runs` round trips of the synthetic workbook through the xlsx adapter and the engine. */
export async function cliRoundTrip(
  sheets: readonly InputSheet[],
  solver: MilpSolver,
  runs: number,
): Promise<CliFigures> {
  const directory = mkdtempSync(path.join(tmpdir(), 'samkost-bench-'));
  try {
    const input = path.join(directory, 'bench.xlsx');
    await writeXlsx(sheets, input);
    const samples: CliFigures[] = [];
    for (let i = 0; i < Math.max(1, runs); i += 1) {
      const start = performance.now();
      const workbook = await openXlsx(input);
      const tables = await workbook.readTables();
      const read = performance.now();
      const result = runEngine(tables, { language: 'en', today: TODAY, solver });
      if (!result.ok) throw new Error(`the run failed: ${result.problems[0]?.code ?? ''}`);
      const ran = performance.now();
      await workbook.writeOutputs(result.outputs);
      await workbook.save(path.join(directory, 'bench.samkost.xlsx'));
      const end = performance.now();
      samples.push({
        totalMs: end - start,
        readMs: read - start,
        runMs: ran - read,
        writeMs: end - ran,
      });
    }
    const med = (pick: (s: CliFigures) => number): number => median(samples.map(pick));
    return {
      totalMs: med((s) => s.totalMs),
      readMs: med((s) => s.readMs),
      runMs: med((s) => s.runMs),
      writeMs: med((s) => s.writeMs),
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
