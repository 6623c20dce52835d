/** Scoring in the pane: the form's rows, the checks as typed, the name remembered, the headers. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { readScoreText } from '../../src/engine/parse/scoreText';
import type { CouncilView } from '../../src/engine/views/councilView';
import { viewText } from '../../src/i18n/council';
import { uiText } from '../../src/i18n/ui';
import { ScoreView } from '../../src/taskpane/components/ScoreView';
import { entriesOf, rowsToSave } from '../../src/taskpane/components/scoreForm';
import { memoryStorage, storedIdentity } from '../../src/taskpane/services/identity';
import { samkostService } from '../../src/taskpane/services/samkostService';
import { FakeWorkbook } from './fakes';

const render = (element: ReactElement): string =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const base = {
  oneOffCost: 1500000,
  annualCost: 200000,
  annualBenefit: 350000,
  score: 50,
  spread: 0,
  means: [],
  disagreement: false,
  startYear: null,
  whyNotFunded: null,
  excluded: false,
};

const VIEW: CouncilView = {
  currency: 'NOK',
  scoreMax: 5,
  disagreementThreshold: 1,
  criteria: [
    { name: 'Nytte', weight: 2 },
    { name: 'Risiko', weight: 1 },
  ],
  scorers: ['Ola'],
  planProvenOptimal: true,
  planGapPercent: null,
  plan: [],
  proposals: [
    {
      ...base,
      id: 'P1',
      title: 'Felles sak/arkiv',
      area: 'Digitalisering',
      costBenefit: true,
      rank: 1,
      scorers: 1,
      scores: [{ scorer: 'Ola', values: [4, 2.5], outliers: [false, false] }],
    },
    {
      ...base,
      id: 'P2',
      title: 'Chat',
      area: null,
      costBenefit: false,
      rank: 2,
      scorers: 0,
      scores: [],
    },
  ],
};

describe('a score as typed', () => {
  it.each([
    ['4', 4],
    ['3,5', 3.5],
    ['3.5', 3.5],
    ['', null],
    ['  ', null],
    ['5', 5],
    ['6', 'invalid'],
    ['-1', 'invalid'],
    ['fire', 'invalid'],
  ])('%j → %j (ScoreMax 5)', (typed, expected) => {
    expect(readScoreText(typed, 5)).toBe(expected);
  });
});

describe('the scoring form', () => {
  it('starts from the member’s own scores (matched as the parser matches names)', () => {
    expect(entriesOf(VIEW, ' ola', 'nb')).toEqual({ P1: ['4', '2,50'], P2: ['', ''] });
    expect(entriesOf(VIEW, 'Kari', 'nb')).toEqual({ P1: ['', ''], P2: ['', ''] });
  });

  it('saves the proposals scored and those the member had a row for, incomplete allowed', () => {
    expect(rowsToSave(VIEW, 'Ola', { P1: ['', ''], P2: ['3', ''] })).toEqual([
      { proposal: 'P1', scores: [null, null] },
      { proposal: 'P2', scores: [3, null] },
    ]);
    expect(rowsToSave(VIEW, 'Kari', { P1: ['', ''], P2: ['4,5', '1'] })).toEqual([
      { proposal: 'P2', scores: [4.5, 1] },
    ]);
  });

  it('shows every proposal’s facts, a field per criterion, and who has scored what', () => {
    const actions = {
      whatIf: async () => null,
      applyKey: async () => 'written' as const,
      scorerName: () => 'Ola',
      saveScores: async () => ({ kind: 'saved' as const, updated: 0, added: 0 }),
      savePairs: async () => ({ kind: 'saved' as const, updated: 0, added: 0 }),
    };
    const html = render(
      <ScoreView
        t={uiText('nb')}
        tv={viewText('nb')}
        language="nb"
        view={VIEW}
        actions={actions}
      />,
    );
    const words = text(html);
    expect(words).toMatch(
      /P1 Felles sak\/arkiv Digitalisering · Engangs 1\s500\s000 · årlig 200\s000 · gevinst 350\s000 NOK · kost\/nytte-analyse: ja/u,
    );
    expect(words).toContain('kost/nytte-analyse: nei');
    expect(words).toContain('Ola: 1 av 2 tiltak mangler P2');
    expect(words).toContain('Tiltak ingen har vurdert: P2');
    // Two criteria × two proposals, plus the name: five text fields, the name filled in.
    expect(html.match(/<input/g)).toHaveLength(5);
    expect(html).toContain('value="Ola"');
    expect(html).toContain('value="4"');
  });
});

describe('saving scores through the service', () => {
  it('remembers the name per workbook and heads a new Scores table in the user’s language', async () => {
    const storage = memoryStorage();
    const workbook = new FakeWorkbook();
    const service = samkostService({
      workbook,
      engine: {
        run: async () => Promise.reject(new Error('unused')),
        whatIf: async () => null,
        explain: async () => null,
        warmUp: () => undefined,
      },
      template: async () => [],
      sample: async () => [],
      wasmUrl: '',
      identity: storedIdentity(storage, 'https://example.org/rad.xlsx'),
    });
    expect(service.scorerName()).toBeNull();
    const sheet = {
      scorer: ' Kari ',
      criteria: ['Nytte'],
      rows: [{ proposal: 'P1', scores: [4] }],
    };
    await service.saveScores(sheet, 'sv');
    expect(workbook.scoresWritten[0]?.fresh).toEqual({
      sheetName: 'Bedömningar',
      proposal: 'Förslag',
      scorer: 'Bedömare',
    });
    expect(service.scorerName()).toBe('Kari');
    // Another workbook does not know her.
    expect(storedIdentity(storage, 'https://example.org/other.xlsx').read()).toBeNull();
  });
});
