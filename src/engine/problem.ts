/**
 * A problem with the input: a stable code (never localised), the cell it is about and the values
 * its message needs. Messages are rendered in the user's language by `src/i18n/problems.ts`.
 */
export interface Problem {
  readonly code: ProblemCode;
  /** `Sheet!C7`, or `Table[Column]` when a whole column is missing, or the table name. */
  readonly cell: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A problem as it reaches a user: with its message rendered. */
export interface LocalisedProblem extends Problem {
  readonly message: string;
}

export const PROBLEM_CODES = [
  // Structure
  'MISSING_TABLE', // a required table (only Municipalities) is absent
  'MISSING_COLUMN', // a required column is absent
  'DUPLICATE_COLUMN', // two headers map to the same canonical column
  'EMPTY_TABLE', // Municipalities has no rows
  // Cells
  'REQUIRED', // a required cell is blank
  'EXCEL_ERROR', // #REF!, #DIV/0!, ...
  'NOT_A_NUMBER',
  'NOT_WHOLE', // a whole number was expected
  'NEGATIVE', // ≥ 0 expected
  'NOT_POSITIVE', // > 0 expected
  'OUT_OF_RANGE', // outside the stated range (scores, cooperation level, lifetime, money too large to split exactly, ...)
  'NOT_BOOLEAN',
  'NOT_A_DATE',
  'DUPLICATE', // a value that must be unique is repeated
  'UNKNOWN_KIND',
  'UNKNOWN_MUNICIPALITY', // a participant, stand-alone row or ... names no municipality
  'UNKNOWN_PROPOSAL', // DependsOn or Scores names no proposal
  'UNKNOWN_ITEM', // StandAlone names no cost item
  'UNKNOWN_SETTING_VALUE', // a setting's value is not allowed
  'BAD_KEY', // a key expression that cannot be read
  'UNKNOWN_KEY', // a key that is neither built in nor a custom column
  'KEY_PERCENT_SUM', // a mix whose percentages do not add up to 100
  'DEPENDENCY_CYCLE', // proposals that depend on each other
  'TOTAL_TOO_LARGE', // a table's amounts add up to more than a total can show exactly
  // Computation
  'ZERO_WEIGHTS', // Σ w = 0: the item cannot be split
  'STANDALONE_MISSING', // a participant of a standalone item has no stand-alone cost
  'BUDGET_SHORT', // the mandatory proposals cannot be funded: a budget year is short
  'PLAN_TOO_LARGE', // the funding plan exceeds a cap (budget years, model size)
  // Contract v1.1, sections 9 and 12
  'BAD_TAPER', // taper(KEY; T; P%) that cannot be read, or T < 0, or P outside 0–100
  'COALITION_OUTSIDE', // a CoalitionCosts coalition names a municipality not taking part in the item
  'COALITION_SINGLETON_MISSING', // c({i}) given neither in CoalitionCosts nor in StandAlone
  'SHAPLEY_TOO_MANY', // a shapley item with more than 12 participants
  'COALITIONS_TOO_MANY', // more than 12 municipalities in an item's coalitions of two or more
  'SHAPLEY_NEGATIVE', // a Shapley value below 0: the item cannot be split by it
  // Outputs
  'OUTPUT_TOO_WIDE', // an output would have more columns than an Excel sheet holds
  'OUTPUT_TOO_LONG', // an output would have more rows than an Excel sheet holds
  // Contract v1.1, sections 10 and 11
  'UNKNOWN_CRITERION', // a CriteriaPairs row names no criterion
  'PAIR_SELF', // a CriteriaPairs row compares a criterion with itself
  'PAIR_MISSING', // a pair of criteria CriteriaPairs does not judge
  'CRITERIA_TOO_MANY', // CriteriaPairs with more than 10 criteria (Saaty's RI table ends at 10)
  'EXCLUDED_MANDATORY', // a proposal both Excluded and Mandatory
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const problem = (
  code: ProblemCode,
  cell: string,
  params: Readonly<Record<string, string | number>> = {},
): Problem => ({ code, cell, params });
