/**
 * HiGHS's persistent-model API adapted to {@link MilpSolver}, shared by the CLI and the Web Worker
 * so both solve the same way. It is typed structurally (no import of the `highs` package), so the
 * engine stays free of the WebAssembly; each side loads HiGHS its own way and passes it in.
 *
 * The persistent API rather than the one-shot `solve()`: only it reports the MIP's best bound,
 * which gives a plan stopped by its time limit an honest gap without a second (LP) solve.
 */
import { lagrangianBound, type ColumnwiseLp } from './lpBound';
import type { MilpColumn, MilpOptions, MilpSolution, MilpSolver } from './solver';

/** The part of a `highs` persistent model used here. */
export interface HighsModelLike {
  readonly options: { set(values: Readonly<Record<string, unknown>>): unknown };
  readonly info: { get(name: string): number | bigint };
  run(): unknown;
  getModelStatus(): number;
  getObjectiveValue(): number;
  getSolution(): {
    readonly colValue: ArrayLike<number>;
    readonly colDual: ArrayLike<number>;
    readonly rowDual: ArrayLike<number>;
  };
  /** A start for the solve: HiGHS checks it and keeps it as its incumbent when feasible. */
  setSolution(solution: { readonly colValue: readonly number[] }): unknown;
  /** The model as numbers (by columns), for the LP's weak-duality bound. */
  getLp(format: 'csc'): ColumnwiseLp & { readonly sense: number };
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
/** HiGHS's objective sense code for maximising. */
const MAXIMIZE = -1;

const infoNumber = (model: HighsModelLike, name: string): number => {
  const value = model.info.get(name);
  return typeof value === 'bigint' ? Number(value) : value;
};

/** A maximised LP's weak-duality bound from its row duals (see lpBound.ts), else NaN. */
function lpBound(model: HighsModelLike, status: string, rowDual: ArrayLike<number> | null): number {
  if (status !== 'Optimal' || rowDual === null) return Number.NaN;
  const lp = model.getLp('csc');
  return lp.sense === MAXIMIZE ? lagrangianBound(lp, rowDual) : Number.NaN;
}

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
        const { start, ...settings } = options;
        model.options.set({ ...base, ...settings });
        if (start !== undefined) {
          const names = model.getDimensions().numCols;
          const colValue: number[] = [];
          for (let j = 0; j < names; j += 1) colValue.push(start[model.getColName(j)] ?? 0);
          model.setSolution({ colValue });
        }
        model.run();
        const status = STATUS[model.getModelStatus()] ?? 'Unknown';
        const hasPoint = infoNumber(model, 'primal_solution_status') === FEASIBLE_SOLUTION;
        const solution = hasPoint ? model.getSolution() : null;
        const count = model.getDimensions().numCols;
        let integral = false;
        for (let j = 0; j < count; j += 1) integral ||= model.getColIntegrality(j) !== CONTINUOUS;
        // An LP's reduced costs say how far each column is from changing in its optimum.
        const duals = status === 'Optimal' && !integral ? (solution?.colDual ?? null) : null;
        const columns: Record<string, MilpColumn> = {};
        for (let j = 0; j < count; j += 1) {
          const primal = solution?.colValue[j] ?? Number.NaN;
          const dual = duals?.[j];
          columns[model.getColName(j)] =
            dual === undefined ? { Primal: primal } : { Primal: primal, Dual: dual };
        }
        // An LP reports mip_dual_bound as 0, which is no bound at all: a maximised LP's bound is
        // the weak-duality one from its row duals instead.
        const bound = integral
          ? infoNumber(model, 'mip_dual_bound')
          : lpBound(model, status, solution?.rowDual ?? null);
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
