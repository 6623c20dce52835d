/** The results' totals open an explanation only where the pane provides one. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { RunResult, RunSummary } from '../../src/engine/result';
import { uiText } from '../../src/i18n/ui';
import { ExplainProvider } from '../../src/taskpane/components/Explainable';
import ResultsView from '../../src/taskpane/components/ResultsView';
import { SUCCESS } from './fakes';

const render = (element: ReactElement): string =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

function summaryOf(result: RunResult): RunSummary {
  if (!result.ok) throw new Error('the fake run has no results');
  return result.summary;
}

const results = (): ReactElement => (
  <ResultsView
    t={uiText('nb')}
    language="nb"
    summary={summaryOf(SUCCESS)}
    flags={[]}
    onSelectCell={() => undefined}
  />
);

describe('a municipality’s total', () => {
  it('is a button that says whose payment it explains, in the pane', () => {
    const html = render(<ExplainProvider explain={async () => null}>{results()}</ExplainProvider>);
    expect(html).toMatch(
      /<button[^>]*aria-label="150: forklar hva Arendal betaler"[^>]*>150<\/button>/,
    );
  });

  it('stays plain text where nothing can explain it', () => {
    expect(render(results())).not.toContain('forklar hva');
  });
});
