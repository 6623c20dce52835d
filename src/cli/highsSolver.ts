/**
 * HiGHS (WebAssembly) as the engine's MILP solver, for Node: the CLI and the tests load it here
 * and inject it, so the engine never imports it.
 */
import type { MilpColumn, MilpOptions, MilpSolution, MilpSolver } from '../engine/solver';

/**
 * Load HiGHS once (≈ 0.1 s for the WebAssembly) and wrap it as a {@link MilpSolver}: solver log
 * off, and a solution without values (infeasible, or stopped before finding one) returned with
 * NaN primals and objective, so nothing mistakes it for a plan.
 */
export async function loadHighsSolver(): Promise<MilpSolver> {
  // Under CommonJS (the CLI build, ts-jest) TypeScript turns this into a require; the package's
  // CommonJS entry is the loader function itself, which the interop exposes as `default`.
  const highs = await (await import('highs')).default();
  return {
    solve(lp: string, options: MilpOptions = {}): MilpSolution {
      const result = highs.solve(lp, { ...options, output_flag: false });
      const columns: Record<string, MilpColumn> = {};
      for (const [name, column] of Object.entries(result.Columns)) {
        columns[name] = { Primal: 'Primal' in column ? column.Primal : Number.NaN };
      }
      const objective = result.ObjectiveValue as number | null;
      return {
        Status: result.Status,
        ObjectiveValue: typeof objective === 'number' ? objective : Number.NaN,
        Columns: columns,
      };
    },
  };
}
