/** A small parsed workbook for the flag and output tests, built directly (no parsing). */
import type {
  CostItem,
  KeyExpression,
  Municipality,
  ParsedWorkbook,
  Proposal,
  Settings,
  SystemEntry,
} from '../../../src/engine/model';
import { fromNumber, rational } from '../../../src/engine/rational';

export const key = (kind: 'population' | 'equal' | 'pcs'): KeyExpression => ({
  terms: [{ fraction: rational(1n), key: { kind } }],
  text: kind,
});

export const settings = (overrides: Partial<Settings> = {}): Settings => ({
  currency: 'NOK',
  roundTo: rational(1n, 100n),
  discountRate: 0.04,
  planningYear: 2027,
  contractWarningMonths: 12,
  disagreementThreshold: 1,
  scoreMax: 5,
  language: null,
  cells: {},
  ...overrides,
});

export const municipality = (
  name: string,
  row: number,
  population: number,
  pcs: number,
  budget: number | null = null,
): Municipality => ({
  name,
  population,
  pcs,
  budget: budget === null ? null : fromNumber(budget),
  customKeys: new Map(),
  cell: `Municipalities!A${row}`,
  cells: { Municipality: `Municipalities!A${row}`, Budget: `Municipalities!D${row}` },
});

export const cost = (
  item: string,
  row: number,
  amount: number,
  overrides: Partial<CostItem> = {},
): CostItem => ({
  item,
  amount: fromNumber(amount),
  kind: 'annual',
  key: key('population'),
  participants: null,
  year: null,
  cell: `Costs!A${row}`,
  cells: { Item: `Costs!A${row}` },
  ...overrides,
});

export const system = (
  name: string,
  row: number,
  overrides: Partial<SystemEntry> = {},
): SystemEntry => ({
  system: name,
  owner: 'IT-sjef',
  licenceCost: fromNumber(0),
  basis: key('pcs'),
  participants: null,
  contractExpiry: null,
  cooperationLevel: null,
  cell: `Systems!A${row}`,
  cells: {
    System: `Systems!A${row}`,
    Owner: `Systems!B${row}`,
    ContractExpiry: `Systems!F${row}`,
    CooperationLevel: `Systems!G${row}`,
  },
  ...overrides,
});

export const proposal = (id: string, row: number, overrides: Partial<Proposal> = {}): Proposal => ({
  id,
  title: `Tiltak ${id}`,
  owner: 'Rådmann',
  area: null,
  oneOffCost: fromNumber(0),
  annualCost: fromNumber(0),
  annualBenefit: fromNumber(0),
  lifetime: 5,
  key: key('population'),
  participants: null,
  costBenefit: true,
  dependsOn: [],
  mandatory: false,
  earliestYear: null,
  cell: `Proposals!A${row}`,
  cells: {
    ID: `Proposals!A${row}`,
    Owner: `Proposals!C${row}`,
    CostBenefit: `Proposals!J${row}`,
    DependsOn: `Proposals!K${row}`,
    Mandatory: `Proposals!L${row}`,
  },
  ...overrides,
});

export const workbook = (overrides: Partial<ParsedWorkbook> = {}): ParsedWorkbook => ({
  settings: settings(),
  municipalities: [
    municipality('Kristiansand', 2, 77857, 4000),
    municipality('Iveland', 3, 1161, 60),
  ],
  costs: [],
  systems: [],
  proposals: [],
  criteria: [],
  scores: [],
  budget: null,
  standAlone: [],
  present: new Set(['Municipalities']),
  ...overrides,
});
