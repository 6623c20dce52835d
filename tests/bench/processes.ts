/**
 * Time and peak memory as a user meets them, each in a process of its own (peak resident memory
 * is a per-process high-water mark, so nothing else the bench does may share the process):
 * `samkost run` on the size's workbook, end to end (start-up, read, engine with HiGHS, write,
 * save), and the engine alone on tables built in memory.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Size } from './generate';
import type { InputSheet } from './sheets';
import { writeXlsx } from './xlsxFile';

const ROOT = path.resolve(__dirname, '../..');
const PROBE = path.join(__dirname, 'peakProbe.cjs');

export interface ProcessFigures {
  /** `samkost run … --json`: wall time of the whole process, and its peak resident memory. */
  readonly cliMs: number;
  readonly cliPeakBytes: number;
  /** The engine's run (HiGHS included) and the peak of a process holding the tables and run. */
  readonly engineMs: number;
  readonly enginePeakBytes: number;
}

/** Run `args` under node with the peak probe; its wall time, peak (bytes) and stdout. */
function measured(args: readonly string[]): { ms: number; peakBytes: number; stdout: string } {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['-r', PROBE, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const peak = /SAMKOST_PEAK_KIB=(\d+)/.exec(child.stderr);
  if (child.status !== 0 || !peak) {
    const last = child.stderr.trim().split('\n').slice(-1)[0] ?? '';
    throw new Error(`${args.join(' ')} ended with ${child.status}: ${last}`);
  }
  return { ms, peakBytes: Number(peak[1]) * 1024, stdout: child.stdout };
}

export async function processFigures(
  size: Size,
  sheets: readonly InputSheet[],
): Promise<ProcessFigures> {
  const directory = mkdtempSync(path.join(tmpdir(), 'samkost-bench-process-'));
  try {
    const input = path.join(directory, 'bench.xlsx');
    await writeXlsx(sheets, input);
    const cli = measured([
      'src/cli/samkost.cjs',
      'run',
      input,
      '-o',
      path.join(directory, 'out.xlsx'),
      '--json',
    ]);
    const engine = measured(['--import', 'tsx', path.join(__dirname, 'engineProbe.ts'), size.name]);
    const { ms } = JSON.parse(engine.stdout.trim().split('\n').slice(-1)[0] ?? '{}') as {
      ms: number;
    };
    return {
      cliMs: cli.ms,
      cliPeakBytes: cli.peakBytes,
      engineMs: ms,
      enginePeakBytes: engine.peakBytes,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
