/** Headline figures for the CLI printout and the task pane. */
import type { ParsedWorkbook } from '../model';
import type { FundingPlan } from '../prioritise';
import type {
  ExitAnalysisEntry,
  FrontierEntry,
  MunicipalityFigures,
  RiskFlag,
  RunSummary,
} from '../result';
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
  };
}
