/**
 * HiGHS (WebAssembly) as the engine's MilpSolver. Loaded on demand: the wasm is large and only a
 * workbook with Proposals and a Budget needs a funding plan.
 */
import { highsMilpSolver } from '../engine/highsAdapter';
import type { MilpSolver } from '../engine/solver';

/**
 * Two binaries, one row: solved once when HiGHS loads. Its first solve compiles the WebAssembly
 * it runs, which took longer than a sample's whole plan; the pane loads HiGHS before Run
 * (warmUp), so this moves that cost out of the user's wait.
 */
const FIRST_SOLVE = 'Maximize\n obj: x + y\nSubject To\n c: x + y <= 1\nBinary\n x y\nEnd\n';

/** Load HiGHS with its wasm at `wasmUrl` and adapt it as the CLI does (see highsAdapter.ts). */
export async function loadHighsSolver(wasmUrl: string): Promise<MilpSolver> {
  const { default: highsLoader } = await import(/* webpackChunkName: "highs" */ 'highs');
  const highs = await highsLoader({ locateFile: () => wasmUrl });
  const solver = highsMilpSolver(highs, { output_flag: false });
  solver.solve(FIRST_SOLVE);
  return solver;
}
