/**
 * HiGHS (WebAssembly) as the engine's MilpSolver. Loaded on demand: the wasm is large and only a
 * workbook with Proposals and a Budget needs a funding plan.
 */
import { highsMilpSolver } from '../engine/highsAdapter';
import type { MilpSolver } from '../engine/solver';

/** Load HiGHS with its wasm at `wasmUrl` and adapt it as the CLI does (see highsAdapter.ts). */
export async function loadHighsSolver(wasmUrl: string): Promise<MilpSolver> {
  const { default: highsLoader } = await import(/* webpackChunkName: "highs" */ 'highs');
  const highs = await highsLoader({ locateFile: () => wasmUrl });
  return highsMilpSolver(highs, { output_flag: false });
}
