/**
 * The parsed, validated workbook: what the contract's input tables mean once every cell has been
 * checked. Everything downstream of parsing works on these types only. Money and weights stay
 * exact ({@link Rational}); scores, years and counts are plain numbers.
 */
import type { Rational } from './rational';
import type { Language } from '../i18n/language';
import type { InputTableName } from './table';

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

/** A key a taper can reduce: a count or a custom column (contract v1.1 §9). */
export type TaperBase =
  { readonly kind: 'population' | 'pcs' } | { readonly kind: 'custom'; readonly column: string };

export type SingleKey =
  /** `shapley`: the Shapley value of the item's coalition-cost game (contract v1.1 §12). */
  | { readonly kind: 'population' | 'equal' | 'pcs' | 'standalone' | 'shapley' }
  /** A custom numeric column of `Municipalities`, by its header as written there. */
  | { readonly kind: 'custom'; readonly column: string }
  /**
   * `taper(KEY; T; P%)` (avtrapp / avtrappa / escalonar, contract v1.1 §9): the weight is
   * min(v, T) + P/100 · max(v − T, 0) of the base key's value v.
   */
  | {
      readonly kind: 'taper';
      readonly base: TaperBase;
      /** T ≥ 0. */
      readonly threshold: Rational;
      /** P/100, from 0 to 1. */
      readonly rate: Rational;
    };

export interface KeyTerm {
  /** The term's share of the whole, as a fraction (20 % → 1/5). A single key is one term of 1. */
  readonly fraction: Rational;
  readonly key: SingleKey;
}

/** A fordelingsnøkkel / fördelningsnyckel: one key or a mix of keys (contract section 3). */
export interface KeyExpression {
  readonly terms: readonly KeyTerm[];
  /** Canonical English text for output tables, e.g. `20% equal + 80% population`. */
  readonly text: string;
}

/** Addresses of the cells a row was read from, by canonical column name. */
export type RowCells = Readonly<Record<string, string>>;

export interface Municipality {
  /** Trimmed name, as written. */
  readonly name: string;
  readonly population: number | null;
  readonly pcs: number | null;
  /** ICT budget of the planning year. */
  readonly budget: Rational | null;
  /** Custom key columns, by header as written; null where the cell is blank. */
  readonly customKeys: ReadonlyMap<string, Rational | null>;
  readonly cell: string;
  readonly cells: RowCells;
}

export type CostKind = 'one-off' | 'annual';

/** Participants: null means every municipality; otherwise canonical municipality names. */
export type Participants = readonly string[] | null;

export interface CostItem {
  readonly item: string;
  readonly amount: Rational;
  readonly kind: CostKind;
  readonly key: KeyExpression;
  readonly participants: Participants;
  readonly year: number | null;
  readonly cell: string;
  readonly cells: RowCells;
}

/** A fagsystem / applikation in the portfolio, with its licence. */
export interface SystemEntry {
  readonly system: string;
  /** Systemeier / systemägare. */
  readonly owner: string | null;
  readonly licenceCost: Rational;
  readonly basis: KeyExpression;
  readonly participants: Participants;
  readonly contractExpiry: CalendarDate | null;
  /** Samarbeidsnivå / samverkansnivå, 1–5. */
  readonly cooperationLevel: number | null;
  readonly cell: string;
  readonly cells: RowCells;
}

/** A tiltak / förslag: a proposed measure in the portfolio. */
export interface Proposal {
  readonly id: string;
  readonly title: string;
  readonly owner: string | null;
  readonly area: string | null;
  readonly oneOffCost: Rational;
  readonly annualCost: Rational;
  readonly annualBenefit: Rational;
  readonly lifetime: number;
  readonly key: KeyExpression;
  readonly participants: Participants;
  readonly costBenefit: boolean;
  readonly dependsOn: readonly string[];
  readonly mandatory: boolean;
  readonly earliestYear: number | null;
  /**
   * `Excluded` (Utelatt / Utesluten / Excluido, contract v1.1 §11): never funded, still scored
   * and ranked. Optional so that workbooks built in code before v1.1 stay valid (absent = no).
   */
  readonly excluded?: boolean;
  readonly cell: string;
  readonly cells: RowCells;
}

