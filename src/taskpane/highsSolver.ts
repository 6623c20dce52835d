/**
 * HiGHS (WebAssembly) as the engine's MilpSolver. Loaded on demand: the wasm is large and only a
 * workbook with Proposals and a Budget needs a funding plan.
 */
import type { MilpSolution, MilpSolver } from '../engine/solver';

/** Load HiGHS with its wasm at `wasmUrl` and adapt it to the engine's solver interface. */
export async function loadHighsSolver(wasmUrl: string): Promise<MilpSolver> {
  const { default: highsLoader } = await import(/* webpackChunkName: "highs" */ 'highs');
  const highs = await highsLoader({ locateFile: () => wasmUrl });
  return {
    solve(lp, options): MilpSolution {
      const solution = highs.solve(lp, options);
      // An infeasible solution's columns carry no primal values; the engine reads only Status then.
      const columns = Object.fromEntries(
        Object.entries(solution.Columns).map(([name, column]) => [
          name,
          { Primal: 'Primal' in column && typeof column.Primal === 'number' ? column.Primal : 0 },
        ]),
      );
      return {
        Status: solution.Status,
        ObjectiveValue: solution.ObjectiveValue,
        Columns: columns,
      };
    },
  };
}
