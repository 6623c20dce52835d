/**
 * A child process of the bench: builds one size's input tables, then runs the whole engine once
 * (HiGHS included) and prints its time as JSON. Its peak memory is read by the parent through
 * peakProbe.cjs: the process holds nothing but the tables and the run.
 */
import { loadHighsSolver } from '../../src/cli/highsSolver';
import { runEngine } from '../../src/engine/run';
import { generateWorkbook, SIZES, type Size } from './generate';
import { workbookTables } from './sheets';
import { TODAY } from './stages';

async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  const size: Size | undefined = Object.values(SIZES).find((s) => s.name === name);
  if (!size) throw new Error(`unknown size ${name}`);
  const tables = workbookTables(generateWorkbook(size));
  const solver = await loadHighsSolver();
  const start = performance.now();
  const result = runEngine(tables, { language: 'en', today: TODAY, solver });
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(`the run failed: ${result.problems[0]?.code ?? ''}`);
  process.stdout.write(`${JSON.stringify({ ms })}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
