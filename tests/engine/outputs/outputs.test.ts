import {
  allocateAll,
  compareSplits,
  computePcCharges,
  municipalityTotals,
} from '../../../src/engine/allocate';
import {
  allocationRowsByLine,
  allocationTable,
  contractJson,
  pcChargesTable,
  prioritiesTable,
  priorityRows,
  riskFlagsTable,
  splitComparisonTable,
  totalsTable,
} from '../../../src/engine/outputs';
import type { FundingPlan, PriorityScore } from '../../../src/engine/prioritise';
import { fromNumber } from '../../../src/engine/rational';
import { outputText } from '../../../src/i18n/outputs';
import { cost, key, municipality, proposal, workbook } from '../flags/fixture';

const en = outputText('en');
const nb = outputText('nb');

const wb = workbook({
  municipalities: [
    municipality('A', 2, 200, 3),
    municipality('B', 3, 100, 1),
    municipality('C', 4, 100, 0),
  ],
  costs: [
    cost('Drift', 2, 100),
    cost('Lisens', 3, 40, { key: key('pcs'), participants: ['A', 'B'] }),
    cost('Oppstart', 4, 30, { kind: 'one-off', key: key('equal') }),
  ],
  proposals: [proposal('P1', 2, { oneOffCost: fromNumber(10), annualCost: fromNumber(0) })],
});
const plan: FundingPlan = {
  startYears: new Map([['P1', 2027]]),
  provenOptimal: true,
  relativeGap: 0,
  unstartableMandatory: [],
  method: 'milp',
};
const { lines } = allocateAll(wb, plan.startYears);

