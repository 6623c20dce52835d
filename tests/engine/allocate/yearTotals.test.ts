/**
 * One story in the numbers: each budget year's figure per municipality, and the planning year's
 * being exactly what BUDGET_EXCEEDED compares, on both bundled samples.
 */
import { allocateAll, lineTotals } from '../../../src/engine/allocate';
import { parseWorkbook } from '../../../src/engine/parse';
import { planFunding, prioritise } from '../../../src/engine/prioritise';
import { runEngine } from '../../../src/engine/run';
import type { TableSheet, WorkbookTables } from '../../../src/engine/table';
import { formatNumber } from '../../../src/i18n/numbers';
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { dalslandSample } from '../../../src/samples/dalsland';
import { knutepunktSample } from '../../../src/samples/knutepunkt';
import { excelWorkbook } from '../../../src/workbook/excel';
import { highsSolver } from '../../support/highs';

const TODAY = { year: 2026, month: 6, day: 1 };

/** The sample's tables as Samkost reads them, with every municipality's budget set to `budget`. */
async function tablesOf(sample: readonly TableSheet[], budget?: number): Promise<WorkbookTables> {
  const sheets = sample.map((sheet) =>
    sheet.tableName === 'Municipalities' && budget !== undefined
      ? { ...sheet, rows: sheet.rows.map((row) => row.map((v, c) => (c === 3 ? budget : v))) }
      : sheet,
  );
  return excelWorkbook(FakeWorkbook.fromTableSheets(sheets).run).readTables();
}

const SAMPLES = [
  ['Knutepunkt', knutepunktSample, 0],
  ['Dalsland', dalslandSample, 2],
] as const;

describe.each(SAMPLES)('%s', (_, sample, decimals) => {
  it('shows as the planning year’s total exactly what the budget flag compares, for every municipality', async () => {
    // A budget of 1 puts every municipality over it: each gets the flag, with its share.
    const result = runEngine(await tablesOf(sample, 1), {
      language: 'en',
      today: TODAY,
      solver: await highsSolver(),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { summary, flags } = result;
    const planning = summary.years.find((y) => y.year === summary.planningYear);
    expect(planning?.municipalities.map((m) => m.name)).toEqual(
      summary.municipalities.map((m) => m.name),
    );
    for (const m of planning?.municipalities ?? []) {
      const flag = flags.find((f) => f.code === 'BUDGET_EXCEEDED' && f.subject === m.name);
      const share = formatNumber(m.total, 'en', decimals);
      expect(flag?.message).toContain(`${m.name} pays ${share} `);
      expect(m.total).toBe(m.oneOff + m.annual);
    }
  });

  it('counts in each budget year its one-off lines and the annual costs running then', async () => {
    const parsed = parseWorkbook(await tablesOf(sample), TODAY);
    if (!parsed.ok) throw new Error('the sample should parse');
    const wb = parsed.workbook;
    const planned = planFunding(
      wb,
      new Map(prioritise(wb).map((p) => [p.id, p.score])),
      await highsSolver(),
    );
    if (!planned.ok) throw new Error('the sample should plan');
    const { startYears } = planned.plan;
    const { lines } = allocateAll(wb, startYears);
    const years = lineTotals(wb, lines, startYears).years;
    expect(years.map((y) => y.year)).toEqual(
      [...new Set([wb.settings.planningYear, ...(wb.budget ?? []).map((b) => b.year)])].sort(),
    );
    // The rule written out line by line, share by share (the engine groups and sums at once).
    for (const { year, municipalities } of years) {
      for (const m of municipalities) {
        let oneOff = 0n;
        let annual = 0n;
        for (const line of lines) {
          const share = line.shares.get(m.name) ?? 0n;
          if (line.kind === 'one-off' && line.year === year) oneOff += share;
          const start = line.source === 'proposal' ? startYears.get(line.item) : -Infinity;
          if (line.kind === 'annual' && start !== undefined && start <= year) annual += share;
        }
        expect([m.name, year, m.oneOff, m.annual]).toEqual([m.name, year, oneOff, annual]);
      }
    }
    // Proposals starting after the planning year are not in its figure, but in their own year's.
    const later = [...startYears.values()].filter((y) => y > wb.settings.planningYear);
    expect(later.length).toBeGreaterThan(0);
  });
});
