/** The contract's JSON (§8), built from the same results as the tables. */
import type { AllocationLine, PcCharges } from '../allocate';
import type { Rational } from '../rational';
import type { ContractJson, ExitAnalysisEntry, FrontierEntry, RiskFlag } from '../result';
import type { LocalisedProblem } from '../problem';
import { money } from './numbers';
import type { PriorityRow } from './prioritiesTable';

export function contractJson(
  lines: readonly AllocationLine[],
  charges: PcCharges,
  priorities: readonly PriorityRow[],
  flags: readonly RiskFlag[],
  exits: readonly ExitAnalysisEntry[],
  roundTo: Rational,
  choices: {
    readonly criteriaWeights: ContractJson['criteriaWeights'];
    readonly consistencyRatio: number | null;
    readonly frontier: readonly FrontierEntry[];
  },
): ContractJson {
  return {
    allocation: lines.flatMap((line) =>
      [...line.shares].map(([municipality, units]) => ({
        item: line.item,
        source: line.source,
        kind: line.kind,
        municipality,
        amount: money(units, roundTo),
      })),
    ),
    pcCharges: charges.items.flatMap((item) =>
      [...item.shares].map(([municipality, units]) => ({
        item: item.item,
        municipality,
        amount: money(units, roundTo),
        ratePerPc: item.ratePerPc ?? 0,
      })),
    ),
    priorities: priorities.map((p) => ({
      id: p.id,
      score: p.score,
      rank: p.rank,
      spread: p.spread,
      npv: p.npv,
      funded: p.funded,
      startYear: p.startYear,
      rankBest: p.rankBest,
      rankWorst: p.rankWorst,
    })),
    riskFlags: flags.map((f) => ({
      scope: f.scope,
      subject: f.subject,
      code: f.code,
      severity: f.severity,
      cell: f.cell,
    })),
    exitAnalysis: exits,
    ...choices,
    errors: [],
  };
}

/** The JSON of a run that found errors: every list empty but `errors`. */
export const errorJson = (problems: readonly LocalisedProblem[]): ContractJson => ({
  allocation: [],
  pcCharges: [],
  priorities: [],
  riskFlags: [],
  exitAnalysis: [],
  criteriaWeights: [],
  consistencyRatio: null,
  frontier: [],
  errors: problems.map((p) => ({ code: p.code, cell: p.cell, message: p.message })),
});
