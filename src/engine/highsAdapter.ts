/**
 * HiGHS's persistent-model API adapted to {@link MilpSolver}, shared by the CLI and the Web Worker
 * so both solve the same way. It is typed structurally (no import of the `highs` package), so the
 * engine stays free of the WebAssembly; each side loads HiGHS its own way and passes it in.
 *
 * The persistent API rather than the one-shot `solve()`: only it reports the MIP's best bound,
 * which gives a plan stopped by its time limit an honest gap without a second (LP) solve.
 */
import type { MilpColumn, MilpOptions, MilpSolution, MilpSolver } from './solver';

/** The part of a `highs` persistent model used here. */
export interface HighsModelLike {
  readonly options: { set(values: Readonly<Record<string, unknown>>): unknown };
  readonly info: { get(name: string): number | bigint };
  run(): unknown;
  getModelStatus(): number;
  getObjectiveValue(): number;
  getSolution(): { readonly colValue: ArrayLike<number> };
  getDimensions(): { readonly numCols: number };
  getColName(index: number): string;
  /** 0 for a continuous column (HiGHS's variable type codes). */
  getColIntegrality(index: number): number;
  dispose(): void;
}

/** The part of the loaded `highs` module used here. */
export interface HighsLike {
  createModel(source: { readonly format: 'lp'; readonly data: string }): HighsModelLike;
}

/** HiGHS model status codes, named as the one-shot API (and the engine) name them. */
const STATUS = [
  'Not Set',
  'Load error',
  'Model error',
  'Presolve error',
  'Solve error',
  'Postsolve error',
  'Empty',
  'Optimal',
  'Infeasible',
  'Primal infeasible or unbounded',
  'Unbounded',
  'Bound on objective reached',
  'Target for objective reached',
  'Time limit reached',
  'Iteration limit reached',
  'Unknown',
  'Solution limit reached',
  'Interrupted',
];
/** HiGHS's `primal_solution_status` for a feasible point. */
const FEASIBLE_SOLUTION = 2;
/** HiGHS's variable type of a continuous column. */
const CONTINUOUS = 0;

const infoNumber = (model: HighsModelLike, name: string): number => {
  const value = model.info.get(name);
  return typeof value === 'bigint' ? Number(value) : value;
};

/**
 * A {@link MilpSolver} on `highs`, with `base` options (e.g. the log switched off) under every
 * call's own. A solution without a feasible point (infeasible, or stopped before finding one)
 * comes back with NaN primals and objective, so nothing mistakes it for a plan.
 */
export function highsMilpSolver(
  highs: HighsLike,
  base: Readonly<Record<string, unknown>> = {},
): MilpSolver {
  return {
    solve(lp: string, options: MilpOptions = {}): MilpSolution {
      const model = highs.createModel({ format: 'lp', data: lp });
      try {
        model.options.set({ ...base, ...options });
        model.run();
        const status = STATUS[model.getModelStatus()] ?? 'Unknown';
        const hasPoint = infoNumber(model, 'primal_solution_status') === FEASIBLE_SOLUTION;
        const values = hasPoint ? model.getSolution().colValue : null;
        const columns: Record<string, MilpColumn> = {};
        const count = model.getDimensions().numCols;
        let integral = false;
        for (let j = 0; j < count; j += 1) {
          columns[model.getColName(j)] = { Primal: values?.[j] ?? Number.NaN };
          integral ||= model.getColIntegrality(j) !== CONTINUOUS;
        }
        // An LP reports mip_dual_bound as 0, which is no bound at all.
        const bound = integral ? infoNumber(model, 'mip_dual_bound') : Number.NaN;
        return {
          Status: status,
          ObjectiveValue: hasPoint ? model.getObjectiveValue() : Number.NaN,
          Columns: columns,
          ...(Number.isFinite(bound) ? { DualBound: bound } : {}),
          Work: {
            nodes: integral ? infoNumber(model, 'mip_node_count') : 0,
            iterations: infoNumber(model, 'simplex_iteration_count'),
          },
        };
      } finally {
        model.dispose();
      }
    },
  };
}