describe('Contract §6 outputs', () => {
  describe('Allocation', () => {
    const table = allocationTable(wb, lines, en);
    it('has Item, Title, Source, Kind, Key, Amount, then one column per municipality', () => {
      expect(table.name).toBe('Allocation');
      expect(table.headers).toEqual([
        'Item',
        'Title',
        'Source',
        'Kind',
        'Key',
        'Amount',
        'A',
        'B',
        'C',
      ]);
      expect(table.formats.slice(5)).toEqual(['currency', 'currency', 'currency', 'currency']);
    });
    it('leaves a non-participant blank, not 0, and a funded proposal has its ID as Item', () => {
      expect(table.rows[1]).toEqual(['Lisens', null, 'cost', 'annual', 'pcs', 40, 30, 10, null]);
      const title = wb.proposals[0]?.title;
      expect(title).toBeTruthy();
      expect(table.rows[3]).toEqual([
        'P1',
        title,
        'proposal',
        'one-off',
        'population',
        10,
        5,
        2.5,
        2.5,
      ]);
      // A zero annual cost of a funded proposal gives no row.
      expect(table.rows.filter((r) => r[0] === 'P1')).toHaveLength(1);
    });
    it('has its totals in a table of their own under it: one-off, annual, per inhabitant', () => {
      // Every row of the table is a split line, so sorting or filtering mixes no total in.
      expect(new Set(table.rows.map((r) => r[2]))).toEqual(new Set(['cost', 'proposal']));
      expect(table.rows).toHaveLength(lines.length);
      expect(table.footer?.name).toBe('AllocationTotals');
      expect([table.footer?.headers, table.footer?.formats]).toEqual([
        table.headers,
        table.formats,
      ]);
      expect(table.footer?.rows).toHaveLength(3);
      const [oneOff, annual, perInhabitant] = table.footer?.rows ?? [];
      expect(oneOff).toEqual(['Total one-off', null, null, 'one-off', null, 40, 15, 12.5, 12.5]);
      expect(annual).toEqual(['Total annual', null, null, 'annual', null, 140, 80, 35, 25]);
      expect(perInhabitant).toEqual([
        'Annual per inhabitant',
        null,
        null,
        'annual',
        null,
        0.35,
        0.4,
        0.35,
        0.25,
      ]);
    });
    it('localises headers and sheet name, never the table name', () => {
      const t = allocationTable(wb, lines, nb);
      expect(t.name).toBe('Allocation');
      expect(t.sheetName).toBe('Fordeling');
      expect(t.headers.slice(0, 6)).toEqual(['Post', 'Tiltak', 'Kilde', 'Type', 'Nøkkel', 'Beløp']);
    });
  });

  describe('SplitComparison', () => {
    it('has the stand-alone columns only when stand-alone costs are given', () => {
      const without = splitComparisonTable(compareSplits(wb, lines), wb, en);
      expect(without.headers).toEqual([
        'Municipality',
        'Chosen keys',
        'Population',
        'Equal',
        'PCs',
        '30/70 equal/population',
        'Difference chosen − population',
      ]);
      const withSa = workbook({
        ...wb,
        standAlone: [
          { item: 'Drift', municipality: 'A', cost: fromNumber(90), cell: 'StandAlone!C2' },
        ],
      });
      const linesSa = allocateAll(withSa, plan.startYears).lines;
      const table = splitComparisonTable(compareSplits(withSa, linesSa), withSa, en);
      expect(table.headers).toContain('Standalone');
      expect(table.headers.slice(-4)).toEqual([
        'Going alone',
        'Shared, lines with stand-alone costs',
        'Alone, same lines',
        'Saving by sharing',
      ]);
      // A alone would pay 90 for Drift: beside it, A's own share of Drift and the difference.
      const [goingAlone, shared, alone, saving] = table.rows[0]?.slice(-4) ?? [];
      expect([goingAlone, alone]).toEqual([90, 90]);
      expect(saving).toBeCloseTo(90 - Number(shared), 10);
      // B gave no stand-alone cost: nothing to compare, the cells stay blank.
      expect(table.rows[1]?.slice(-4)).toEqual([null, null, null, null]);
    });
    it('chosen − population is the difference of its two columns', () => {
      const table = splitComparisonTable(compareSplits(wb, lines), wb, en);
      for (const row of table.rows) {
        expect(row[6]).toBeCloseTo(Number(row[1]) - Number(row[2]), 10);
      }
    });
  });

  it('PcCharges: a first row with the rate per PC, then a row per municipality', () => {
    const table = pcChargesTable(computePcCharges(wb, lines), wb, en);
    expect(table.headers).toEqual(['Municipality', 'PCs', 'Lisens', 'Total', 'Per PC']);
    expect(table.rows[0]).toEqual(['Rate per PC', 4, 10, 10, null]);
    expect(table.rows[1]).toEqual(['A', 3, 30, 30, 10]);
    expect(table.rows[3]).toEqual(['C', 0, null, 0, null]);
  });

  it('PcCharges shown from the Allocation rows: the same table, whoever holds which item', () => {
    // Two items by PCs with different participants, one beyond safe JS numbers (its shares are
    // held as BigInt only), and a proposal (never a PC charge) between them.
    const big = workbook({
      ...wb,
      costs: [
        ...wb.costs,
        cost('Nett', 5, 7, { key: key('pcs'), participants: ['B', 'C'] }),
        cost('Stor', 6, 1e14, { key: key('pcs') }),
      ],
      municipalities: [
        municipality('A', 2, 200, 3),
        municipality('B', 3, 100, 1),
        municipality('C', 4, 100, 2),
      ],
    });
    const bigLines = allocateAll(big, plan.startYears).lines;
    expect(bigLines.some((line) => line.units === null)).toBe(true);
    const charges = computePcCharges(big, bigLines);
    const allocation = allocationTable(big, bigLines, en);
    const shown = pcChargesTable(charges, big, en, allocationRowsByLine(bigLines, allocation));
    expect(shown).toEqual(pcChargesTable(charges, big, en));
    // Nett: B 1 PC, C 2 PCs of 7 kr → 2.33 and 4.67; A takes no part (blank, not 0).
    expect(shown.headers).toEqual([
      'Municipality',
      'PCs',
      'Lisens',
      'Nett',
      'Stor',
      'Total',
      'Per PC',
    ]);
    expect(shown.rows.map((r) => r[3])).toEqual([2.33, null, 2.33, 4.67]);
    expect(shown.rows[3]?.[4]).toBe(33_333_333_333_333.33);
  });

  it('Priorities: sorted by rank, Funded as the language’s yes/no, StartYear blank when unfunded', () => {
    const scores: PriorityScore[] = ['P2', 'P1'].map((id, i) => ({
      id,
      title: id,
      score: 60 - i * 10 + 1 / 3,
      rank: 2 - i,
      scorers: 2,
      spread: 0,
      npv: -12.345,
      bcr: null,
      payback: null,
      criterionMeans: [],
      incompleteCriteria: [],
      cell: `Proposals!A${i + 2}`,
    }));
    const rows = priorityRows(scores, plan);
    const table = prioritiesTable(rows, nb);
    expect(table.rows.map((r) => [r[0], r[2], r[3], r[6], r[9], r[10]])).toEqual([
      ['P1', 50.33, 1, -12.35, 'ja', 2027],
      ['P2', 60.33, 2, -12.35, 'nei', null],
    ]);
  });

  it('Totals (extension): each municipality by source adds up to its total', () => {
    const totals = municipalityTotals(wb, lines);
    const table = totalsTable(totals, wb, en);
    for (const row of table.rows) {
      expect(Number(row[1]) + Number(row[2]) + Number(row[3])).toBeCloseTo(Number(row[4]), 10);
    }
    // A: Drift 50 + Lisens 30 + Oppstart 10 = 90 from costs, 5 from P1.
    expect(table.rows[0]).toEqual(['A', 90, 0, 5, 95]);
    // One-off: Oppstart 10 + P1's one-off 5; annual: Drift 50 + Lisens 30 (in øre).
    expect(totals[0]).toEqual({
      name: 'A',
      oneOff: 1500n,
      annual: 8000n,
      bySource: { cost: 9000n, system: 0n, proposal: 500n },
      total: 9500n,
    });
  });

  it('RiskFlags: the Cell column links each flag to the input cell it names', () => {
    const table = riskFlagsTable(
      [
        {
          scope: 'proposal',
          subject: 'P1',
          code: 'NO_OWNER',
          severity: 'medium',
          message: 'P1 has no owner',
          cell: "'My proposals'!D7",
        },
      ],
      en,
    );
    expect(table.headers[table.linkColumn ?? -1]).toBe('Cell');
    expect(table.rows[0]?.[table.linkColumn ?? -1]).toBe("'My proposals'!D7");
    expect(table.sources).toEqual(["'My proposals'!D7"]);
  });

  it('§8 JSON: one allocation entry per participant share, amounts in currency units', () => {
    const json = contractJson(lines, computePcCharges(wb, lines), [], [], [], wb.settings.roundTo, {
      criteriaWeights: [],
      consistencyRatio: null,
      frontier: [],
    });
    expect(json.allocation.filter((a) => a.item === 'Lisens')).toEqual([
      { item: 'Lisens', source: 'cost', kind: 'annual', municipality: 'A', amount: 30 },
      { item: 'Lisens', source: 'cost', kind: 'annual', municipality: 'B', amount: 10 },
    ]);
    expect(json.pcCharges[0]).toEqual({
      item: 'Lisens',
      municipality: 'A',
      amount: 30,
      ratePerPc: 10,
    });
    expect(json.errors).toEqual([]);
  });
});
