/**
 * Small ParsedWorkbooks for the prioritisation tests, built directly (not through the parser):
 * proposals, criteria, scores and budgets with the defaults the contract states.
 */
import type {
  BudgetYear,
  Criterion,
  ParsedWorkbook,
  Proposal,
  ScoreRow,
  Settings,
} from '../../../src/engine/model';
import { fromNumber, rational } from '../../../src/engine/rational';

export interface ProposalSpec {
  readonly id: string;
  readonly title?: string;
  readonly oneOff?: number;
  readonly annualCost?: number;
  readonly annualBenefit?: number;
  readonly lifetime?: number;
  readonly dependsOn?: readonly string[];
  readonly mandatory?: boolean;
  readonly earliestYear?: number | null;
}

export interface BudgetSpec {
  readonly year: number;
  readonly investment: number;
  readonly operating?: number | null;
}

export interface WorkbookSpec {
  readonly settings?: Partial<Settings>;
  readonly proposals?: readonly ProposalSpec[];
  readonly criteria?: readonly (readonly [name: string, weight: number])[];
  /** [proposal, scorer, score per criterion in `criteria` order (null = blank)]. */
  readonly scores?: readonly (readonly [string, string, readonly (number | null)[]])[];
  readonly budget?: readonly BudgetSpec[] | null;
}

const settings = (overrides: Partial<Settings> = {}): Settings => ({
  currency: 'NOK',
  roundTo: rational(1n, 100n),
  discountRate: 0.04,
  planningYear: 2026,
  contractWarningMonths: 12,
  disagreementThreshold: 1,
  scoreMax: 5,
  language: null,
  cells: {},
  ...overrides,
});

const proposal = (spec: ProposalSpec, row: number): Proposal => ({
  id: spec.id,
  title: spec.title ?? `Proposal ${spec.id}`,
  owner: 'IKT',
  area: null,
  oneOffCost: fromNumber(spec.oneOff ?? 0),
  annualCost: fromNumber(spec.annualCost ?? 0),
  annualBenefit: fromNumber(spec.annualBenefit ?? 0),
  lifetime: spec.lifetime ?? 5,
  key: { terms: [{ fraction: rational(1n), key: { kind: 'population' } }], text: 'population' },
  participants: null,
  costBenefit: false,
  dependsOn: spec.dependsOn ?? [],
  mandatory: spec.mandatory ?? false,
  earliestYear: spec.earliestYear ?? null,
  cell: `Proposals!A${row}`,
  cells: { ID: `Proposals!A${row}`, Mandatory: `Proposals!N${row}` },
});

const budgetYear = (spec: BudgetSpec, row: number): BudgetYear => ({
  year: spec.year,
  investment: fromNumber(spec.investment),
  operating:
    spec.operating === undefined || spec.operating === null ? null : fromNumber(spec.operating),
  cell: `Budget!A${row}`,
  cells: { Year: `Budget!A${row}`, Investment: `Budget!B${row}`, Operating: `Budget!C${row}` },
});

export function workbook(spec: WorkbookSpec = {}): ParsedWorkbook {
  const criteria: Criterion[] = (spec.criteria ?? []).map(([name, weight], i) => ({
    name,
    weight,
    cell: `Criteria!A${i + 2}`,
  }));
  const scores: ScoreRow[] = (spec.scores ?? []).map(([p, scorer, values], i) => ({
    proposal: p,
    scorer,
    scores: criteria.map((_, j) => values[j] ?? null),
    cell: `Scores!A${i + 2}`,
    cells: {},
  }));
  return {
    settings: settings(spec.settings),
    municipalities: [],
    costs: [],
    systems: [],
    proposals: (spec.proposals ?? []).map((p, i) => proposal(p, i + 2)),
    criteria,
    scores,
    budget:
      spec.budget === undefined || spec.budget === null
        ? null
        : spec.budget.map((b, i) => budgetYear(b, i + 2)),
    standAlone: [],
    present: new Set(),
  };
}
