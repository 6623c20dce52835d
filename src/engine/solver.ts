/**
 * The MILP solver the funding plan needs, injected so the engine stays pure: the CLI and the
 * Web Worker load HiGHS (WebAssembly) and hand it in. The shape mirrors the `highs` package.
 */
export interface MilpColumn {
  readonly Primal: number;
}

export interface MilpSolution {
  /** HiGHS model status, e.g. `Optimal`, `Infeasible`, `Time limit reached`. */
  readonly Status: string;
  readonly ObjectiveValue: number;
  readonly Columns: Readonly<Record<string, MilpColumn>>;
  /**
   * A MIP's best bound on the objective (HiGHS's `mip_dual_bound`) when the solver reports one:
   * with a time limit, how far the incumbent may be from the optimum.
   */
  readonly DualBound?: number;
  /**
   * What the solve took in the solver's own steps (branch-and-bound nodes, simplex iterations),
   * when it reports them: unlike its time, the same on a loaded machine (the bench prints it).
   */
  readonly Work?: { readonly nodes: number; readonly iterations: number };
}

export interface MilpOptions {
  readonly mip_rel_gap?: number;
  readonly time_limit?: number;
  /** Share of branch-and-bound effort on primal heuristics (HiGHS default 0.05). */
  readonly mip_heuristic_effort?: number;
  /** HiGHS presolve (default `choose`). */
  readonly presolve?: 'off' | 'choose' | 'on';
}

export interface MilpSolver {
  /** Solve a model in CPLEX LP format, synchronously. */
  solve(lp: string, options?: MilpOptions): MilpSolution;
}
