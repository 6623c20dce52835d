/**
 * The IKT-råd's view of a run: the whole ranking with titles, each criterion's mean and the
 * spread; every scorer's scores per proposal with the outliers marked; the funding plan by year
 * with the investment and operating budget used and left; and why each unfunded proposal is not
 * funded (the NOT_FUNDED flag's own message, so the reason is worded once). Also what scoring in
 * the pane needs: the proposals' facts, the criteria, ScoreMax and who scored what.
 */
import { unitsOf } from '../allocate';
import type { ParsedWorkbook, ScoreRow } from '../model';
import { money, roundTo } from '../outputs/numbers';
import type { PriorityRow } from '../outputs/prioritiesTable';
import { budgetUse } from '../prioritise/budgetUse';
import type { FundingPlan, PriorityScore } from '../prioritise';
import { planGapPercent } from '../prioritise';
import { sub, type Rational } from '../rational';
import type { RiskFlag } from '../result';

export interface CouncilProposal {
  readonly id: string;
  readonly title: string;
  readonly area: string | null;
  readonly oneOffCost: number;
  readonly annualCost: number;
  readonly annualBenefit: number;
  readonly costBenefit: boolean;
  readonly score: number;
  readonly rank: number;
  readonly spread: number;
  readonly scorers: number;
  /** Per criterion (in `criteria` order), to 2 decimals; null when nobody scored it. */
  readonly means: readonly (number | null)[];
  /** The proposal has a SCORER_DISAGREEMENT flag. */
  readonly disagreement: boolean;
  readonly startYear: number | null;
  /** Why it is not funded, as the NOT_FUNDED flag says it; null when funded or excluded. */
  readonly whyNotFunded: string | null;
  /** Forced out by the council (`Excluded`, contract v1.1 §11): never funded, no NOT_FUNDED. */
  readonly excluded: boolean;
  /** Each scorer's row, in the order they appear in Scores. */
  readonly scores: readonly CouncilScores[];
}

export interface CouncilScores {
  readonly scorer: string;
  /** Per criterion; null = not scored. */
  readonly values: readonly (number | null)[];
  /** Per criterion: whether this score is an outlier (see {@link outlierRule}). */
  readonly outliers: readonly boolean[];
}

export interface PlanYear {
  readonly year: number;
  readonly proposals: readonly { readonly id: string; readonly title: string }[];
  readonly investment: { readonly budget: number; readonly used: number; readonly left: number };
  readonly operating: {
    readonly budget: number;
    readonly used: number;
    readonly left: number;
  } | null;
}

export interface CouncilView {
  readonly currency: string;
  readonly scoreMax: number;
  readonly disagreementThreshold: number;
  readonly criteria: readonly { readonly name: string; readonly weight: number }[];
  /** In rank order. */
  readonly proposals: readonly CouncilProposal[];
  /** Every scorer named in Scores, in first-appearance order. */
  readonly scorers: readonly string[];
  readonly plan: readonly PlanYear[];
  readonly planProvenOptimal: boolean;
  /** See RunSummary's planGapPercent. */
  readonly planGapPercent: number | null;
}

/** The median of at least one number. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Which of `all` (one proposal's scores on one criterion) are outliers. An outlier: on a criterion
 * with 3 or more scores of the proposal, a score more than twice the DisagreementThreshold from
 * the median of those scores. The median, so one far score does not
 * drag the centre to itself; twice the threshold, as the threshold bounds the spread (a standard
 * deviation) and one score that far off is what makes a panel's spread exceed it. With 2 scores
 * nobody is the outlier: each is as far from the other.
 */
export function outlierRule(all: readonly number[], threshold: number): (score: number) => boolean {
  if (all.length < 3) return () => false;
  // One median per criterion and proposal, not one per score: 15 scorers would sort it 15 times.
  const centre = median(all);
  return (score) => Math.abs(score - centre) > 2 * threshold;
}

export function councilView(
  wb: ParsedWorkbook,
  priorities: readonly PriorityScore[],
  rows: readonly PriorityRow[],
  plan: FundingPlan,
  flags: readonly RiskFlag[],
): CouncilView {
  const { roundTo: unit, disagreementThreshold: threshold } = wb.settings;
  const asMoney = (amount: Rational): number => money(unitsOf(amount, unit), unit);
  const criteria = wb.criteria.map((c) => c.name);
  const scoresOf = new Map<string, ScoreRow[]>();
  for (const row of wb.scores) {
    const list = scoresOf.get(row.proposal);
    if (list === undefined) scoresOf.set(row.proposal, [row]);
    else list.push(row);
  }
  const exact = new Map(priorities.map((p) => [p.id, p]));
  const proposalOf = new Map(wb.proposals.map((p) => [p.id, p]));
  const disagreed = new Set(
    flags.filter((f) => f.code === 'SCORER_DISAGREEMENT').map((f) => f.subject),
  );
  const whyNot = new Map(
    flags.filter((f) => f.code === 'NOT_FUNDED').map((f) => [f.subject, f.message]),
  );
  const proposals = rows.flatMap((row): CouncilProposal[] => {
    const proposal = proposalOf.get(row.id);
    const priority = exact.get(row.id);
    if (!proposal || !priority) return [];
    const scored = scoresOf.get(row.id) ?? [];
    const outlier = criteria.map((_, c) => {
      const all: number[] = [];
      for (const s of scored) {
        const v = s.scores[c];
        if (v !== null && v !== undefined) all.push(v);
      }
      return outlierRule(all, threshold);
    });
    return [
      {
        id: row.id,
        title: row.title,
        area: proposal.area,
        oneOffCost: asMoney(proposal.oneOffCost),
        annualCost: asMoney(proposal.annualCost),
        annualBenefit: asMoney(proposal.annualBenefit),
        costBenefit: proposal.costBenefit,
        score: row.score,
        rank: row.rank,
        spread: row.spread,
        scorers: row.scorers,
        means: priority.criterionMeans.map((m) => (m === null ? null : roundTo(m, 2))),
        disagreement: disagreed.has(row.id),
        startYear: row.startYear,
        whyNotFunded: row.funded ? null : (whyNot.get(row.id) ?? null),
        excluded: proposal.excluded === true,
        scores: scored.map((s) => {
          const values = criteria.map((_, c) => s.scores[c] ?? null);
          return {
            scorer: s.scorer,
            values,
            outliers: values.map((v, c) => v !== null && (outlier[c]?.(v) ?? false)),
          };
        }),
      },
    ];
  });
  const scorers = new Map<string, string>();
  for (const row of wb.scores) {
    const key = row.scorer.trim().toLowerCase();
    if (!scorers.has(key)) scorers.set(key, row.scorer.trim());
  }
  return {
    currency: wb.settings.currency,
    scoreMax: wb.settings.scoreMax,
    disagreementThreshold: threshold,
    criteria: wb.criteria.map((c) => ({ name: c.name, weight: c.weight })),
    proposals,
    scorers: [...scorers.values()],
    plan: budgetUse(wb, plan.startYears).map((y) => ({
      year: y.year,
      proposals: y.starting.map((p) => ({ id: p.id, title: p.title })),
      investment: {
        budget: asMoney(y.investment),
        used: asMoney(y.investmentUsed),
        left: asMoney(sub(y.investment, y.investmentUsed)),
      },
      operating:
        y.operating === null
          ? null
          : {
              budget: asMoney(y.operating),
              used: asMoney(y.operatingUsed),
              left: asMoney(sub(y.operating, y.operatingUsed)),
            },
    })),
    planProvenOptimal: plan.provenOptimal,
    planGapPercent: planGapPercent(plan),
  };
}
