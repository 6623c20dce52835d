/** The views rendered to HTML (no DOM needed): what a finance officer would read and click. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { LocalisedProblem } from '../../src/engine/problem';
import { uiText } from '../../src/i18n/ui';
import { ProblemList } from '../../src/taskpane/components/ProblemList';
import ResultsView from '../../src/taskpane/components/ResultsView';
import { HelpView } from '../../src/taskpane/components/HelpView';
import { announcement } from '../../src/taskpane/components/RunAnnouncer';
import { RunView } from '../../src/taskpane/components/RunView';
import { NAME_TAKEN, SUCCESS } from './fakes';

const render = (element: ReactElement): string =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
const ignore = (): void => undefined;

const problem = (cell: string, message: string): LocalisedProblem => ({
  code: 'REQUIRED',
  cell,
  params: {},
  message,
});

describe('ProblemList', () => {
  const html = render(
    <ProblemList
      t={uiText('en')}
      problems={[
        problem('Kommuner!B3', 'Population is blank.'),
        problem('Costs[Amount]', 'The Amount column is missing.'),
        problem('Kommuner!C4', 'PCs is not a whole number.'),
      ]}
      onSelectCell={ignore}
      nameOf={(table) => (table === 'Costs' ? 'Kostnader (Costs)' : table)}
    />,
  );

  it('groups problems under a heading per table, with their count', () => {
    const headings = [...html.matchAll(/<h3[^>]*>([^<]*)<\/h3>/g)].map((m) => m[1]);
    expect(headings).toEqual(['Kommuner: 2', 'Kostnader (Costs): 1']);
  });

  it('makes each problem’s cell a button that names what it selects', () => {
    const buttons = [...html.matchAll(/<button[^>]*aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(buttons).toEqual([
      'Select cell Kommuner!B3',
      'Select cell Kommuner!C4',
      'Select cell Costs[Amount]',
    ]);
  });
});

describe('ResultsView', () => {
  it('shows the planning year’s figures in the user’s number format, saying what they count', () => {
    if (!SUCCESS.ok) throw new Error('the fixture is a successful run');
    const { summary, flags } = SUCCESS;
    const [planning, later] = summary.years;
    const [first] = planning?.municipalities ?? [];
    if (!planning || !later || !first) throw new Error('the fixture has two years');
    const html = render(
      <ResultsView
        t={uiText('nb')}
        language="nb"
        summary={{
          ...summary,
          // The all-years total is not the headline: only the planning year's figures are shown.
          municipalities: [{ ...first, total: 99 }],
          years: [{ ...planning, municipalities: [{ ...first, total: 1234567.5 }] }, later],
        }}
        flags={flags}
        onSelectCell={ignore}
      />,
    );
    expect(html).toContain('Hva hver kommune betaler i 2026 (NOK)');
    expect(html).toContain('2026 er planåret: det er disse beløpene som sammenlignes');
    expect(html).toMatch(
      /<option value="2026" selected="">2026 \(planår\)<\/option><option value="2027">2027</,
    );
    expect(html).toMatch(/1\s234\s567,50/);
    expect(html).not.toMatch(/>99,00</);
    // The chart's text alternative and each segment's tooltip carry the values.
    expect(html).toContain('<desc id="samkost-chart-desc">Arendal: Kostnader 100,00');
    expect(html).toContain('<title>Arendal, Systemlisenser: 50,00</title>');
    expect(html).toContain('Middels: 1');
    expect(html).toContain('Visma mangler eier.');
    expect(html).toContain('aria-label="Merk celle Fagsystemer!B3"');
  });

  it('says how far below the best a plan that is not proven may be, in the user’s number format', () => {
    if (!SUCCESS.ok) throw new Error('the fixture is a successful run');
    const { summary, flags } = SUCCESS;
    const shown = (planProvenOptimal: boolean, planGapPercent: number | null): string =>
      render(
        <ResultsView
          t={uiText('sv')}
          language="sv"
          summary={{
            ...summary,
            fundingPlan: [
              { year: 2026, investmentUsed: 100, investmentBudget: 120, proposals: ['P01'] },
            ],
            planProvenOptimal,
            planGapPercent,
          }}
          flags={flags}
          onSelectCell={ignore}
        />,
      );
    expect(shown(false, 0.03)).toContain('högst 0,03 % under den bästa möjliga');
    expect(shown(false, 0)).toContain('Planen har högsta möjliga totalpoäng (bevisat)');
    expect(shown(false, null)).toContain('bevisades inte vara den bästa möjliga');
    expect(shown(true, null)).not.toContain('bevisa');
  });
});

describe('RunView', () => {
  it('disables Run and names the current step while running', () => {
    const html = render(
      <RunView
        t={uiText('sv')}
        language="sv"
        run={{ status: 'running', step: 'plan' }}
        onRun={ignore}
        onSelectCell={ignore}
        staleSheets={[]}
        onLeadToTables={ignore}
        sheetNames={{}}
      />,
    );
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>.*Kör …/);
    expect(html).toContain('Planerar finansieringen');
  });

  it('says where each output went whose name was taken, in the pane’s language', () => {
    if (!SUCCESS.ok) throw new Error('fixture');
    const moved = {
      code: 'MOVED',
      output: 'Allocation',
      tableName: 'Allocation',
      sheetName: 'Fordeling (2)',
      from: 'Fordeling',
    } as const;
    const html = render(
      <RunView
        t={uiText('nb')}
        language="nb"
        run={{
          status: 'done',
          summary: SUCCESS.summary,
          flags: SUCCESS.flags,
          sheets: ['Fordeling', 'Totaler'],
          notices: [NAME_TAKEN, moved],
          views: SUCCESS.views,
        }}
        onRun={ignore}
        onSelectCell={ignore}
        staleSheets={[]}
        onLeadToTables={ignore}
        sheetNames={{}}
      />,
    );
    const bars = [
      ...html.matchAll(/<div[^>]*class="[^"]*fui-MessageBarBody[^"]*"[^>]*>(.*?)<\/div>/g),
    ];
    expect(bars.map((m) => m[1]?.replace(/&quot;/g, '"'))).toEqual([
      expect.stringContaining('Fordeling, Totaler'),
      'Tabellen din «Totals» heter allerede Totals: den er latt urørt, og resultatet er tabellen Totals_2 på arket «Totaler».',
      'Å skrive Allocation der den sto på «Fordeling» ville dekket cellene dine: den er nå tabellen Allocation på arket «Fordeling (2)».',
    ]);
  });

  it('after an empty workbook’s run, says the outputs are stale and leads to Create input tables', () => {
    const html = render(
      <RunView
        t={uiText('nb')}
        language="nb"
        run={{
          status: 'problems',
          problems: [{ ...problem('Municipalities', 'Ingen tabell.'), code: 'MISSING_TABLE' }],
        }}
        onRun={ignore}
        onSelectCell={ignore}
        staleSheets={['Fordeling', 'Risikoflagg']}
        onLeadToTables={ignore}
        sheetNames={{}}
      />,
    );
    expect(html).toContain(
      'Arkene Fordeling, Risikoflagg viser fortsatt resultatene fra forrige kjøring',
    );
    expect(html).toContain('Arbeidsboken har ingen inndatatabeller ennå.');
    // The missing table is named as Create input tables will name its sheet.
    expect(html).toContain('>Kommuner (Municipalities): 1</h3>');
    expect(html).toMatch(/<button[^>]*>.*Lag inndatatabeller<\/button>/);
  });
});

describe('HelpView', () => {
  const items = (html: string): string[] =>
    [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));

  it('names each table by its sheet in the user’s language, the Excel table name beside it', () => {
    const html = render(<HelpView t={uiText('sv')} language="sv" sheetNames={{}} />);
    expect(items(html)).toContain(
      'Kommuner (Municipalities): medlemmarna: invånare, datorer, budget, egna nycklar (obligatorisk).',
    );
    expect(items(html).some((item) => item.startsWith('Fördelning (Allocation): '))).toBe(true);
  });

  it('uses the sheet names the workbook really has', () => {
    const html = render(
      <HelpView
        t={uiText('nb')}
        language="nb"
        sheetNames={{ Municipalities: 'Medlemmer', Allocation: 'Allocation' }}
      />,
    );
    expect(items(html).some((item) => item.startsWith('Medlemmer (Municipalities): '))).toBe(true);
    expect(items(html).some((item) => item.startsWith('Allocation: '))).toBe(true);
  });
});

describe('announcement', () => {
  it('says the current step, then the outcome, in the user’s language', () => {
    const t = uiText('sv');
    expect(announcement(t, { status: 'idle' })).toBe('');
    expect(announcement(t, { status: 'running', step: 'plan' })).toBe('Planerar finansieringen');
    expect(announcement(t, { status: 'problems', problems: [problem('A!B2', 'x')] })).toBe(
      'Indata behöver rättas innan Samkost kan räkna. Antal problem: 1. Ingenting skrevs.',
    );
  });
});
