/**
 * The cost of a full run in Excel (read the inputs, run, write the outputs) through the Office.js
 * adapter on the preview's fake Excel: how many `context.sync()` round trips, and how big the
 * largest request and response are.
 */
import { runEngine } from '../../src/engine/run';
import type { MilpSolver } from '../../src/engine/solver';
import { FakeWorkbook } from '../../src/preview/fakeExcel';
import { excelWorkbook } from '../../src/workbook/excel';
import { meteredRun, type PayloadStats } from './excelMeter';
import type { InputSheet } from './sheets';
import { TODAY } from './stages';

export interface ExcelCost extends PayloadStats {
  readonly readSyncs: number;
  readonly writeSyncs: number;
  /** Read + run + write on the fake, for the record (the fake is not Excel's speed). */
  readonly ms: number;
}

/** One full run on a fake workbook holding `sheets` (pass a remembering solver: plans are timed elsewhere). */
export async function excelCost(
  sheets: readonly InputSheet[],
  solver: MilpSolver,
): Promise<ExcelCost> {
  const book = FakeWorkbook.fromTableSheets(sheets);
  const meter = meteredRun(book.run);
  const workbook = excelWorkbook(meter.run);
  const start = performance.now();
  const before = book.syncCount;
  const tables = await workbook.readTables();
  const read = book.syncCount;
  const result = runEngine(tables, {
    language: 'en',
    today: TODAY,
    solver,
  });
  if (!result.ok) throw new Error(`the run failed: ${result.problems[0]?.code ?? ''}`);
  await workbook.writeOutputs(result.outputs);
  const ms = performance.now() - start;
  return {
    ...meter.stats(),
    readSyncs: read - before,
    writeSyncs: book.syncCount - read,
    ms,
  };
}
