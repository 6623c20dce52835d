/**
 * HiGHS (WebAssembly) as the engine's MILP solver, for Node: the CLI and the tests load it here
 * and inject it, so the engine never imports it.
 */
import { highsMilpSolver } from '../engine/highsAdapter';
import type { MilpSolver } from '../engine/solver';

/** Load HiGHS once (≈ 0.1 s for the WebAssembly) and wrap it as a {@link MilpSolver}, log off. */
export async function loadHighsSolver(): Promise<MilpSolver> {
  // Under CommonJS (the CLI build, ts-jest) TypeScript turns this into a require; the package's
  // CommonJS entry is the loader function itself, which the interop exposes as `default`.
  const highs = await (await import('highs')).default();
  return highsMilpSolver(highs, { output_flag: false });
}