/**
 * The weights from `CriteriaPairs` (contract v1.1 §10): how consistent the judgements are. The
 * weights themselves are the criteria's, normalised to sum 1.
 */
export interface PairwiseConsistency {
  readonly lambdaMax: number;
  readonly ci: number;
  readonly cr: number;
  /** The judgement furthest from the weights (see `pairwiseWeights`); null under 2 criteria. */
  readonly mostInconsistent: {
    readonly a: string;
    readonly b: string;
    readonly ratio: number;
    /** w_a / w_b: what the weights say the ratio is. */
    readonly implied: number;
    /** The judgement's Ratio cell. */
    readonly cell: string;
  } | null;
  /** Every judgement, in row order, as its row names the criteria (what the pane's editor starts from). */
  readonly judgements: readonly PairRatio[];
}

/** One pairwise judgement by the criteria's names: A is `ratio` times as important as B. */
export interface PairRatio {
  readonly a: string;
  readonly b: string;
  readonly ratio: number;
}

export interface Criterion {
  readonly name: string;
  readonly weight: number;
  readonly cell: string;
}

/** One IKT-råd member's scores of one proposal. */
export interface ScoreRow {
  readonly proposal: string;
  readonly scorer: string;
  /**
   * Score per criterion, by position in the workbook's `criteria` (Criteria order): `scores[c]`
   * is the score on `criteria[c]`; null = not scored. By position rather than by name: a national
   * workbook has 15,000 rows, read 150,000 times.
   */
  readonly scores: readonly (number | null)[];
  readonly cell: string;
  readonly cells: RowCells;
}

export interface BudgetYear {
  readonly year: number;
  readonly investment: Rational;
  readonly operating: Rational | null;
  readonly cell: string;
  readonly cells: RowCells;
}

export interface StandAloneCost {
  readonly item: string;
  readonly municipality: string;
  readonly cost: Rational;
  readonly cell: string;
}

/**
 * A `CoalitionCosts` row (Koalisjonskostnader / Koalitionskostnader, contract v1.1 §12): what a
 * group of municipalities would pay to provide an item without the others.
 */
export interface CoalitionCost {
  /** The item as written where it is defined (Costs, Systems or Proposals). */
  readonly item: string;
  /** The members, canonical names, each once, in `Municipalities` order. */
  readonly coalition: readonly string[];
  readonly cost: Rational;
  /** The Coalition cell, where problems and flags about the row point. */
  readonly cell: string;
}

export interface Settings {
  readonly currency: string;
  /** The rounding unit: 1/100 (øre) or 1 (whole units). */
  readonly roundTo: Rational;
  /** As a fraction: 4 % → 0.04. */
  readonly discountRate: number;
  readonly planningYear: number;
  readonly contractWarningMonths: number;
  readonly disagreementThreshold: number;
  readonly scoreMax: number;
  /** null = the user's language. */
  readonly language: Language | null;
  /**
   * s of the weight sensitivity (contract v1.1 §10), from 0 to below 1; optional so that settings
   * built in code before v1.1 stay valid (absent = the default, 20 %).
   */
  readonly sensitivity?: Rational;
  /** Address of each setting's Value cell, for messages. */
  readonly cells: RowCells;
}

export interface ParsedWorkbook {
  readonly settings: Settings;
  readonly municipalities: readonly Municipality[];
  readonly costs: readonly CostItem[];
  readonly systems: readonly SystemEntry[];
  readonly proposals: readonly Proposal[];
  readonly criteria: readonly Criterion[];
  readonly scores: readonly ScoreRow[];
  /** null when the workbook has no Budget table: every proposal is then funded in the planning year. */
  readonly budget: readonly BudgetYear[] | null;
  readonly standAlone: readonly StandAloneCost[];
  /**
   * The CoalitionCosts rows; absent or empty when the workbook has none (optional so that
   * workbooks built in code before v1.1 stay valid).
   */
  readonly coalitionCosts?: readonly CoalitionCost[];
  /** Present when the criteria's weights come from CriteriaPairs (contract v1.1 §10). */
  readonly pairwise?: PairwiseConsistency;
  /** Which input tables the workbook has; a missing one turns off what depends on it. */
  readonly present: ReadonlySet<InputTableName>;
}
