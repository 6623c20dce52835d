/**
 * What Samkost does and which tables it reads and writes, in the user's language, each table
 * under the name of the sheet it is on (as the workbook has it, else as Samkost would make it),
 * with its Excel table name beside it where that differs: that is the name Samkost looks for.
 */
import { Body1, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { INPUT_TABLE_NAMES, OUTPUT_TABLE_NAMES } from '../../engine/table';
import type { Language } from '../../i18n/language';
import type { Translate, UiKey } from '../../i18n/ui';
import type { ContractTable, SheetNames } from '../services/samkostService';
import { shownName } from '../tableNames';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  name: { fontWeight: tokens.fontWeightSemibold },
});

export interface HelpViewProps {
  readonly t: Translate;
  readonly language: Language;
  readonly sheetNames: SheetNames;
}

export function HelpView({ t, language, sheetNames }: HelpViewProps): JSX.Element {
  const styles = useStyles();
  const entry = (table: ContractTable, description: UiKey): JSX.Element => {
    const name = shownName(table, language, sheetNames);
    return (
      <li key={table}>
        <span className={styles.name}>{name.sheet}</span>
        {name.table !== null && ` (${name.table})`}: {t(description)}
      </li>
    );
  };
  return (
    <div className={styles.view}>
      <Subtitle1 as="h2" className={styles.heading}>
        {t('help.heading')}
      </Subtitle1>
      <Body1>{t('help.what')}</Body1>
      <Body1>{t('help.how')}</Body1>
      <Subtitle2 as="h3" className={styles.heading}>
        {t('help.inputs')}
      </Subtitle2>
      <ul className={styles.list}>
        {INPUT_TABLE_NAMES.map((table) => entry(table, `help.input.${table}`))}
      </ul>
      <Subtitle2 as="h3" className={styles.heading}>
        {t('help.outputs')}
      </Subtitle2>
      <ul className={styles.list}>
        {OUTPUT_TABLE_NAMES.map((table) => entry(table, `help.output.${table}`))}
      </ul>
      <Body1>{t('help.readme')}</Body1>
    </div>
  );
}
