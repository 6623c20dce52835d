import { allocateAll, lineTotals } from '../../../src/engine/allocate';
import { collectFlags, type FlagInputs } from '../../../src/engine/flags';
import type { ParsedWorkbook } from '../../../src/engine/model';
import type { FundingPlan, PriorityScore } from '../../../src/engine/prioritise';
import { fromNumber, rational } from '../../../src/engine/rational';
import type { FlagCode, RiskFlag } from '../../../src/engine/result';
import { formatDate } from '../../../src/i18n/numbers';
import { keyName } from '../../../src/i18n/keys';
import { cost, key, municipality, proposal, system, workbook } from './fixture';

const noPlan: FundingPlan = {
  startYears: new Map(),
  provenOptimal: true,
  relativeGap: 0,
  unstartableMandatory: [],
  method: 'milp',
};

const priority = (id: string, overrides: Partial<PriorityScore> = {}): PriorityScore => ({
  id,
  title: id,
  score: 50,
  rank: 1,
  scorers: 3,
  spread: 0.5,
  npv: 100,
  bcr: 1.2,
  payback: 3,
  criterionMeans: [],
  incompleteCriteria: [],
  cell: `Proposals!A2`,
  ...overrides,
});

function flagsOf(
  wb: ParsedWorkbook,
  extra: { plan?: FundingPlan; priorities?: PriorityScore[] } = {},
  language: 'en' | 'nb' = 'en',
): RiskFlag[] {
  const plan = extra.plan ?? noPlan;
  const { lines, problems } = allocateAll(wb, plan.startYears);
  expect(problems).toEqual([]);
  const inputs: FlagInputs = {
    workbook: wb,
    lines,
    priorities: extra.priorities ?? [],
    plan,
    years: lineTotals(wb, lines, plan.startYears).years,
    format: {
      money: (u) => (Number(u) / 100).toFixed(2),
      decimal: (v, d) => v.toFixed(d),
      date: (date) => formatDate(date, language),
      key: (key) => keyName(key, language),
    },
  };
  return collectFlags(inputs, language);
}

const codes = (flags: readonly RiskFlag[], code: FlagCode): RiskFlag[] =>
  flags.filter((f) => f.code === code);

