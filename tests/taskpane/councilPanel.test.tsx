/** The council's tab rendered to HTML: what an IKT-råd member reads. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CouncilView } from '../../src/engine/views/councilView';
import { viewText } from '../../src/i18n/council';
import { CouncilPanel } from '../../src/taskpane/components/CouncilPanel';

const render = (element: ReactElement): string =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const proposal = {
  area: null,
  oneOffCost: 0,
  annualCost: 0,
  annualBenefit: 0,
  costBenefit: true,
  scorers: 3,
};

const VIEW: CouncilView = {
  currency: 'NOK',
  scoreMax: 5,
  disagreementThreshold: 1,
  criteria: [
    { name: 'Nytte', weight: 2 },
    { name: 'Risiko', weight: 1 },
  ],
  scorers: ['Ola', 'Kari', 'Per'],
  planProvenOptimal: true,
  planGapPercent: null,
  proposals: [
    {
      ...proposal,
      id: 'P02',
      title: 'Felles sak/arkiv',
      score: 73.3333,
      rank: 1,
      spread: 1.89,
      means: [3.67, null],
      disagreement: true,
      startYear: 2026,
      whyNotFunded: null,
      excluded: false,
      scores: [
        { scorer: 'Ola', values: [5, null], outliers: [false, false] },
        { scorer: 'Kari', values: [5, null], outliers: [false, false] },
        { scorer: 'Per', values: [1, null], outliers: [true, false] },
      ],
    },
    {
      ...proposal,
      id: 'P06',
      title: 'Velferdsteknologi',
      score: 40,
      rank: 2,
      spread: 0,
      means: [2, 2],
      disagreement: false,
      startYear: null,
      whyNotFunded:
        'Tiltak P06 er ikke finansiert innenfor budsjettet: med start i 2027, tidligst mulige start, ville det overskride det årets investeringsbudsjett med 1 850 000 NOK.',
      excluded: false,
      scores: [],
    },
  ],
  plan: [
    {
      year: 2026,
      proposals: [{ id: 'P02', title: 'Felles sak/arkiv' }],
      investment: { budget: 3500000, used: 3300000, left: 200000 },
      operating: null,
    },
  ],
};

describe('the council’s tab', () => {
  const html = text(render(<CouncilPanel tv={viewText('nb')} language="nb" view={VIEW} />));

  it('ranks with titles, score, spread and each criterion’s mean', () => {
    expect(html).toContain('P02 Felles sak/arkiv');
    expect(html).toContain('Poeng 73,3 · spredning 1,89 · vurdert av 3');
    expect(html).toContain('Nytte: 3,67 · Risiko: ikke vurdert');
    expect(html).toContain('Vurdererne er uenige');
  });

  it('numbers the ranking once: by the list, at each proposal’s rank', () => {
    const markup = render(<CouncilPanel tv={viewText('nb')} language="nb" view={VIEW} />);
    const items = [...markup.matchAll(/<li value="(\d+)"[^>]*><strong[^>]*>([^<]*)</g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(items).toEqual([
      ['1', 'P02 Felles sak/arkiv'],
      ['2', 'P06 Velferdsteknologi'],
    ]);
  });

  it('shows each scorer’s scores with the outlier marked in words, starting with a disagreement', () => {
    expect(html).toContain('Per Nytte: 1 (avvik)');
    expect(html).toContain('Ola Nytte: 5 ·');
    expect(html).toContain('mer enn 2,0 fra medianen');
  });

  it('gives the plan by year with the budget used and left, and why a proposal is not funded', () => {
    expect(html).toMatch(/Investering: brukt 3\s300\s000 av 3\s500\s000, igjen 200\s000/u);
    expect(html).toContain('Drift: ikke noe budsjett oppgitt');
    expect(html).toContain(
      'P06 Velferdsteknologi Tiltak P06 er ikke finansiert innenfor budsjettet: med start i 2027',
    );
  });
});
