/** The views rendered to HTML (no DOM needed): what a finance officer would read and click. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { LocalisedProblem } from '../../src/engine/problem';
import { uiText } from '../../src/i18n/ui';
import { ProblemList } from '../../src/taskpane/components/ProblemList';
import ResultsView from '../../src/taskpane/components/ResultsView';
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
    />,
  );

  it('groups problems under a heading per table, with their count', () => {
    const headings = [...html.matchAll(/<h3[^>]*>([^<]*)<\/h3>/g)].map((m) => m[1]);
    expect(headings).toEqual(['Kommuner (2)', 'Costs (1)']);
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
  it('shows each municipality’s totals in the user’s number format, and the flag counts', () => {
    if (!SUCCESS.ok) throw new Error('the fixture is a successful run');
    const { summary, flags } = SUCCESS;
    const [first] = summary.municipalities;
    if (!first) throw new Error('the fixture has a municipality');
    const html = render(
      <ResultsView
        t={uiText('nb')}
        language="nb"
        summary={{
          ...summary,
          municipalities: [{ ...first, total: 1234567.5 }],
        }}
        flags={flags}
        onSelectCell={ignore}
      />,
    );
    expect(html).toContain('Hva hver kommune betaler, 2026 (NOK)');
    expect(html).toMatch(/1\s234\s567,50/);
    expect(html).toContain('Middels: 1');
    expect(html).toContain('Visma mangler eier.');
    expect(html).toContain('aria-label="Merk celle Fagsystemer!B3"');
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
          splitView: SUCCESS.splitView,
          councilView: SUCCESS.councilView,
        }}
        onRun={ignore}
        onSelectCell={ignore}
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
});
