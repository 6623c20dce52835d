/** What Samkost does and which tables it reads and writes, in the user's language. */
import { Body1, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { INPUT_TABLE_NAMES, OUTPUT_TABLE_NAMES } from '../../engine/table';
import type { Translate, UiKey } from '../../i18n/ui';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

export interface HelpViewProps {
  readonly t: Translate;
}

export function HelpView({ t }: HelpViewProps): JSX.Element {
  const styles = useStyles();
  const entry = (name: string, description: UiKey): JSX.Element => (
    <li key={name}>
      <span className={styles.code}>{name}</span>: {t(description)}
    </li>
  );
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
        {INPUT_TABLE_NAMES.map((name) => entry(name, `help.input.${name}`))}
      </ul>
      <Subtitle2 as="h3" className={styles.heading}>
        {t('help.outputs')}
      </Subtitle2>
      <ul className={styles.list}>
        {OUTPUT_TABLE_NAMES.map((name) => entry(name, `help.output.${name}`))}
      </ul>
      <Body1>{t('help.readme')}</Body1>
    </div>
  );
}
