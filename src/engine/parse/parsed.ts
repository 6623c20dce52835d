/** What a table parser returns: its rows, and the names other tables may refer to. */
export interface Parsed<T> {
  /** The rows that read without a problem. */
  readonly rows: readonly T[];
  /**
   * Every name (ID, item, system) the table gives, also from rows that had other problems, so a
   * reference to such a row is not reported a second time as unknown. Null when the naming column
   * itself is missing: then references to the table cannot be checked at all.
   */
  readonly names: readonly string[] | null;
}

/** A table parser's result for a table the workbook does not have. */
export const NOTHING: Parsed<never> = { rows: [], names: [] };
