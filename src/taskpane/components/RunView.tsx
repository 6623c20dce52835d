/**
 * The Run view: the button, the run's progress by stage, then either the input's problems (and
 * nothing written) or the results summary, which loads its code only when there are results.
 */
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PlayRegular, TableAddRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Language } from '../../i18n/language';
import { noticeMessage } from '../../i18n/notices';
import type { Translate } from '../../i18n/ui';
import type { SheetNames } from '../services/samkostService';
import { contractTable, shownName, shownText } from '../tableNames';
import type { RunState } from '../state';
import { ProblemList } from './ProblemList';
import { STEP_TEXT, STEPS } from './runSteps';

const ResultsView = lazy(() => import(/* webpackChunkName: "results" */ './ResultsView'));

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  run: { alignSelf: 'flex-start' },
});

export interface RunViewProps {
  readonly t: Translate;
  readonly language: Language;
  readonly run: RunState;
  readonly onRun: () => void;
  readonly onSelectCell: (address: string) => void;
  /** Sheets still holding an earlier run's results after this run wrote nothing. */
  readonly staleSheets: readonly string[];
  /** Lead to *Create input tables* (offered when the workbook has no input tables). */
  readonly onLeadToTables: () => void;
  readonly sheetNames: SheetNames;
}

export function RunView(props: RunViewProps): JSX.Element {
  const { t, language, run, onRun, onSelectCell, staleSheets, onLeadToTables, sheetNames } = props;
  // A problem about a whole table (`Costs[Amount]`) is headed by its sheet, as the user sees it.
  const nameOf = (group: string): string => {
    const table = contractTable(group);
    return table ? shownText(shownName(table, language, sheetNames)) : group;
  };
  const styles = useStyles();
  const running = run.status === 'running';
  // After a run the user started here, focus goes to what it found: the results, or the first
  // problem (its cell's button; the summary when no problem has a cell to go to).
  const view = useRef<HTMLDivElement>(null);
  const previous = useRef(run.status);
  const [focusResults, setFocusResults] = useState(false);
  useEffect(() => {
    const finished = previous.current === 'running';
    previous.current = run.status;
    if (!finished) return;
    if (run.status === 'done') setFocusResults(true);
    if (run.status === 'problems') {
      const root = view.current;
      const target =
        root?.querySelector<HTMLElement>('li button') ??
        root?.querySelector<HTMLElement>('#samkost-problems');
      target?.focus();
    }
  }, [run.status]);
  const noInput =
    run.status === 'problems' && run.problems.some((problem) => problem.code === 'MISSING_TABLE');
  return (
    <div className={styles.view} ref={view}>
      <Subtitle1 as="h2" className={styles.heading}>
        {t('run.heading')}
      </Subtitle1>
      <Body1>{t('run.intro')}</Body1>
      <Button
        appearance="primary"
        className={styles.run}
        icon={<PlayRegular />}
        disabled={running}
        onClick={onRun}
      >
        {running ? t('run.running') : t('run.button')}
      </Button>
      {run.status === 'running' && (
        <Field
          label={t('run.progress')}
          validationState="none"
          validationMessage={t(STEP_TEXT[run.step])}
        >
          <ProgressBar
            value={(STEPS.indexOf(run.step) + 1) / STEPS.length}
            aria-valuetext={t(STEP_TEXT[run.step])}
          />
        </Field>
      )}
      {staleSheets.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('run.stale', { sheets: staleSheets.join(', ') })}</MessageBarBody>
        </MessageBar>
      )}
      {noInput && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('run.emptyWorkbook')}</MessageBarBody>
          <MessageBarActions>
            <Button icon={<TableAddRegular />} onClick={onLeadToTables}>
              {t('tables.createButton')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {run.status === 'problems' && (
        <>
          <MessageBar intent="warning" layout="multiline" id="samkost-problems" tabIndex={-1}>
            <MessageBarBody>{t('run.problems', { count: run.problems.length })}</MessageBarBody>
          </MessageBar>
          <ProblemList t={t} problems={run.problems} onSelectCell={onSelectCell} nameOf={nameOf} />
        </>
      )}
      {run.status === 'done' && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t('run.done', { count: run.sheets.length, sheets: run.sheets.join(', ') })}
            </MessageBarBody>
          </MessageBar>
          {run.notices.map((notice) => (
            <MessageBar key={notice.output} intent="info" layout="multiline">
              <MessageBarBody>{noticeMessage(notice, language)}</MessageBarBody>
            </MessageBar>
          ))}
          <Suspense fallback={<Spinner size="small" label={t('run.loadingResults')} />}>
            <ResultsView
              t={t}
              language={language}
              summary={run.summary}
              flags={run.flags}
              onSelectCell={onSelectCell}
              focusOnShow={focusResults}
            />
          </Suspense>
        </>
      )}
    </div>
  );
}