describe('Contract §6 risk flags', () => {
  describe('BUDGET_EXCEEDED (high)', () => {
    // 1000 kr by population between 77 857 and 1 161 inhabitants: Iveland pays 14.69 kr.
    const base = (budget: number): ParsedWorkbook =>
      workbook({
        municipalities: [
          municipality('Kristiansand', 2, 77857, 4000),
          municipality('Iveland', 3, 1161, 60, budget),
        ],
        costs: [
          cost('Drift', 2, 1000),
          // A one-off of another year does not count against the planning year's budget.
          cost('Engang 2029', 3, 1_000_000, { kind: 'one-off', year: 2029 }),
        ],
      });
    it('is raised when the planning-year share is over the budget, at the Budget cell', () => {
      const flags = codes(flagsOf(base(14.68)), 'BUDGET_EXCEEDED');
      expect(flags).toHaveLength(1);
      expect(flags[0]).toMatchObject({
        scope: 'municipality',
        subject: 'Iveland',
        severity: 'high',
        cell: 'Municipalities!D3',
      });
      expect(flags[0]?.message).toContain('14.69');
    });
    it('is not raised when the share equals the budget', () => {
      expect(codes(flagsOf(base(14.69)), 'BUDGET_EXCEEDED')).toHaveLength(0);
    });
    it('counts a funded proposal from its start year only', () => {
      const wb = workbook({
        municipalities: [municipality('A', 2, 1, 1, 100), municipality('B', 3, 1, 1)],
        proposals: [proposal('P1', 2, { annualCost: fromNumber(400) })],
      });
      const later: FundingPlan = { ...noPlan, startYears: new Map([['P1', 2028]]) };
      const now: FundingPlan = { ...noPlan, startYears: new Map([['P1', 2027]]) };
      expect(codes(flagsOf(wb, { plan: later }), 'BUDGET_EXCEEDED')).toHaveLength(0);
      expect(codes(flagsOf(wb, { plan: now }), 'BUDGET_EXCEEDED')).toHaveLength(1);
    });
  });

  it('STANDALONE_EXCEEDED (high): a share over the stand-alone cost, at the StandAlone row', () => {
    const wb = workbook({
      municipalities: [municipality('A', 2, 900, 1), municipality('B', 3, 100, 1)],
      costs: [cost('Sak/arkiv', 2, 1000)],
      standAlone: [
        { item: 'Sak/arkiv', municipality: 'A', cost: fromNumber(899.99), cell: 'StandAlone!C2' },
        { item: 'Sak/arkiv', municipality: 'B', cost: fromNumber(100), cell: 'StandAlone!C3' },
      ],
    });
    const flags = codes(flagsOf(wb), 'STANDALONE_EXCEEDED');
    expect(flags.map((f) => [f.subject, f.cell])).toEqual([['A', 'StandAlone!C2']]);
  });

  it('STANDALONE_EXCEEDED: by item whatever its case, only for participants, every line of the item', () => {
    const wb = workbook({
      municipalities: [
        municipality('A', 2, 900, 1),
        municipality('B', 3, 100, 1),
        municipality('C', 4, 1000, 1),
      ],
      costs: [
        cost('Sak/arkiv', 2, 1000, { participants: ['A', 'B'] }),
        // Beyond safe JS numbers: its shares are held as BigInt only.
        cost('Stor', 3, 1e14),
        cost('Stor', 4, 10, { kind: 'one-off', key: key('equal') }),
      ],
      standAlone: [
        { item: ' sak/ARKIV ', municipality: 'A', cost: fromNumber(899.99), cell: 'StandAlone!C2' },
        { item: 'Sak/arkiv', municipality: 'B', cost: fromNumber(100), cell: 'StandAlone!C3' },
        // C takes no part in Sak/arkiv: nothing to compare.
        { item: 'Sak/arkiv', municipality: 'C', cost: fromNumber(1), cell: 'StandAlone!C4' },
        { item: 'Stor', municipality: 'C', cost: fromNumber(3), cell: 'StandAlone!C5' },
        { item: 'Ukjent', municipality: 'A', cost: fromNumber(0), cell: 'StandAlone!C6' },
      ],
    });
    const flags = codes(flagsOf(wb), 'STANDALONE_EXCEEDED');
    // C's shares of Stor: 1e14 × 1000/2000 = 5e13 annual, and a third of 10 one-off, 3.33
    // (the unit left goes to another): both over its 3.
    expect(flags.map((f) => [f.subject, f.cell, f.message])).toEqual([
      ['A', 'StandAlone!C2', expect.stringContaining('900.00')],
      ['C', 'StandAlone!C5', expect.stringContaining('50000000000000.00')],
      ['C', 'StandAlone!C5', expect.stringContaining('3.33')],
    ]);
  });

  it('MANDATORY_UNFUNDED, DEPENDENCY_UNFUNDED (high) and NOT_FUNDED (low) for proposals left out', () => {
    const wb = workbook({
      proposals: [
        proposal('P1', 2, { mandatory: true }),
        proposal('P2', 3, { dependsOn: ['P1'] }),
        proposal('P3', 4),
      ],
    });
    const plan: FundingPlan = {
      ...noPlan,
      startYears: new Map([['P3', 2027]]),
      unstartableMandatory: ['P1'],
    };
    const flags = flagsOf(wb, { plan });
    expect(codes(flags, 'MANDATORY_UNFUNDED').map((f) => [f.subject, f.cell])).toEqual([
      ['P1', 'Proposals!L2'],
    ]);
    expect(codes(flags, 'DEPENDENCY_UNFUNDED').map((f) => [f.subject, f.cell])).toEqual([
      ['P2', 'Proposals!K3'],
    ]);
    expect(codes(flags, 'NOT_FUNDED').map((f) => f.subject)).toEqual(['P1', 'P2']);
  });

  it('NOT_FUNDED names why (contract §11): the budget year and amount it would overrun', () => {
    const wb = workbook({
      proposals: [
        proposal('P1', 2, { oneOffCost: fromNumber(800) }),
        proposal('P2', 3, { oneOffCost: fromNumber(300.5) }),
        proposal('P3', 4, { dependsOn: ['P2'] }),
      ],
      budget: [
        {
          year: 2027,
          investment: fromNumber(1000),
          operating: null,
          cell: 'Budsjett!A2',
          cells: {},
        },
      ],
    });
    const plan: FundingPlan = { ...noPlan, startYears: new Map([['P1', 2027]]) };
    const priorities = ['P1', 'P2', 'P3'].map((id) => priority(id));
    expect(codes(flagsOf(wb, { plan, priorities }), 'NOT_FUNDED').map((f) => f.message)).toEqual([
      'Proposal P2 is not funded within the budget: starting in 2027, its earliest possible start, it would overrun that year’s investment budget by 100.50 NOK.',
      'Proposal P3 is not funded within the budget: it depends on P2, which is not funded.',
    ]);
    const nb = codes(flagsOf(wb, { plan, priorities }, 'nb'), 'NOT_FUNDED')[1]?.message;
    expect(nb).toBe(
      'Tiltak P3 er ikke finansiert innenfor budsjettet: det avhenger av P2, som ikke er finansiert.',
    );
  });

  describe('CONTRACT_EXPIRED (high) and CONTRACT_EXPIRING (medium), planning year 2027, 12 months', () => {
    const expiryFlags = (year: number, month: number, day: number): FlagCode[] =>
      flagsOf(workbook({ systems: [system('Visma', 2, { contractExpiry: { year, month, day } })] }))
        .filter((f) => f.code.startsWith('CONTRACT_'))
        .map((f) => f.code);
    it.each([
      [2026, 12, 31, ['CONTRACT_EXPIRED']],
      [2027, 1, 1, ['CONTRACT_EXPIRING']],
      [2027, 12, 31, ['CONTRACT_EXPIRING']],
      [2028, 1, 1, []],
    ] as const)('%i-%i-%i → %p', (y, m, d, expected) => {
      expect(expiryFlags(y, m, d)).toEqual(expected);
    });
    it('points at the ContractExpiry cell', () => {
      const flags = flagsOf(
        workbook({
          systems: [system('Visma', 5, { contractExpiry: { year: 2020, month: 1, day: 1 } })],
        }),
      );
      expect(codes(flags, 'CONTRACT_EXPIRED')[0]?.cell).toBe('Systems!F5');
    });
  });

  it('NO_OWNER (medium) for systems and proposals, NO_COST_BENEFIT (medium) for proposals', () => {
    const wb = workbook({
      systems: [system('Acos', 2, { owner: null }), system('Visma', 3)],
      proposals: [proposal('P1', 2, { owner: null, costBenefit: false }), proposal('P2', 3)],
    });
    const flags = flagsOf(wb, {
      plan: {
        ...noPlan,
        startYears: new Map([
          ['P1', 2027],
          ['P2', 2027],
        ]),
      },
    });
    expect(codes(flags, 'NO_OWNER').map((f) => [f.scope, f.subject, f.cell])).toEqual([
      ['proposal', 'P1', 'Proposals!C2'],
      ['system', 'Acos', 'Systems!B2'],
    ]);
    expect(codes(flags, 'NO_COST_BENEFIT').map((f) => f.subject)).toEqual(['P1']);
  });

  it('NEGATIVE_NPV, SCORER_DISAGREEMENT (only with 2+ scorers) and INCOMPLETE_SCORES (medium)', () => {
    const wb = workbook({ proposals: [proposal('P1', 2), proposal('P2', 3), proposal('P3', 4)] });
    const priorities = [
      priority('P1', { npv: -0.01, spread: 1.01, scorers: 2 }),
      priority('P2', { spread: 1.0, scorers: 5 }),
      priority('P3', { spread: 2.5, scorers: 1, incompleteCriteria: ['Universell utforming'] }),
    ];
    const plan = {
      ...noPlan,
      startYears: new Map([
        ['P1', 2027],
        ['P2', 2027],
        ['P3', 2027],
      ]),
    };
    const flags = flagsOf(wb, { plan, priorities });
    expect(codes(flags, 'NEGATIVE_NPV').map((f) => f.subject)).toEqual(['P1']);
    expect(codes(flags, 'SCORER_DISAGREEMENT').map((f) => f.subject)).toEqual(['P1']);
    expect(codes(flags, 'INCOMPLETE_SCORES').map((f) => f.message)).toEqual([
      'Nobody has scored proposal P3 on: Universell utforming.',
    ]);
  });

  it('COOPERATION_CANDIDATE (low): used by 2+ municipalities below level 5', () => {
    const wb = workbook({
      systems: [
        system('Shared', 2, { cooperationLevel: 3 }),
        system('One', 3, { cooperationLevel: 2, participants: ['Iveland'] }),
        system('Already', 4, { cooperationLevel: 5 }),
        system('Unknown', 5),
      ],
    });
    expect(codes(flagsOf(wb), 'COOPERATION_CANDIDATE').map((f) => [f.subject, f.cell])).toEqual([
      ['Shared', 'Systems!G2'],
    ]);
  });

  it('ZERO_KEY (low): a participant whose key value is 0, at its municipality cell', () => {
    const wb = workbook({
      municipalities: [municipality('A', 2, 10, 5), municipality('B', 3, 10, 0)],
      costs: [cost('Lisens', 2, 300, { key: key('pcs') })],
    });
    const flags = codes(flagsOf(wb), 'ZERO_KEY');
    expect(flags.map((f) => [f.scope, f.subject, f.cell])).toEqual([
      ['cost', 'Lisens', 'Municipalities!A3'],
    ]);
    // The key as a Norwegian user writes it, never the internal name `pcs`.
    expect(codes(flagsOf(wb, {}, 'nb'), 'ZERO_KEY')[0]?.message).toContain('nøkkelen «pc»');
  });

  it('orders high before medium before low and localises messages, never codes', () => {
    const wb = workbook({
      systems: [
        system('Acos', 2, {
          owner: null,
          cooperationLevel: 1,
          contractExpiry: { year: 2000, month: 1, day: 1 },
        }),
      ],
    });
    const en = flagsOf(wb);
    expect(en.map((f) => f.severity)).toEqual(['high', 'medium', 'low']);
    const nb = flagsOf(wb, {}, 'nb');
    expect(nb.map((f) => f.code)).toEqual(en.map((f) => f.code));
    expect(nb[1]?.message).toBe('Acos mangler eier.');
    expect(en[1]?.message).toBe('Acos has no owner.');
  });
});

// Keeps the fixture honest: a rational budget of 14.68 is exactly 1468 øre.
test('fixture budgets are exact', () => {
  expect(municipality('X', 2, 1, 1, 14.68).budget).toEqual(rational(367n, 25n));
});
