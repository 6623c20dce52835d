/**
 * Starting a workbook: empty input tables with the contract's headers in the user's language,
 * or the Knutepunkt Sørlandet sample (which also fills tables still empty). Sheets with data are
 * never overwritten, and the report says which were left alone and why.
 */
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { BeakerRegular, TableAddRegular } from '@fluentui/react-icons';
import { Fragment, useEffect, useRef } from 'react';
import { INPUT_TABLE_NAMES } from '../../engine/table';
import type { Language } from '../../i18n/language';
import { TEMPLATE_TEXT } from '../../i18n/template';
import type { Translate } from '../../i18n/ui';
import type { TablesState } from '../state';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  button: { alignSelf: 'flex-start' },
});

export interface TablesViewProps {
  readonly t: Translate;
  readonly tables: TablesState;
  readonly onCreateInputTables: () => void;
  readonly onInsertSample: () => void;
  /** Focus *Create input tables* (the user was led here from an empty workbook's run). */
  readonly focusCreate: boolean;
  readonly language: Language;
}

export function TablesView(props: TablesViewProps): JSX.Element {
  const { t, tables, onCreateInputTables, onInsertSample, focusCreate, language } = props;
  // The sheets Create input tables makes, named as it names them in this language.
  const sheets = INPUT_TABLE_NAMES.map((table) => TEMPLATE_TEXT[language][`sheet.${table}`]);
  const styles = useStyles();
  const create = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusCreate) create.current?.focus();
  }, [focusCreate]);
  const report = tables.report;
  return (
    <div className={styles.view}>
      <section className={styles.section} aria-labelledby="samkost-create">
        <Subtitle1 as="h2" id="samkost-create" className={styles.heading}>
          {t('tables.createHeading')}
        </Subtitle1>
        <Body1>{t('tables.createIntro', { sheets: sheets.join(', ') })}</Body1>
        <Button
          ref={create}
          appearance="primary"
          className={styles.button}
          icon={<TableAddRegular />}
          disabled={tables.busy !== null}
          onClick={onCreateInputTables}
        >
          {t('tables.createButton')}
        </Button>
      </section>
      <section className={styles.section} aria-labelledby="samkost-sample">
        <Subtitle1 as="h2" id="samkost-sample" className={styles.heading}>
          {t('tables.sampleHeading')}
        </Subtitle1>
        <Body1>{t('tables.sampleIntro')}</Body1>
        <Button
          className={styles.button}
          icon={<BeakerRegular />}
          disabled={tables.busy !== null}
          onClick={onInsertSample}
        >
          {t('tables.sampleButton')}
        </Button>
      </section>
      {report && (
        <MessageBar intent={report.created.length > 0 ? 'success' : 'info'} layout="multiline">
          <MessageBarBody>
            {report.created.length > 0
              ? t('tables.created', { tables: report.created.join(', ') })
              : t('tables.noneCreated')}
            {report.skipped.length > 0 && (
              <> {t('tables.skipped', { tables: report.skipped.join(', ') })}</>
            )}
            {report.blocked.map((blocked) => (
              <Fragment key={blocked.sheet}>
                {' '}
                {blocked.reason === 'columns'
                  ? t('tables.blocked.columns', { sheet: blocked.sheet, columns: blocked.detail })
                  : t('tables.blocked.cells', { sheet: blocked.sheet, range: blocked.detail })}
              </Fragment>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
