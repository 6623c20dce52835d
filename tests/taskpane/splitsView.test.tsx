/** The municipalities' views rendered to HTML: what a municipality reads. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { singleKeyExpression } from '../../src/engine/parse/keyExpression';
import type { SplitView } from '../../src/engine/views/splitView';
import { viewText } from '../../src/i18n/council';
import { uiText } from '../../src/i18n/ui';
import { MunicipalitiesView } from '../../src/taskpane/components/MunicipalitiesView';
import { GoingAlone, OneMunicipality, SplitsView } from '../../src/taskpane/components/SplitsView';
import { formats } from '../../src/taskpane/components/viewFormat';

const render = (element: ReactElement): string =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const VIEW: SplitView = {
  currency: 'SEK',
  years: { from: 2026, to: 2028 },
  costLines: [],
  keys: [
    { kind: 'population' },
    { kind: 'standalone' },
    { kind: 'custom', key: singleKeyExpression({ kind: 'custom', column: 'Anställda' }) },
  ],
  municipalities: [
    {
      name: 'Bengtsfors',
      chosen: 6695555.14,
      alternatives: [
        { total: 6775001.71, difference: 79446.57, percent: 1.2 },
        { total: 6699761.29, difference: 4206.15, percent: 0.1 },
        { total: 6721703.09, difference: 26147.95, percent: 0.4 },
      ],
      likeForLike: {
        items: [
          { item: 'Gemensam växel', shared: 198305.08, standAlone: 260000, saving: 61694.92 },
        ],
        shared: 198305.08,
        standAlone: 260000,
        saving: 61694.92,
      },
    },
    {
      name: 'Dals-Ed',
      chosen: 3450669.27,
      alternatives: [
        { total: 3113810.04, difference: -336859.23, percent: -9.8 },
        { total: 3428576.61, difference: -22092.66, percent: -0.6 },
        { total: 3153046.75, difference: -297622.52, percent: -8.6 },
      ],
      likeForLike: null,
    },
  ],
};

describe('compare splits', () => {
  const sv = viewText('sv');
  const format = formats('sv', [6695555.14], sv);

  it('one municipality: every key with its total, difference and percent, in the user’s format', () => {
    const [bengtsfors] = VIEW.municipalities;
    if (!bengtsfors) throw new Error('fixture');
    const html = text(
      render(<OneMunicipality tv={sv} language="sv" view={VIEW} m={bengtsfors} format={format} />),
    );
    // It names what it counts: all years together, not one budget year (issue 11 §3).
    expect(html).toContain('Vad Bengtsfors betalar med varje nyckel, alla år 2026–2028 (SEK)');
    // Swedish grouping (a no-break space) and decimal comma; the sign before a change.
    expect(html).toMatch(/Invånare 6\s775\s001,71 \+79\s446,57 \+1,2 %/u);
    expect(html).toContain('Anställda');
    // The chart's text alternative names every value.
    expect(html).toMatch(/Stapeldiagram: Valda nycklar 6\s695\s555,14; Invånare/u);
  });

  it('going alone: the shared share beside the stand-alone cost and the saving, item by item', () => {
    const [bengtsfors, dalsEd] = VIEW.municipalities;
    if (!bengtsfors || !dalsEd) throw new Error('fixture');
    const html = text(render(<GoingAlone tv={sv} currency="SEK" m={bengtsfors} format={format} />));
    expect(html).toMatch(/Gemensam växel 198\s305,08 260\s000,00 Besparing: \+61\s694,92/u);
    const none = text(render(<GoingAlone tv={sv} currency="SEK" m={dalsEd} format={format} />));
    expect(none).toContain('Dals-Ed har inga egna kostnader för posterna den deltar i.');
  });

  it('all municipalities: each one’s difference under the first key, falls shown with a minus', () => {
    const html = text(render(<SplitsView tv={sv} language="sv" view={VIEW} />));
    expect(html).toContain(
      'Varje kommun med Invånare jämfört med valda nycklar, alla år 2026–2028 (SEK)',
    );
    expect(html).toContain(
      'Räknat över alla år 2026–2028: engångskostnaderna för varje år plus ett år av varje löpande kostnad',
    );
    expect(html).toMatch(
      /Dals-Ed 3\s113\s810,04 Valda nycklar: 3\s450\s669,27 −336\s859,23 −9,8 %/u,
    );
  });

  it('asks for a run before there are results', () => {
    const html = text(
      render(
        <MunicipalitiesView
          t={uiText('nb')}
          language="nb"
          run={{ status: 'idle' }}
          actions={{
            whatIf: async () => null,
            applyKey: async () => 'written',
            scorerName: () => null,
            saveScores: async () => ({ kind: 'saved', updated: 0, added: 0 }),
            savePairs: async () => ({ kind: 'saved', updated: 0, added: 0 }),
          }}
        />,
      ),
    );
    expect(html).toContain('Kjør beregningen først');
  });
});
