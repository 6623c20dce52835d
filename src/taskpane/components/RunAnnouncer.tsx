/**
 * A live region for screen readers: each step of a run as it starts, then the outcome (done and
 * what was written, or how many problems were found), and what the pane opened on its own (the
 * explanation of a cell selected in Excel). Always in the page, whichever view is open, so a run
 * is heard even from another tab. Errors announce themselves (an alert).
 */
import { makeStyles } from '@fluentui/react-components';
import type { Translate } from '../../i18n/ui';
import type { RunState } from '../state';
import { STEP_TEXT } from './runSteps';

const useStyles = makeStyles({
  // Visually hidden, still read: the sighted user sees the progress bar and message bars.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

export function announcement(t: Translate, run: RunState): string {
  switch (run.status) {
    case 'idle':
      return '';
    case 'running':
      return t(STEP_TEXT[run.step]);
    case 'problems':
      return t('run.problems', { count: run.problems.length });
    case 'done':
      return t('run.done', { count: run.sheets.length, sheets: run.sheets.join(', ') });
  }
}

export function RunAnnouncer(props: {
  t: Translate;
  run: RunState;
  /** Said instead of the run's outcome, until the run changes ('' for none). */
  heard?: string;
}): JSX.Element {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden}>
      {props.heard || announcement(props.t, props.run)}
    </div>
  );
}
