/**
 * The pane's frame: title, the one error message, the tabs and the open view. State lives in a
 * reducer here; the views get what they show and the actions they may take as props.
 */
import { Spinner, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Language } from '../../i18n/language';
import { explainEntryText } from '../../i18n/explainEntry';
import { TAB_TEXT } from '../../i18n/tabs';
import { uiText } from '../../i18n/ui';
import { paneActions } from '../actions';
import type { SamkostService } from '../services/samkostService';
import { initialState, paneReducer, type TabId } from '../state';
import { ErrorBar } from './ErrorBar';
import { useOpenShare } from './Explainable';
import { viewActions } from '../viewActions';
import { PaneTabs, tabId } from './PaneTabs';
import { RunAnnouncer } from './RunAnnouncer';
import { RunView } from './RunView';

// Every tab but Run loads when first opened: the pane's first load carries only what Run needs
// (the bench holds it to 200 KB gzip).
const loadViews = (): Promise<typeof import('./MunicipalitiesView')> =>
  import('./MunicipalitiesView');
const MunicipalitiesView = lazy(() => loadViews().then((m) => ({ default: m.MunicipalitiesView })));
const CouncilTab = lazy(() => loadViews().then((m) => ({ default: m.CouncilTab })));
const ScoreTab = lazy(() => loadViews().then((m) => ({ default: m.ScoreTab })));
const TablesView = lazy(() => import('./TablesView').then((m) => ({ default: m.TablesView })));
const SettingsView = lazy(() =>
  import('./SettingsView').then((m) => ({ default: m.SettingsView })),
);
const HelpView = lazy(() => import('./HelpView').then((m) => ({ default: m.HelpView })));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: '100%',
    boxSizing: 'border-box',
  },
  title: { margin: 0 },
  // Seven tabs do not fit a narrow pane in one row: they wrap rather than run off its edge.
  tabs: { flexWrap: 'wrap' },
});

export interface AppProps {
  readonly service: SamkostService;
  readonly officeLanguage: Language;
}

export function App({ service, officeLanguage }: AppProps): JSX.Element {
  const styles = useStyles();
  const [state, dispatch] = useReducer(paneReducer, officeLanguage, initialState);
  const current = useRef(state);
  current.current = state;
  const actions = useMemo(
    () => paneActions(service, dispatch, () => current.current, officeLanguage),
    [service, officeLanguage],
  );
  const views = useMemo(() => viewActions(service), [service]);
  // The workbook's Settings.Language wins over Office's: read it when the pane opens.
  useEffect(() => {
    void actions.loadSettings();
  }, [actions]);

  // The pane follows Excel's selection: a cell of the Allocation table the last run wrote opens
  // that share's explanation in the results, said aloud in the live region.
  const openShare = useOpenShare();
  const [heard, setHeard] = useState('');
  useEffect(() => {
    if (!openShare) return undefined;
    return service.followSelection((share) => {
      const { run, language } = current.current;
      if (run.status !== 'done') return;
      actions.selectTab('run');
      openShare(share);
      const { item, municipality } = share;
      setHeard(explainEntryText(language)('pane.fromCell', { item, municipality }));
    });
  }, [service, actions, openShare]);
  // A run's progress is what the live region says next.
  useEffect(() => setHeard(''), [state.run]);

  // Set when the empty-workbook message leads to Tables; any other tab change clears it.
  const [leadToCreate, setLeadToCreate] = useState(false);
  const t = uiText(state.language);
  const labels: Record<TabId, string> = {
    run: t('tab.run'),
    municipalities: TAB_TEXT[state.language]['tab.municipalities'],
    council: TAB_TEXT[state.language]['tab.council'],
    score: TAB_TEXT[state.language]['tab.score'],
    tables: t('tab.tables'),
    settings: t('tab.settings'),
    help: t('tab.help'),
  };

  return (
    <main className={styles.root} lang={state.language} aria-labelledby="samkost-title">
      <Title2 as="h1" id="samkost-title" className={styles.title}>
        {t('app.title')}
      </Title2>
      {state.error && <ErrorBar t={t} message={t(state.error)} onDismiss={actions.dismissError} />}
      <RunAnnouncer t={t} run={state.run} heard={heard} />
      <PaneTabs
        t={t}
        tab={state.tab}
        labels={labels}
        onSelect={(tab) => {
          setLeadToCreate(false);
          actions.selectTab(tab);
        }}
      />
      <section role="tabpanel" id={`${tabId(state.tab)}-panel`} aria-labelledby={tabId(state.tab)}>
        {state.tab === 'run' && (
          <RunView
            t={t}
            language={state.language}
            run={state.run}
            onRun={actions.run}
            onSelectCell={actions.selectCell}
            staleSheets={state.staleSheets}
            sheetNames={state.sheetNames}
            onLeadToTables={() => {
              setLeadToCreate(true);
              actions.selectTab('tables');
            }}
          />
        )}
        <Suspense fallback={<Spinner size="tiny" label={t('app.loading')} />}>
          {state.tab === 'municipalities' && (
            <MunicipalitiesView t={t} language={state.language} run={state.run} actions={views} />
          )}
          {state.tab === 'council' && (
            <CouncilTab t={t} language={state.language} run={state.run} actions={views} />
          )}
          {state.tab === 'score' && (
            <ScoreTab t={t} language={state.language} run={state.run} actions={views} />
          )}
          {state.tab === 'tables' && (
            <TablesView
              t={t}
              tables={state.tables}
              onCreateInputTables={actions.createInputTables}
              onInsertSample={actions.insertSample}
              focusCreate={leadToCreate}
              language={state.language}
            />
          )}
          {state.tab === 'settings' && (
            <SettingsView
              t={t}
              language={state.language}
              settings={state.settings}
              onEdit={actions.editSetting}
              onSave={actions.saveSettings}
              onReload={actions.loadSettings}
            />
          )}
          {state.tab === 'help' && (
            <HelpView t={t} language={state.language} sheetNames={state.sheetNames} />
          )}
        </Suspense>
      </section>
    </main>
  );
}
