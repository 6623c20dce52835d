/** The council's frontier and weights and the municipalities' "if we left", rendered to HTML. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { FrontierEntry, WeightsSummary } from '../../src/engine/result';
import { choicesText } from '../../src/i18n/choices';
import { uiText } from '../../src/i18n/ui';
import { FrontierChart } from '../../src/taskpane/components/FrontierChart';
import { IfWeLeftView } from '../../src/taskpane/components/IfWeLeftView';
import { WeightsView } from '../../src/taskpane/components/WeightsView';
import { pairwiseWeights } from '../../src/engine/weights/ahp';

const render = (element: ReactElement): string =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const tc = choicesText('en');
/** Rendered outside the provider (whose theme is a style element): empty when nothing is shown. */
const bare = (element: ReactElement): string => renderToStaticMarkup(element);

const point = (factor: number, score: number | null, proven = true): FrontierEntry => ({
  factor,
  investment: factor * 1_000_000,
  score,
  oneOffFunded: score === null ? null : factor * 900_000,
  funded: score === null ? null : Math.round(factor * 4),
  proven,
});

describe('FrontierChart', () => {
  const frontier = [
    point(0.25, null, false),
    point(0.5, 120),
    point(1, 300, false),
    point(2, 410.5),
  ];
  const html = render(<FrontierChart tc={tc} language="en" currency="SEK" frontier={frontier} />);

  it('lists every point with its values, the one that does not fit and the unproven one', () => {
    const words = text(html);
    expect(words).toContain('25 %: investment 250,000 SEK, the mandatory proposals do not fit');
    expect(words).toContain('50 %: investment 500,000 SEK, score 120.0, 2 funded');
    expect(words).toContain('100 %: investment 1,000,000 SEK, score 300.0, 4 funded (not proven)');
    expect(words).toContain('200 %: investment 2,000,000 SEK, score 410.5, 8 funded');
    expect(words).toContain('a better one may exist at that budget');
  });

  it('draws the scored points only, the unproven one hollow, with the values as its description', () => {
    const circles = [...html.matchAll(/<circle class="([^"]+)"/g)].map((m) => m[1]);
    expect(circles).toHaveLength(3);
    // 50 % and 200 % proven alike; 100 % (not proven) drawn apart.
    expect(circles[0]).toBe(circles[2]);
    expect(circles[1]).not.toBe(circles[0]);
    expect(html).toMatch(/<desc id="samkost-frontier-desc">[^<]*score 300.0[^<]*<\/desc>/);
    expect(html).toContain('role="img"');
  });

  it('shows nothing without a budget, and no unproven note when every point is proven', () => {
    expect(bare(<FrontierChart tc={tc} language="en" currency="SEK" frontier={[]} />)).toBe('');
    const proven = render(
      <FrontierChart tc={tc} language="en" currency="SEK" frontier={[point(1, 300)]} />,
    );
    expect(text(proven)).not.toContain('not proven');
  });

  it('writes the numbers as each language does', () => {
    const nb = text(
      render(
        <FrontierChart
          tc={choicesText('nb')}
          language="nb"
          currency="NOK"
          frontier={[point(1, 300.25)]}
        />,
      ),
    );
    expect(nb).toMatch(/100 %: investering 1\s000\s000 NOK, poeng 300,3, 4 finansiert/);
  });
});

