/**
 * Builds `ParsedWorkbook` fixtures in tests without the parser: every row gets plausible cell
 * addresses, money may be given as text (`'1234.50'`), a number or a Rational, and keys as the
 * contract's canonical English text (`'20% equal + 80% population'`, or a custom column's header).
 *
 *   const wb = workbook()
 *     .municipality('Alver', { population: 29000, pcs: 1200, custom: { Elever: 3000 } })
 *     .cost('Felles drift', '100000', { key: '20% equal + 80% population' })
 *     .system('Visma', '50000', { basis: 'pcs' })
 *     .build();
 *
 * Fractions that are not whole or decimal percentages (1/3 + 2/3) are built with {@link mix}.
 * Unset numbers default to 0, keys to `population` (Costs, Proposals) and `pcs` (Systems),
 * owners to `IT`, settings to the contract's defaults with PlanningYear 2026.
 */
import type {
  BudgetYear,
  CalendarDate,
  CostItem,
  CostKind,
  Criterion,
  KeyExpression,
  KeyTerm,
  Municipality,
  ParsedWorkbook,
  Participants,
  Proposal,
  RowCells,
  ScoreRow,
  Settings,
  SingleKey,
  StandAloneCost,
  SystemEntry,
} from '../../../src/engine/model';
import {
  fromDecimalString,
  fromNumber,
  ONE,
  rational,
  type Rational,
} from '../../../src/engine/rational';
import type { InputTableName } from '../../../src/engine/table';

export type Money = string | number | Rational;

/** Money as a Rational: decimal text with `.` (not the parser's Nordic forms), a number, or a Rational. */
export function money(value: Money): Rational {
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value === 'string') {
    const parsed = fromDecimalString(value);
    if (!parsed) throw new Error(`not a decimal: ${value}`);
    return parsed;
  }
  return value;
}

type BuiltIn = 'population' | 'equal' | 'pcs' | 'standalone';
const BUILT_IN: Readonly<Record<string, BuiltIn>> = {
  population: 'population',
  equal: 'equal',
  pcs: 'pcs',
  standalone: 'standalone',
};

const singleKey = (name: string): SingleKey => {
  const kind = BUILT_IN[name.trim().toLowerCase()];
  return kind ? { kind } : { kind: 'custom', column: name.trim() };
};

/**
 * A key expression from its canonical text: `population`, a custom column's header, or a mix of
 * `P% key` terms joined by `+` (P may have decimals: `33.5%`). Percentages are not checked.
 */
export function key(text: string): KeyExpression {
  const parts = text.split('+').map((part) => part.trim());
  if (parts.length === 1 && !/%/.test(text)) {
    return { terms: [{ fraction: ONE, key: singleKey(text) }], text: text.trim() };
  }
  const terms: KeyTerm[] = parts.map((part) => {
    const m = /^(\d+(?:\.\d+)?)\s*%\s*(.+)$/.exec(part);
    if (!m?.[1] || !m[2]) throw new Error(`not a key term: ${part}`);
    const percent = money(m[1]);
    return { fraction: rational(percent.num, percent.den * 100n), key: singleKey(m[2]) };
  });
  return { terms, text: text.trim() };
}

/** A key expression with exact fractions, for mixes whose percentages are not decimals (1/3 + 2/3). */
export const mix = (...terms: readonly [Rational, string][]): KeyExpression => ({
  terms: terms.map(([fraction, name]) => ({ fraction, key: singleKey(name) })),
  text: terms.map(([f, name]) => `${(Number(f.num) * 100) / Number(f.den)}% ${name}`).join(' + '),
});

const asKey = (k: string | KeyExpression | undefined, fallback: string): KeyExpression =>
  typeof k === 'object' ? k : key(k ?? fallback);

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Cells of row `row` (1-based data row, so Excel row row+1) of `sheet`, one column per header. */
function cellsOf(sheet: string, row: number, columns: readonly string[]): RowCells {
  return Object.fromEntries(columns.map((c, i) => [c, `${sheet}!${LETTERS[i] ?? 'Z'}${row + 1}`]));
}

