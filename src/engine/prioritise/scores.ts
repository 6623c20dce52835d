/**
 * Prioritisation scores (contract §5): each proposal's weighted mean score on a 0–100 scale, its
 * rank, how many scorers scored it and how much they disagreed.
 *
 * Scores are computed exactly (rationals) and converted to a float once at the end, so two proposals
 * scored alike tie exactly whatever the order of the rows, and ranking never depends on rounding noise.
 */
import type { Criterion, ParsedWorkbook, Proposal, ScoreRow } from '../model';
import {
  add,
  compare,
  div,
  fromNumber,
  mul,
  rational,
  toNumber,
  ZERO,
  type Rational,
} from '../rational';
import { compareCodePoints } from '../allocate/units';
import { economics } from './economics';
import { remembered } from '../remembered';

export interface PriorityScore {
  readonly id: string;
  readonly title: string;
  /** 0–100. */
  readonly score: number;
  /** 1 = best; ties → lower OneOffCost, then the ID that sorts first (code-point order). */
  readonly rank: number;
  /** Distinct scorers with at least one non-blank score for the proposal. */
  readonly scorers: number;
  /** The largest, over criteria, population standard deviation of the scorers' scores. */
  readonly spread: number;
  readonly npv: number;
  readonly bcr: number | null;
  readonly payback: number | null;
  /** m_p,c: the mean of the non-blank scores per criterion, in Criteria order; null when none. */
  readonly criterionMeans: readonly (number | null)[];
  /** Criteria nobody scored the proposal on (→ INCOMPLETE_SCORES), in Criteria order. */
  readonly incompleteCriteria: readonly string[];
  /** The proposal's ID cell. */
  readonly cell: string;
}

/** Cell values repeat a lot (0–5), and so do their means: each distinct one is made once. */
interface Exact {
  readonly value: (n: number) => Rational;
  /** m_p,c: the mean of the non-blank scores; 0 when nobody scored (contract §5). */
  readonly mean: (values: readonly number[]) => Rational;
  /** A mean as the nearest float, made once per mean. */
  readonly number: (mean: Rational) => number;
  /** A scorer's name as the parser matches it: trimmed, case-insensitive. */
  readonly scorer: (name: string) => string;
}

function exactConverter(): Exact {
  const seen = new Map<number, Rational>();
  const value = (n: number): Rational => remembered(seen, n, () => fromNumber(n));
  // Whole scores (nearly all of them) add up exactly as JS numbers while the sum stays a safe
  // integer, and a panel's means are a few dozen sums over a few counts: one rational each.
  const means = new Map<string, Rational>();
  const mean = (values: readonly number[]): Rational => {
    if (values.length === 0) return ZERO;
    let whole = 0;
    let exactAsNumbers = true;
    for (const v of values) {
      whole += v;
      exactAsNumbers &&= Number.isSafeInteger(v) && Number.isSafeInteger(whole);
    }
    const count = rational(BigInt(values.length));
    if (!exactAsNumbers)
      return div(
        values.reduce((acc, v) => add(acc, value(v)), ZERO),
        count,
      );
    return remembered(means, `${whole}/${values.length}`, () =>
      div(rational(BigInt(whole)), count),
    );
  };
  const numbers = new Map<Rational, number>();
  const number = (m: Rational): number => remembered(numbers, m, () => toNumber(m));
  const names = new Map<string, string>();
  const scorer = (name: string): string => remembered(names, name, () => name.trim().toLowerCase());
  return { value, mean, number, scorer };
}

/** Population standard deviation (divide by n, not n − 1: the scorers are the whole panel). */
function populationStdDev(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const squares = values.reduce((a, v) => a + (v - mean) * (v - mean), 0);
  return Math.sqrt(squares / values.length);
}

/** What one proposal's score rows say, criterion by criterion in Criteria order. */
export interface ProposalMeans {
  /** m_p,c exactly; 0 when nobody scored the criterion (contract §5). */
  readonly exact: readonly Rational[];
  /** m_p,c as the nearest float; null when nobody scored the criterion. */
  readonly means: readonly (number | null)[];
  /** The largest, over criteria, population standard deviation of the scorers' scores. */
  readonly spread: number;
  /** Distinct scorers with at least one non-blank score. */
  readonly scorers: number;
}

function meansOf(rows: readonly ScoreRow[], criteria: number, exact: Exact): ProposalMeans {
  let spread = 0;
  const exactMeans: Rational[] = [];
  const means: (number | null)[] = [];
  const scored = new Array<boolean>(rows.length).fill(false);
  for (let c = 0; c < criteria; c++) {
    const values: number[] = [];
    // Indexed: this loop runs rows × criteria times (150,000 on the national size).
    for (let r = 0; r < rows.length; r++) {
      const value = rows[r]?.scores[c];
      if (value === null || value === undefined) continue;
      values.push(value);
      scored[r] = true;
    }
    const mean = exact.mean(values);
    exactMeans.push(mean);
    means.push(values.length === 0 ? null : exact.number(mean));
    spread = Math.max(spread, populationStdDev(values));
  }
  // Scorer names are matched as the parser matches them: trimmed, case-insensitive.
  const scorers = new Set(rows.filter((_, r) => scored[r]).map((row) => exact.scorer(row.scorer)));
  return { exact: exactMeans, means, spread, scorers: scorers.size };
}

