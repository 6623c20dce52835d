/**
 * The MILP solver the funding plan needs, injected so the engine stays pure: the CLI and the
 * Web Worker load HiGHS (WebAssembly) and hand it in. The shape mirrors the `highs` package.
 */
export interface MilpColumn {
  readonly Primal: number;
  /** An LP's reduced cost of the column (its dual), when the solver reports one. */
  readonly Dual?: number;
}

export interface MilpSolution {
  /** HiGHS model status, e.g. `Optimal`, `Infeasible`, `Time limit reached`. */
  readonly Status: string;
  readonly ObjectiveValue: number;
  readonly Columns: Readonly<Record<string, MilpColumn>>;
  /**
   * A MIP's best bound on the objective (HiGHS's `mip_dual_bound`) when the solver reports one:
   * with a time limit, how far the incumbent may be from the optimum. For a maximised LP solved
   * to optimality: the bound weak duality gives from its row duals (see lpBound.ts), which holds
   * whatever the duals' accuracy.
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
  /** Stop when the incumbent is within this much of the best bound (objective units). */
  readonly mip_abs_gap?: number;
  /** Stop as soon as a plan reaches this objective (status `Target for objective reached`). */
  readonly objective_target?: number;
  readonly time_limit?: number;
  /** Share of branch-and-bound effort on primal heuristics (HiGHS default 0.05). */
  readonly mip_heuristic_effort?: number;
  /** HiGHS presolve (default `choose`). */
  readonly presolve?: 'off' | 'choose' | 'on';
  /** HiGHS's sub-MIP heuristics and its root reduced-cost one (each on by default). */
  readonly mip_heuristic_run_rins?: boolean;
  readonly mip_heuristic_run_rens?: boolean;
  readonly mip_heuristic_run_root_reduced_cost?: boolean;
  /** Cut separation at branch-and-bound nodes, not only at the root (default on). */
  readonly mip_allow_cut_separation_at_nodes?: boolean;
  /** Branch-and-bound nodes after which the solve stops, unfinished (default: no limit). */
  readonly mip_max_nodes?: number;
  /**
   * A plan to start from (column name → value; columns not named are 0): the solver checks it
   * and, when feasible, starts with it as its incumbent.
   */
  readonly start?: Readonly<Record<string, number>>;
}

export interface MilpSolver {
  /** Solve a model in CPLEX LP format, synchronously. */
  solve(lp: string, options?: MilpOptions): MilpSolution;
}