export interface MunicipalityInput {
  population?: number | null;
  pcs?: number | null;
  budget?: Money | null;
  /** Custom key columns by header; null = blank. */
  custom?: Readonly<Record<string, Money | null>>;
}

export interface CostInput {
  kind?: CostKind;
  key?: string | KeyExpression;
  participants?: Participants;
  year?: number | null;
}

export interface SystemInput {
  owner?: string | null;
  basis?: string | KeyExpression;
  participants?: Participants;
  contractExpiry?: CalendarDate | null;
  cooperationLevel?: number | null;
}

export interface ProposalInput {
  title?: string;
  owner?: string | null;
  area?: string | null;
  oneOffCost?: Money;
  annualCost?: Money;
  annualBenefit?: Money;
  lifetime?: number;
  key?: string | KeyExpression;
  participants?: Participants;
  costBenefit?: boolean;
  dependsOn?: readonly string[];
  mandatory?: boolean;
  earliestYear?: number | null;
}

export interface SettingsInput extends Partial<Omit<Settings, 'roundTo' | 'cells'>> {
  roundTo?: Money;
}

/** A fluent builder of one `ParsedWorkbook`; each call adds a row. */
export class WorkbookBuilder {
  private readonly municipalities: Municipality[] = [];
  private readonly costs: CostItem[] = [];
  private readonly systems: SystemEntry[] = [];
  private readonly proposals: Proposal[] = [];
  private readonly criteria: Criterion[] = [];
  private readonly scores: ScoreRow[] = [];
  private budget: BudgetYear[] | null = null;
  private readonly standAlone: StandAloneCost[] = [];
  private settings: SettingsInput = {};
  private readonly present = new Set<InputTableName>(['Municipalities']);

  municipality(name: string, input: MunicipalityInput = {}): this {
    const customKeys = new Map(
      Object.entries(input.custom ?? {}).map(
        ([header, v]) => [header, v === null ? null : money(v)] as const,
      ),
    );
    const cells = cellsOf('Municipalities', this.municipalities.length + 1, [
      'Municipality',
      'Population',
      'PCs',
      'Budget',
      ...customKeys.keys(),
    ]);
    this.municipalities.push({
      name,
      population: input.population === undefined ? 0 : input.population,
      pcs: input.pcs === undefined ? 0 : input.pcs,
      budget: input.budget === undefined || input.budget === null ? null : money(input.budget),
      customKeys,
      cell: cells['Municipality'] ?? '',
      cells,
    });
    return this;
  }

  cost(item: string, amount: Money, input: CostInput = {}): this {
    this.present.add('Costs');
    const cells = cellsOf('Costs', this.costs.length + 1, [
      'Item',
      'Amount',
      'Kind',
      'Key',
      'Participants',
      'Year',
    ]);
    this.costs.push({
      item,
      amount: money(amount),
      kind: input.kind ?? 'annual',
      key: asKey(input.key, 'population'),
      participants: input.participants ?? null,
      year: input.year ?? null,
      cell: cells['Item'] ?? '',
      cells,
    });
    return this;
  }

  system(system: string, licenceCost: Money, input: SystemInput = {}): this {
    this.present.add('Systems');
    const cells = cellsOf('Systems', this.systems.length + 1, [
      'System',
      'Owner',
      'LicenceCost',
      'Basis',
      'Participants',
      'ContractExpiry',
      'CooperationLevel',
    ]);
    this.systems.push({
      system,
      owner: input.owner === undefined ? 'IT' : input.owner,
      licenceCost: money(licenceCost),
      basis: asKey(input.basis, 'pcs'),
      participants: input.participants ?? null,
      contractExpiry: input.contractExpiry ?? null,
      cooperationLevel: input.cooperationLevel ?? null,
      cell: cells['System'] ?? '',
      cells,
    });
    return this;
  }