/** The rows of each proposal's scores, by proposal ID. */
function rowsByProposal(scores: readonly ScoreRow[]): Map<string, ScoreRow[]> {
  const rowsOf = new Map<string, ScoreRow[]>();
  for (const row of scores) {
    const list = rowsOf.get(row.proposal);
    if (list === undefined) rowsOf.set(row.proposal, [row]);
    else list.push(row);
  }
  return rowsOf;
}

/**
 * m_p,c for every proposal (Proposals order) and criterion (Criteria order), with each proposal's
 * spread and scorers: what `prioritise` weighs into the score and the sensitivity (contract v1.1
 * §10) re-weights. One pass over the rows; a run computes it once and hands it to both.
 */
export function criterionMeans(wb: ParsedWorkbook): readonly ProposalMeans[] {
  const exact = exactConverter();
  const rowsOf = rowsByProposal(wb.scores);
  return wb.proposals.map((proposal) =>
    meansOf(rowsOf.get(proposal.id) ?? [], wb.criteria.length, exact),
  );
}

/** Σ w·m / (ScoreMax · Σ w) · 100 exactly, and the criteria nobody scored. */
function scoreOne(
  means: ProposalMeans,
  criteria: readonly Criterion[],
  weights: readonly Rational[],
  scale: Rational,
): { readonly exactScore: Rational; readonly incompleteCriteria: readonly string[] } {
  // Σ w·m as one fraction, reduced once at the end: most terms share the scorers' count as their
  // denominator, and a reduction per term was most of the scoring's time.
  let num = 0n;
  let den = 1n;
  const incomplete: string[] = [];
  for (const [c, criterion] of criteria.entries()) {
    if (means.means[c] === null) {
      incomplete.push(criterion.name); // m = 0: nothing to add
      continue;
    }
    const mean = means.exact[c] ?? ZERO;
    const weight = weights[c] ?? ZERO;
    const [termNum, termDen] = [weight.num * mean.num, weight.den * mean.den];
    if (termDen === den) num += termNum;
    else [num, den] = [num * termDen + termNum * den, den * termDen];
  }
  const exactScore = scale.num === 0n ? ZERO : rational(100n * num * scale.den, den * scale.num);
  return { exactScore, incompleteCriteria: incomplete };
}

/**
 * Scores, ranks and economics of every proposal, in Proposals order.
 *
 * Without criteria every score is 0 and no criterion is incomplete (there is nothing to score on);
 * the rank then follows OneOffCost and ID alone.
 */
export function prioritise(
  wb: ParsedWorkbook,
  /** `criterionMeans(wb)`, when the caller already has it. */
  means: readonly ProposalMeans[] = criterionMeans(wb),
): readonly PriorityScore[] {
  const exact = exactConverter();
  const weights = wb.criteria.map((criterion) => exact.value(criterion.weight));
  // ScoreMax · Σ w: the score's denominator, the same for every proposal.
  const scale = mul(exact.value(wb.settings.scoreMax), weights.reduce(add, ZERO));
  const scored = wb.proposals.map((proposal, p) => {
    const of = means[p] ?? meansOf([], wb.criteria.length, exact);
    return { proposal, of, ...scoreOne(of, wb.criteria, weights, scale) };
  });
  const rankOf = ranks(scored);
  return scored.map(({ proposal, of, exactScore, incompleteCriteria }) => ({
    id: proposal.id,
    title: proposal.title,
    score: toNumber(exactScore),
    rank: rankOf.get(proposal) ?? 0,
    scorers: of.scorers,
    spread: of.spread,
    ...economics(proposal, wb.settings.discountRate),
    criterionMeans: of.means,
    incompleteCriteria,
    cell: proposal.cell,
  }));
}

/** §5's order of two proposals whose scores tie: lower OneOffCost, then the ID that sorts first. */
export const compareTies = (a: Proposal, b: Proposal): number =>
  compare(a.oneOffCost, b.oneOffCost) || compareCodePoints(a.id, b.id);

/** Rank 1 = highest exact score; ties → {@link compareTies}. */
function ranks(
  scored: readonly { readonly proposal: Proposal; readonly exactScore: Rational }[],
): Map<Proposal, number> {
  const order = [...scored].sort(
    (a, b) => compare(b.exactScore, a.exactScore) || compareTies(a.proposal, b.proposal),
  );
  return new Map(order.map((s, i) => [s.proposal, i + 1]));
}
