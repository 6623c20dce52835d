/** Headline figures for the CLI printout and the task pane. */
import type { ParsedWorkbook } from '../model';
import type { FundingPlan } from '../prioritise';
import { planGapPercent } from '../prioritise';
import type {
  CoreBreach,
  ExitAnalysisEntry,
  FrontierEntry,
  MunicipalityFigures,
  RiskFlag,
  RunSummary,
  WeightsSummary,
} from '../result';
import { normalisedWeights } from './criteriaWeightsTable';
import { add, ZERO } from '../rational';
import { unitsOf, type MunicipalityTotals, type YearTotals } from '../allocate';
import { money } from './numbers';
import type { PriorityRow } from './prioritiesTable';

const TOP_PRIORITIES = 5;

export function runSummary(
  workbook: ParsedWorkbook,
  { totals, years }: { totals: readonly MunicipalityTotals[]; years: readonly YearTotals[] },
  priorities: readonly PriorityRow[],
  plan: FundingPlan,
  flags: readonly RiskFlag[],
  exits: readonly ExitAnalysisEntry[],
  frontier: readonly FrontierEntry[] = [],
): RunSummary {
  const { roundTo } = workbook.settings;
  const asMoney = (units: bigint): number => money(units, roundTo);
  const figures = (t: MunicipalityTotals): MunicipalityFigures => ({
    name: t.name,
    oneOff: asMoney(t.oneOff),
    annual: asMoney(t.annual),
    bySource: {
      cost: asMoney(t.bySource.cost),
      system: asMoney(t.bySource.system),
      proposal: asMoney(t.bySource.proposal),
    },
    total: asMoney(t.total),
  });
  return {
    currency: workbook.settings.currency,
    planningYear: workbook.settings.planningYear,
    municipalities: totals.map(figures),
    years: years.map((y) => ({ year: y.year, municipalities: y.municipalities.map(figures) })),
    topPriorities: priorities.slice(0, TOP_PRIORITIES).map((p) => ({
      id: p.id,
      title: p.title,
      score: p.score,
      rank: p.rank,
      funded: p.funded,
      startYear: p.startYear,
    })),
    fundingPlan: (workbook.budget ?? []).map((year) => {
      const starting = workbook.proposals.filter((p) => plan.startYears.get(p.id) === year.year);
      const used = starting.reduce((acc, p) => add(acc, p.oneOffCost), ZERO);
      return {
        year: year.year,
        investmentUsed: asMoney(unitsOf(used, roundTo)),
        investmentBudget: asMoney(unitsOf(year.investment, roundTo)),
        proposals: starting.map((p) => p.id),
      };
    }),
    planProvenOptimal: plan.provenOptimal,
    planGapPercent: planGapPercent(plan),
    flagCounts: {
      high: flags.filter((f) => f.severity === 'high').length,
      medium: flags.filter((f) => f.severity === 'medium').length,
      low: flags.filter((f) => f.severity === 'low').length,
    },
    exitAnalysis: exits,
    outsideCore: flags.filter((f) => f.code === 'OUTSIDE_CORE').map((f) => f.message),
    consistency:
      workbook.pairwise === undefined
        ? null
        : {
            cr: workbook.pairwise.cr,
            inconsistent: flags.some((f) => f.code === 'INCONSISTENT_WEIGHTS'),
          },
    frontier,
    weights: weightsSummary(workbook),
    coreBreaches: coreBreaches(workbook, flags),
  };
}

function weightsSummary(workbook: ParsedWorkbook): WeightsSummary {
  const pairwise = workbook.pairwise;
  const worst = pairwise?.mostInconsistent ?? null;
  return {
    source: pairwise === undefined ? 'given' : 'pairs',
    weights: normalisedWeights(workbook),
    lambdaMax: pairwise?.lambdaMax ?? null,
    ci: pairwise?.ci ?? null,
    mostInconsistent:
      worst === null
        ? null
        : { a: worst.a, b: worst.b, ratio: worst.ratio, implied: worst.implied },
    judgements: pairwise?.judgements ?? [],
  };
}

/**
 * Each OUTSIDE_CORE flag (its subject is the item) with the participants of the item it is
 * about, so a view can show a municipality the breaches of the items it takes part in.
 */
function coreBreaches(workbook: ParsedWorkbook, flags: readonly RiskFlag[]): CoreBreach[] {
  const breaches = flags.filter((f) => f.code === 'OUTSIDE_CORE');
  // Most runs have none: then no index of every item's participants.
  if (breaches.length === 0) return [];
  const everyone = workbook.municipalities.map((m) => m.name);
  const participants = new Map<string, readonly string[]>();
  const note = (item: string, list: readonly string[] | null): void => {
    if (!participants.has(item)) participants.set(item, list ?? everyone);
  };
  workbook.costs.forEach((c) => note(c.item, c.participants));
  workbook.systems.forEach((s) => note(s.system, s.participants));
  workbook.proposals.forEach((p) => note(p.id, p.participants));
  return breaches.map((f) => ({
    item: f.subject,
    message: f.message,
    participants: participants.get(f.subject) ?? everyone,
  }));
}