  proposal(id: string, input: ProposalInput = {}): this {
    this.present.add('Proposals');
    const cells = cellsOf('Proposals', this.proposals.length + 1, [
      'ID',
      'Title',
      'Owner',
      'Area',
      'OneOffCost',
      'AnnualCost',
      'AnnualBenefit',
      'Lifetime',
      'Key',
      'Participants',
      'CostBenefit',
      'DependsOn',
      'Mandatory',
      'EarliestYear',
    ]);
    this.proposals.push({
      id,
      title: input.title ?? id,
      owner: input.owner === undefined ? 'IT' : input.owner,
      area: input.area ?? null,
      oneOffCost: money(input.oneOffCost ?? 0),
      annualCost: money(input.annualCost ?? 0),
      annualBenefit: money(input.annualBenefit ?? 0),
      lifetime: input.lifetime ?? 5,
      key: asKey(input.key, 'population'),
      participants: input.participants ?? null,
      costBenefit: input.costBenefit ?? false,
      dependsOn: input.dependsOn ?? [],
      mandatory: input.mandatory ?? false,
      earliestYear: input.earliestYear ?? null,
      cell: cells['ID'] ?? '',
      cells,
    });
    return this;
  }

  criterion(name: string, weight: number): this {
    this.present.add('Criteria');
    this.criteria.push({ name, weight, cell: `Criteria!A${this.criteria.length + 2}` });
    return this;
  }

  /**
   * One scorer's scores of one proposal: criterion name → score (null or absent = not scored).
   * Add the criteria first: the row holds its scores in their order.
   */
  score(proposal: string, scorer: string, scores: Readonly<Record<string, number | null>>): this {
    this.present.add('Scores');
    const cells = cellsOf('Scores', this.scores.length + 1, [
      'Proposal',
      'Scorer',
      ...Object.keys(scores),
    ]);
    this.scores.push({
      proposal,
      scorer,
      scores: this.criteria.map((c) => scores[c.name] ?? null),
      cell: cells['Proposal'] ?? '',
      cells,
    });
    return this;
  }

  budgetYear(year: number, investment: Money, operating: Money | null = null): this {
    this.present.add('Budget');
    const rows = this.budget ?? [];
    const cells = cellsOf('Budget', rows.length + 1, ['Year', 'Investment', 'Operating']);
    rows.push({
      year,
      investment: money(investment),
      operating: operating === null ? null : money(operating),
      cell: cells['Year'] ?? '',
      cells,
    });
    this.budget = rows;
    return this;
  }

  standAloneCost(item: string, municipality: string, cost: Money): this {
    this.present.add('StandAlone');
    this.standAlone.push({
      item,
      municipality,
      cost: money(cost),
      cell: `StandAlone!A${this.standAlone.length + 2}`,
    });
    return this;
  }

  withSettings(settings: SettingsInput): this {
    this.present.add('Settings');
    this.settings = { ...this.settings, ...settings };
    return this;
  }

  build(): ParsedWorkbook {
    const { roundTo, ...rest } = this.settings;
    const settings: Settings = {
      currency: 'NOK',
      discountRate: 0.04,
      planningYear: 2026,
      contractWarningMonths: 12,
      disagreementThreshold: 1,
      scoreMax: 5,
      language: null,
      ...rest,
      roundTo: roundTo === undefined ? rational(1n, 100n) : money(roundTo),
      cells: {},
    };
    return {
      settings,
      municipalities: [...this.municipalities],
      costs: [...this.costs],
      systems: [...this.systems],
      proposals: [...this.proposals],
      criteria: [...this.criteria],
      scores: [...this.scores],
      budget: this.budget === null ? null : [...this.budget],
      standAlone: [...this.standAlone],
      present: new Set(this.present),
    };
  }
}

/** A new, empty workbook builder. */
export const workbook = (): WorkbookBuilder => new WorkbookBuilder();
