/**
 * A true upper bound on a maximised LP's optimum, from row multipliers by weak duality: for any
 * multipliers u, max c·x over { L ≤ Ax ≤ U, l ≤ x ≤ u } is at most
 *   Σ_j max over x_j ∈ [l_j, u_j] of (c_j − (Aᵀu)_j)·x_j  +  Σ_r max over s_r ∈ [L_r, U_r] of u_r·s_r.
 * It holds for every u, so the solver's tolerances can only make it weaker, never wrong: a gap
 * measured against it is a certificate. The sum is taken in doubles with a margin for their
 * rounding.
 */

/** A maximised LP with its matrix by columns (CSC), as HiGHS hands it back. */
export interface ColumnwiseLp {
  readonly colCost: ArrayLike<number>;
  readonly colLower: ArrayLike<number>;
  readonly colUpper: ArrayLike<number>;
  readonly rowLower: ArrayLike<number>;
  readonly rowUpper: ArrayLike<number>;
  /** Column j's entries are `indices`/`values` from `starts[j]` to `starts[j + 1]`. */
  readonly matrix: {
    readonly starts: ArrayLike<number>;
    readonly indices: ArrayLike<number>;
    readonly values: ArrayLike<number>;
  };
}

/**
 * Relative margin on the bound for the rounding of its sum: ~10⁵ terms in doubles (unit roundoff
 * 1.1·10⁻¹⁶) are off by less than 10⁻¹¹ of the sum of their magnitudes; 10⁻⁹ leaves room.
 */
const ROUNDING_MARGIN = 1e-9;

/**
 * The weak-duality bound of `lp` for the multipliers `rowDual` (either sign convention: both
 * signs are tried and the lower bound kept). A multiplier whose row has no bound on the side it
 * prices is taken as 0, which keeps the bound valid. +∞ when no finite bound follows (a column
 * unbounded where its reduced cost pushes it).
 */
export function lagrangianBound(lp: ColumnwiseLp, rowDual: ArrayLike<number>): number {
  return Math.min(boundFor(lp, rowDual, 1), boundFor(lp, rowDual, -1));
}

function boundFor(lp: ColumnwiseLp, rowDual: ArrayLike<number>, sign: 1 | -1): number {
  const rows = lp.rowLower.length;
  const u = new Float64Array(rows);
  let total = 0;
  let magnitude = 0;
  for (let r = 0; r < rows; r += 1) {
    const y = sign * (rowDual[r] ?? 0);
    const side = y > 0 ? (lp.rowUpper[r] ?? Infinity) : (lp.rowLower[r] ?? -Infinity);
    if (y === 0 || !Number.isFinite(side)) continue;
    u[r] = y;
    total += y * side;
    magnitude += Math.abs(y * side);
  }
  const { starts, indices, values } = lp.matrix;
  for (let j = 0; j < lp.colCost.length; j += 1) {
    let reduced = lp.colCost[j] ?? 0;
    let size = Math.abs(reduced);
    for (let e = starts[j] ?? 0; e < (starts[j + 1] ?? 0); e += 1) {
      const term = (u[indices[e] ?? 0] ?? 0) * (values[e] ?? 0);
      reduced -= term;
      size += Math.abs(term);
    }
    if (reduced === 0) continue;
    const at = reduced > 0 ? (lp.colUpper[j] ?? Infinity) : (lp.colLower[j] ?? -Infinity);
    if (!Number.isFinite(at)) return Number.POSITIVE_INFINITY;
    total += reduced * at;
    magnitude += size * Math.abs(at);
  }
  return total + ROUNDING_MARGIN * magnitude;
}
