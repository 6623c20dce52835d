/** The `Priorities` output: one row per proposal, best first. */
import type { FundingPlan, PriorityScore } from '../prioritise';
import type { OutputTable } from '../table';
import type { RankRange } from '../weights/sensitivity';
import type { OutputText } from '../../i18n/outputs';
import { roundTo } from './numbers';

/** Priorities with their display values rounded once, shared by the table, JSON and summary. */
export interface PriorityRow extends Omit<PriorityScore, 'incompleteCriteria' | 'criterionMeans'> {
  readonly funded: boolean;
  readonly startYear: number | null;
  /**
   * Best and worst rank over the sensitivity's corners and the unchanged weights (contract v1.1
   * §10); null (blank) with more than 10 criteria.
   */
  readonly rankBest: number | null;
  readonly rankWorst: number | null;
}

export function priorityRows(
  priorities: readonly PriorityScore[],
  plan: FundingPlan,
  ranges: ReadonlyMap<string, RankRange> | null = null,
): PriorityRow[] {
  return [...priorities]
    .sort((a, b) => a.rank - b.rank)
    .map((p) => ({
      id: p.id,
      title: p.title,
      score: roundTo(p.score, 2),
      rank: p.rank,
      scorers: p.scorers,
      spread: roundTo(p.spread, 2),
      npv: roundTo(p.npv, 2),
      bcr: p.bcr === null ? null : roundTo(p.bcr, 2),
      payback: p.payback === null ? null : roundTo(p.payback, 2),
      funded: plan.startYears.has(p.id),
      startYear: plan.startYears.get(p.id) ?? null,
      rankBest: ranges?.get(p.id)?.best ?? null,
      rankWorst: ranges?.get(p.id)?.worst ?? null,
      cell: p.cell,
    }));
}

export function prioritiesTable(rows: readonly PriorityRow[], text: OutputText): OutputTable {
  return {
    name: 'Priorities',
    sheetName: text('sheet.Priorities'),
    headers: [
      text('header.id'),
      text('header.title'),
      text('header.score'),
      text('header.rank'),
      text('header.scorers'),
      text('header.spread'),
      text('header.npv'),
      text('header.bcr'),
      text('header.payback'),
      text('header.funded'),
      text('header.startYear'),
      text('header.rankBest'),
      text('header.rankWorst'),
    ],
    formats: [
      'text',
      'text',
      'decimal',
      'integer',
      'integer',
      'decimal',
      'currency',
      'decimal',
      'decimal',
      'text',
      'year',
      'integer',
      'integer',
    ],
    rows: rows.map((r) => [
      r.id,
      r.title,
      r.score,
      r.rank,
      r.scorers,
      r.spread,
      r.npv,
      r.bcr,
      r.payback,
      text(r.funded ? 'label.yes' : 'label.no'),
      r.startYear,
      r.rankBest,
      r.rankWorst,
    ]),
    sources: rows.map((r) => r.cell),
  };
}
