import type { CliIo } from '../../src/cli/io';
import { noticesJson } from '../../src/cli/notices';
import { progress } from '../../src/cli/progress';
import { renderSummary } from '../../src/cli/summary';
import type { RunSummary } from '../../src/engine/result';
import type { WriteNotice } from '../../src/engine/table';
import { cliText } from '../../src/i18n/cli';
import { noticeMessage } from '../../src/i18n/notices';

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
  planGapPercent: null,
  flagCounts: { high: 1, medium: 2, low: 0 },
};

const files = { input: 'kps.xlsx', output: 'kps.samkost.xlsx' };

test('the English summary: totals per municipality, priorities, plan and flags', () => {
  expect(renderSummary(summary, files, 'en')).toBe(
    [
      'Samkost: kps.xlsx → kps.samkost.xlsx',
      'Planning year 2027, amounts in NOK',
      '',
      'Cost per municipality, every line whatever its year (as on the Totals sheet): each one-off cost plus one year of each annual cost',
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
  expect(text).toContain('Planen holder alle budsjetter, men ble ikke bevist å være den beste');
  expect(text).toContain('Risikoflagg: ingen');
});

test('a large plan within its certified gap says how far below the best it may be', () => {
  const text = renderSummary(
    { ...summary, planProvenOptimal: false, planGapPercent: 0.03 },
    files,
    'en',
  );
  expect(text).toContain('its total score is at most 0.03 % below the best possible');
  expect(text).not.toContain('ran out of time');
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

describe('write notices (an output that went beside something of the user)', () => {
  const notices: WriteNotice[] = [
    {
      code: 'NAME_TAKEN',
      output: 'Allocation',
      tableName: 'Allocation2',
      sheetName: 'Allocation (2)',
      takenBy: { kind: 'table', name: 'Allocation' },
    },
    {
      code: 'MOVED',
      output: 'RiskFlags',
      tableName: 'RiskFlags',
      sheetName: 'RiskFlags (2)',
      from: 'RiskFlags',
    },
  ];

  it('prints each notice under its heading, in the chosen language', () => {
    const text = renderSummary(
      summary,
      files,
      'nb',
      notices.map((n) => noticeMessage(n, 'nb')),
    );
    const lines = text.split('\n');
    const heading = lines.indexOf('Om resultatene:');
    expect(heading).toBeGreaterThan(0);
    expect(lines.slice(heading + 1)).toEqual([
      '  Tabellen din «Allocation» heter allerede Allocation: den er latt urørt, og resultatet er tabellen Allocation2 på arket «Allocation (2)».',
      '  Å skrive RiskFlags der den sto på «RiskFlags» ville dekket cellene dine: den er nå tabellen RiskFlags på arket «RiskFlags (2)».',
    ]);
  });

  it('prints no heading when there is nothing to say', () => {
    expect(renderSummary(summary, files, 'en')).not.toContain('About the outputs');
  });

  it('gives --json code, output, table, sheet and the message in the run language', () => {
    expect(noticesJson(notices, 'sv')).toEqual([
      {
        code: 'NAME_TAKEN',
        output: 'Allocation',
        table: 'Allocation2',
        sheet: 'Allocation (2)',
        message:
          'Din tabell ”Allocation” heter redan Allocation: den har lämnats orörd, och resultatet är tabellen Allocation2 på bladet ”Allocation (2)”.',
      },
      {
        code: 'MOVED',
        output: 'RiskFlags',
        table: 'RiskFlags',
        sheet: 'RiskFlags (2)',
        message:
          'Att skriva RiskFlags där den stod på ”RiskFlags” skulle ha täckt dina celler: den är nu tabellen RiskFlags på bladet ”RiskFlags (2)”.',
      },
    ]);
  });
});

test('with coalition costs: the exit analysis as a table, and each OUTSIDE_CORE flag under the counts', () => {
  const withCoalitions: RunSummary = {
    ...summary,
    exitAnalysis: [
      { municipality: 'Kristiansand', paysNow: 400, paysAlone: 500, othersChange: 100.5 },
      { municipality: 'Iveland', paysNow: 250, paysAlone: 300, othersChange: -20 },
    ],
    outsideCore: [
      'The group Iveland pays 250.00 NOK for "Fin", more than the 200.00 NOK it would pay on its own.',
    ],
  };
  const text = renderSummary(withCoalitions, files, 'en').split('\n');
  const at = text.indexOf('If a municipality left (items with coalition costs)');
  expect(text.slice(at, at + 4)).toEqual([
    'If a municipality left (items with coalition costs)',
    '  Municipality  Pays now   Alone  Others pay more',
    '  Kristiansand    400.00  500.00           100.50',
    '  Iveland         250.00  300.00           -20.00',
  ]);
  expect(text.slice(-3)).toEqual([
    'Risk flags: 1 high, 2 medium, 0 low',
    'Outside the core (1): a group pays more together than alone',
    '  The group Iveland pays 250.00 NOK for "Fin", more than the 200.00 NOK it would pay on its own.',
  ]);
  // Without coalition costs nothing of this is printed.
  expect(renderSummary(summary, files, 'en')).not.toContain('If a municipality left');
});

test('contract v1.1 §10–11: a line for the consistency ratio and the frontier, unproven points marked', () => {
  const text = renderSummary(
    {
      ...summary,
      consistency: { cr: 0.137, inconsistent: true },
      frontier: [
        {
          factor: 0.25,
          investment: 300_000,
          score: null,
          oneOffFunded: null,
          funded: null,
          proven: false,
        },
        {
          factor: 1,
          investment: 1_200_000,
          score: 148.25,
          oneOffFunded: 600_000,
          funded: 2,
          proven: true,
        },
        {
          factor: 2,
          investment: 2_400_000,
          score: 201.5,
          oneOffFunded: 2_000_000,
          funded: 4,
          proven: false,
        },
      ],
    },
    files,
    'en',
  ).split('\n');
  expect(text).toContain(
    'Criteria weights from pairwise judgements: consistency ratio 0.14, above 0.10: INCONSISTENT_WEIGHTS',
  );
  const at = text.indexOf('Efficient frontier: the best total score at each budget level');
  expect(text.slice(at + 1, at + 5)).toEqual([
    '   25 %        –  the mandatory proposals do not fit',
    '  100 %    148.3  2 funded',
    '  200 %  201.5 *  4 funded',
    '  * the best plan found, not proven optimal',
  ]);
});
