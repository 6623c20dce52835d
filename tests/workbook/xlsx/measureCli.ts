/**
 * The command line's xlsx stages at a bench size, as tests/bench/cliBench.ts times them: open +
 * read, then write + save, `runs` times each in one process (the engine runs once, between the
 * first read and write, so the first round is cold as the bench's national round is). Wall and
 * CPU milliseconds of every round are printed; an optional adapter path measures another checkout's
 * `openXlsx` in the same minute. Not a test and not the bench: run it by hand when the adapter
 * changes, with `node --cpu-prof` for the self time per function.
 *
 *   npx tsx tests/workbook/xlsx/measureCli.ts national|county [runs] [path/to/xlsx/index.ts]
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { loadHighsSolver } from '../../../src/cli/highsSolver';
import { runEngine } from '../../../src/engine/run';
import { generateWorkbook, SIZES } from '../../bench/generate';
import { TODAY } from '../../bench/stages';
import { wallAndCpu as timed } from '../../bench/timing';
import { writeXlsx } from '../../bench/xlsxFile';

async function main(): Promise<void> {
  const size = process.argv[2] === 'county' ? SIZES.county : SIZES.national;
  const runs = Number(process.argv[3] ?? 5);
  const adapter = path.resolve(
    process.argv[4] ?? path.join(__dirname, '../../../src/workbook/xlsx'),
  );
  const { openXlsx } = (await import(adapter)) as typeof import('../../../src/workbook/xlsx');
  const folder = mkdtempSync(path.join(tmpdir(), 'samkost-measure-cli-'));
  try {
    const input = path.join(folder, 'input.xlsx');
    await writeXlsx(generateWorkbook(size), input);
    const start = performance.now();
    const cpu = process.cpuUsage();
    let workbook = await openXlsx(input);
    const tables = await workbook.readTables();
    const used = process.cpuUsage(cpu);
    const cold = {
      ms: Math.round(performance.now() - start),
      cpuMs: Math.round((used.user + used.system) / 1000),
    };
    const result = runEngine(tables, {
      language: 'en',
      today: TODAY,
      solver: await loadHighsSolver(),
    });
    if (!result.ok) throw new Error(`the run failed: ${result.problems[0]?.code ?? ''}`);
    for (let i = 0; i < runs; i += 1) {
      const read =
        i === 0
          ? cold
          : await timed(async () => {
              workbook = await openXlsx(input);
              await workbook.readTables();
            });
      const write = await timed(async () => {
        await workbook.writeOutputs(result.outputs);
        await workbook.save(path.join(folder, 'output.xlsx'));
      });
      console.log(JSON.stringify({ round: i === 0 ? 'cold' : 'warm', read, write }));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
