import type { CliIo } from '../../src/cli/io';
import { progress } from '../../src/cli/progress';
import { renderSummary } from '../../src/cli/summary';
import type { RunSummary } from '../../src/engine/result';
import { cliText } from '../../src/i18n/cli';

const summary: RunSummary = {
  currency: 'NOK',
  planningYear: 2027,
  municipalities: [
    {
      name: 'Kristiansand',
      oneOff: 1_250_000,
      annual: 9_000_000,
      bySource: { cost: 8_000_000, system: 1_000_000, proposal: 1_250_000 },
      total: 10_250_000,
    },
    {
      name: 'Iveland',
      oneOff: 12_500,
      annual: 90_000,
      bySource: { cost: 80_000, system: 10_000, proposal: 12_500 },
      total: 102_500,
    },
  ],
  years: [],
  topPriorities: [
    { id: 'P03', title: 'ID-porten', score: 77.84, rank: 1, funded: true, startYear: 2027 },
    { id: 'P01', title: 'Økonomisystem', score: 69.2, rank: 2, funded: false, startYear: null },
  ],
  fundingPlan: [
    { year: 2027, investmentUsed: 600_000, investmentBudget: 700_000, proposals: ['P03'] },
    { year: 2028, investmentUsed: 0, investmentBudget: 500_000, proposals: [] },
  ],
  planProvenOptimal: true,
  flagCounts: { high: 1, medium: 2, low: 0 },
};

const files = { input: 'kps.xlsx', output: 'kps.samkost.xlsx' };

test('the English summary: totals per municipality, priorities, plan and flags', () => {
  expect(renderSummary(summary, files, 'en')).toBe(
    [
      'Samkost: kps.xlsx → kps.samkost.xlsx',
      'Planning year 2027, amounts in NOK',
      '',
      'Cost per municipality',
      '  Municipality    One-off     Annual       Total',
      '  Kristiansand  1,250,000  9,000,000  10,250,000',
      '  Iveland          12,500     90,000     102,500',
      '',
      'Top priorities (score out of 100)',
      '  1. P03 ID-porten      77.8  funded, starts 2027',
      '  2. P01 Økonomisystem  69.2  not funded',
      '',
      'Funding plan',
      '  2027: investment 600,000 of 700,000: P03',
      '  2028: investment 0 of 500,000: no proposal starts',
      '',
      'Risk flags: 1 high, 2 medium, 0 low',
    ].join('\n'),
  );
});

test('Norwegian words and number grouping; decimals when an amount has øre', () => {
  const iveland = summary.municipalities[1];
  if (!iveland) throw new Error('the fixture has Iveland');
  const text = renderSummary(
    {
      ...summary,
      municipalities: [{ ...iveland, oneOff: 12_500.5, total: 102_500.5 }],
      planProvenOptimal: false,
      flagCounts: { high: 0, medium: 0, low: 0 },
    },
    files,
    'nb',
  );
  expect(text).toContain('Planår 2027, beløp i NOK');
  expect(text).toMatch(/Iveland\s+12\s500,50\s+90\s000,00\s+102\s500,50/);
  expect(text).toContain('finansiert, starter 2027');
  expect(text).toContain('Planen er innenfor 0,1 %');
  expect(text).toContain('Risikoflagg: ingen');
});

test('without proposals there is no priorities or plan section', () => {
  const text = renderSummary({ ...summary, topPriorities: [], fundingPlan: [] }, files, 'sv');
  expect(text).toContain('Kostnad per kommun');
  expect(text).not.toContain('Högst prioriterade');
  expect(text).not.toContain('Finansieringsplan');
});

describe('progress on stderr', () => {
  const io = (tty: boolean, written: string[]): CliIo => ({
    stdout: () => undefined,
    stderr: (text) => written.push(text),
    stderrIsTty: tty,
    env: {},
    cwd: '.',
    today: () => ({ year: 2026, month: 1, day: 1 }),
    loadSolver: () => Promise.reject(new Error('not needed')),
  });

  test('a terminal sees each step on one line, cleared at the end', () => {
    const written: string[] = [];
    const shown = progress(io(true, written), cliText('en'));
    shown.step('progress.read');
    shown.step('progress.write', { file: 'x.xlsx' });
    shown.done();
    expect(written).toEqual([
      '\r\x1b[KReading the workbook …',
      '\r\x1b[KWriting x.xlsx …',
      '\r\x1b[K',
    ]);
  });

  test('a pipe or file sees nothing', () => {
    const written: string[] = [];
    const shown = progress(io(false, written), cliText('en'));
    shown.step('progress.read');
    shown.done();
    expect(written).toEqual([]);
  });
});
