/**
 * How long writing the national outputs into a copy takes, and at what peak memory: the
 * national bench workbook is written, read and run, then its outputs are written (first run)
 * and written again into that copy (a re-run), each in a fresh process so its peak RSS is its
 * own. Not a test and not the bench: a measurement to run by hand when the writer changes.
 *
 *   npx tsx tests/workbook/xlsx/measureWrite.ts [path/to/xlsx/index.ts]
 *
 * The optional path measures another adapter with the same `openXlsx` (an older checkout, say).
 * Wall time on a shared machine varies by a factor of two or more; CPU time says more.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { loadHighsSolver } from '../../../src/cli/highsSolver';
import { runEngine } from '../../../src/engine/run';
import { generateWorkbook, SIZES } from '../../bench/generate';
import { TODAY } from '../../bench/stages';
import { wallAndCpu as timed } from '../../bench/timing';
import { writeXlsx } from '../../bench/xlsxFile';

/** In the child: read and run `input`, write its outputs to `output`, print what it cost. */
async function child(adapter: string, input: string, output: string): Promise<void> {
  const { openXlsx } = (await import(adapter)) as typeof import('../../../src/workbook/xlsx');
  const workbook = await openXlsx(input);
  const result = runEngine(await workbook.readTables(), {
    language: 'en',
    today: TODAY,
    solver: await loadHighsSolver(),
  });
  if (!result.ok) throw new Error(`the run failed: ${result.problems[0]?.code ?? ''}`);
  const cells = result.outputs.reduce((n, o) => n + (o.rows.length + 1) * o.headers.length, 0);
  const write = await timed(async () => {
    await workbook.writeOutputs(result.outputs);
  });
  const save = await timed(() => workbook.save(output));
  const peakMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ cells, write, save, peakMiB }));
}

function measure(adapter: string, input: string, output: string): string {
  const ran = spawnSync(
    process.execPath,
    [...process.execArgv, __filename, '--child', adapter, input, output],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (ran.status !== 0) throw new Error(ran.stderr || `exit ${ran.status}`);
  return ran.stdout.trim();
}

async function main(): Promise<void> {
  const adapter = path.resolve(
    process.argv[2] ?? path.join(__dirname, '../../../src/workbook/xlsx'),
  );
  const folder = mkdtempSync(path.join(tmpdir(), 'samkost-measure-write-'));
  try {
    const input = path.join(folder, 'national.xlsx');
    await writeXlsx(generateWorkbook(SIZES.national), input);
    const first = path.join(folder, 'first.xlsx');
    console.log(`first run: ${measure(adapter, input, first)}`);
    console.log(`re-run:    ${measure(adapter, first, path.join(folder, 'again.xlsx'))}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3] ?? '', process.argv[4] ?? '', process.argv[5] ?? '').catch(
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
} else {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
