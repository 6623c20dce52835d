/** The municipalities' and the council's tabs, on the last run's results. */
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { choicesText } from '../../i18n/choices';
import { viewText } from '../../i18n/council';
import type { Language } from '../../i18n/language';
import type { Translate } from '../../i18n/ui';
import type { RunState } from '../state';
import type { ViewActions } from '../viewActions';
import { CouncilPanel } from './CouncilPanel';
import { FrontierChart } from './FrontierChart';
import { IfWeLeftView } from './IfWeLeftView';
import { ScoreView } from './ScoreView';
import { SplitsView } from './SplitsView';
import { WeightsView } from './WeightsView';
import { WhatIfView } from './WhatIfView';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
});

export interface MunicipalitiesViewProps {
  readonly t: Translate;
  readonly language: Language;
  readonly run: RunState;
  readonly actions: ViewActions;
}

export function MunicipalitiesView(props: MunicipalitiesViewProps): JSX.Element {
  const { t, language, run, actions } = props;
  const styles = useStyles();
  const tv = viewText(language);
  if (run.status !== 'done') return <Body1>{tv('needsRun')}</Body1>;
  return (
    <div className={styles.view}>
      <SplitsView tv={tv} language={language} view={run.views.splitView} />
      <WhatIfView t={t} tv={tv} language={language} view={run.views.splitView} actions={actions} />
      <IfWeLeftView
        tc={choicesText(language)}
        language={language}
        currency={run.summary.currency}
        exits={run.summary.exitAnalysis ?? []}
        breaches={run.summary.coreBreaches ?? []}
      />
    </div>
  );
}

export function CouncilTab({ t, language, run, actions }: MunicipalitiesViewProps): JSX.Element {
  const styles = useStyles();
  const tv = viewText(language);
  if (run.status !== 'done') return <Body1>{tv('needsRun')}</Body1>;
  const tc = choicesText(language);
  const { summary } = run;
  return (
    <div className={styles.view}>
      <CouncilPanel tv={tv} language={language} view={run.views.councilView} />
      <FrontierChart
        tc={tc}
        language={language}
        currency={summary.currency}
        frontier={summary.frontier ?? []}
      />
      {summary.weights && (
        <WeightsView
          t={t}
          tc={tc}
          language={language}
          weights={summary.weights}
          consistency={summary.consistency ?? null}
          actions={actions}
        />
      )}
    </div>
  );
}

export function ScoreTab(props: MunicipalitiesViewProps): JSX.Element {
  const { t, language, run, actions } = props;
  const tv = viewText(language);
  if (run.status !== 'done') return <Body1>{tv('needsRun')}</Body1>;
  return (
    <ScoreView t={t} tv={tv} language={language} view={run.views.councilView} actions={actions} />
  );
}
