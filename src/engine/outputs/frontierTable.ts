/** The `Frontier` output (contract v1.1 §11): the best total score each budget level buys. */
import type { FrontierPoint } from '../choices/frontier';
import type { Rational } from '../rational';
import type { OutputTable } from '../table';
import type { OutputText } from '../../i18n/outputs';
import { money, roundTo as round } from './numbers';

/** A frontier point as the table, the JSON and the summary show it. */
export interface FrontierRow {
  readonly factor: number;
  readonly investment: number;
  /** Null (blank) where the mandatory proposals do not fit. */
  readonly score: number | null;
  readonly oneOffFunded: number | null;
  readonly funded: number | null;
  /** The total score is proven the highest (false where blank). */
  readonly proven: boolean;
}

export const frontierRows = (points: readonly FrontierPoint[], roundTo: Rational): FrontierRow[] =>
  points.map((p) => ({
    factor: p.factor,
    investment: money(p.investment, roundTo),
    score: p.plan === null ? null : round(p.plan.score, 2),
    oneOffFunded: p.plan === null ? null : money(p.plan.oneOffFunded, roundTo),
    funded: p.plan?.funded ?? null,
    proven: p.plan?.proven ?? false,
  }));

/**
 * Factor, Investment, Score, OneOffFunded, ProposalsFunded as the contract lists them; then
 * Proven (an extension): a point HiGHS did not prove is the best plan found, not the optimum.
 */
export function frontierTable(rows: readonly FrontierRow[], text: OutputText): OutputTable {
  return {
    name: 'Frontier',
    sheetName: text('sheet.Frontier'),
    headers: [
      text('header.factor'),
      text('header.investment'),
      text('header.score'),
      text('header.oneOffFunded'),
      text('header.proposalsFunded'),
      text('header.proven'),
    ],
    formats: ['percent', 'currency', 'decimal', 'currency', 'integer', 'text'],
    rows: rows.map((r) => [
      r.factor,
      r.investment,
      r.score,
      r.oneOffFunded,
      r.funded,
      r.score === null ? null : text(r.proven ? 'label.yes' : 'label.no'),
    ]),
  };
}
