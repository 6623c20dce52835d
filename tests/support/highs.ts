/** HiGHS for tests, loaded once per test file (loading the WebAssembly takes ≈ 0.1 s). */
import { loadHighsSolver } from '../../src/cli/highsSolver';
import type { MilpSolver } from '../../src/engine/solver';

let cached: Promise<MilpSolver> | null = null;

export function highsSolver(): Promise<MilpSolver> {
  cached ??= loadHighsSolver();
  return cached;
}

/** The same cached HiGHS, by the short name the prioritisation tests use. */
export const solver = highsSolver;