describe('WeightsView', () => {
  const pairs: WeightsSummary = {
    source: 'pairs',
    weights: [
      { criterion: 'Value', weight: 0.6 },
      { criterion: 'Risk', weight: 0.25 },
      { criterion: 'Cost', weight: 0.15 },
    ],
    lambdaMax: 3.2,
    ci: 0.1,
    mostInconsistent: { a: 'Value', b: 'Cost', ratio: 0.2, implied: 4 },
    judgements: [
      { a: 'Value', b: 'Risk', ratio: 3 },
      { a: 'Value', b: 'Cost', ratio: 0.2 },
      { a: 'Risk', b: 'Cost', ratio: 2 },
    ],
  };
  const editing = {
    t: uiText('en'),
    actions: { savePairs: async () => ({ kind: 'saved' as const, updated: 0, added: 0 }) },
  };
  /** The council's judgements above, inconsistent (CR 0.17), ready to edit. */
  const inconsistentView = (): string =>
    render(
      <WeightsView
        {...editing}
        tc={tc}
        language="en"
        weights={pairs}
        consistency={{ cr: 0.17, inconsistent: true }}
      />,
    );

  it('gives the weights, their source, the verdict and the judgement furthest from them', () => {
    const words = text(inconsistentView());
    expect(words).toContain('Value: 60.0 %');
    expect(words).toContain('Cost: 15.0 %');
    expect(words).toContain('From the council’s pairwise judgements');
    expect(words).toContain('Not consistent: CR 0.17 is above 0.10.');
    expect(words).toContain('λmax 3.200 · CI 0.100 · CR 0.170');
    expect(words).toContain('Value against Cost is judged 0.20, the weights say 4.00.');
  });

  it('starts the editor from the judgements, with the engine’s live figures and the worst marked', () => {
    const html = inconsistentView();
    const words = text(html);
    expect(words).toContain('Value is moderately more important than Risk. Ratio 3');
    expect(words).toContain('Cost is strongly more important than Value. Ratio 1/5');
    expect(words).toContain('Risk is a little more important than Cost. Ratio 2');
    // Three sliders on the 17-step scale, A's end at −8, each valued in words.
    expect(html.match(/type="range"/g)).toHaveLength(3);
    expect(html).toContain('min="-8" max="8"');
    expect(html).toContain(
      'aria-valuetext="Value is moderately more important than Risk. Ratio 3"',
    );
    // The engine's own figures for these judgements, and one judgement marked as furthest.
    const live = pairwiseWeights(3, [
      { a: 0, b: 1, ratio: 3 },
      { a: 0, b: 2, ratio: 0.2 },
      { a: 1, b: 2, ratio: 2 },
    ]);
    expect(live.cr).toBeGreaterThan(0.1);
    expect(words).toContain(`λmax ${live.lambdaMax.toFixed(3)} · CI ${live.ci.toFixed(3)}`);
    expect(words).toContain(`Not consistent: CR ${live.cr.toFixed(2)} is above 0.10.`);
    expect(words.match(/Furthest from the weights: judged/g)).toHaveLength(1);
    expect(words).toContain(
      `judged ${['3', '1/5', '2'][live.mostInconsistent?.index ?? -1]}, the weights say ${live.mostInconsistent?.implied.toFixed(2)}`,
    );
  });

  it('says consistent when the engine did not flag the pairs', () => {
    const words = text(
      render(
        <WeightsView
          {...editing}
          tc={tc}
          language="en"
          weights={pairs}
          consistency={{ cr: 0.04, inconsistent: false }}
        />,
      ),
    );
    expect(words).toContain('Consistent: CR 0.04 is at most 0.10.');
  });

  it('names given weights as given, with no consistency figures', () => {
    const given: WeightsSummary = {
      ...pairs,
      source: 'given',
      lambdaMax: null,
      ci: null,
      mostInconsistent: null,
      judgements: [],
    };
    const words = text(
      render(<WeightsView {...editing} tc={tc} language="en" weights={given} consistency={null} />),
    );
    expect(words).toContain('As given in the Criteria table');
    // No figures of the run's own; the editor below starts every pair at equal (CR 0).
    expect(words).not.toContain('λmax 3.200');
    expect(words).toContain('Value and Risk are equally important. Ratio 1');
    expect(words).toContain('Consistent: CR 0.00 is at most 0.10.');
  });
});

describe('IfWeLeftView', () => {
  const exits = [
    { municipality: 'Bengtsfors', paysNow: 582803.92, paysAlone: 830000, othersChange: 252803.92 },
    { municipality: 'Åmål', paysNow: 800000, paysAlone: 700000, othersChange: -12000 },
  ];
  const breaches = [
    {
      item: 'Raindance',
      message: 'The group Bengtsfors, Åmål pays too much.',
      participants: ['Bengtsfors', 'Åmål'],
    },
    {
      item: 'Visma',
      message: 'The group Dals-Ed, Åmål pays too much.',
      participants: ['Dals-Ed', 'Åmål'],
    },
  ];

  it('shows the first municipality’s three figures and the breaches in the items it takes part in', () => {
    const words = text(
      render(
        <IfWeLeftView tc={tc} language="en" currency="SEK" exits={exits} breaches={breaches} />,
      ),
    );
    expect(words).toContain('Pays now 582,804 SEK');
    expect(words).toContain('Would pay alone 830,000 SEK');
    expect(words).toContain('The others would pay more 252,804 SEK');
    expect(words).toContain('The group Bengtsfors, Åmål pays too much.');
    expect(words).not.toContain('Dals-Ed, Åmål');
  });

  it('says when no group in its items pays more than alone', () => {
    const words = text(
      render(
        <IfWeLeftView
          tc={tc}
          language="en"
          currency="SEK"
          exits={exits}
          breaches={breaches.slice(1)}
        />,
      ),
    );
    expect(words).toContain(
      'No group in the items Bengtsfors takes part in pays more than it would alone.',
    );
  });

  it('says the others would pay less when leaving lowers their bill', () => {
    const words = text(
      render(
        <IfWeLeftView
          tc={tc}
          language="en"
          currency="SEK"
          exits={exits.slice(1)}
          breaches={breaches}
        />,
      ),
    );
    expect(words).toContain('The others would pay less 12,000 SEK');
    expect(words).toContain('The group Dals-Ed, Åmål pays too much.');
  });

  it('shows nothing without coalition costs', () => {
    expect(
      bare(<IfWeLeftView tc={tc} language="en" currency="SEK" exits={[]} breaches={[]} />),
    ).toBe('');
  });
});
