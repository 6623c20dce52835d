/**
 * The Settings table as a form. Values are written as typed, and only those the user changed; the
 * engine checks them on the next run and points at the cell when one is wrong.
 */
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowSyncRegular, SaveRegular } from '@fluentui/react-icons';
import type { FormEvent } from 'react';
import { LANGUAGES, type Language } from '../../i18n/language';
import { TEMPLATE_TEXT } from '../../i18n/template';
import type { Translate, UiKey } from '../../i18n/ui';
import { SETTING_NAMES, type SettingName } from '../services/settings';
import type { SettingsState } from '../state';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const HINTS: Readonly<Record<SettingName, UiKey>> = {
  Currency: 'settings.hint.Currency',
  RoundTo: 'settings.hint.RoundTo',
  DiscountRate: 'settings.hint.DiscountRate',
  PlanningYear: 'settings.hint.PlanningYear',
  ContractWarningMonths: 'settings.hint.ContractWarningMonths',
  DisagreementThreshold: 'settings.hint.DisagreementThreshold',
  ScoreMax: 'settings.hint.ScoreMax',
  Language: 'settings.hint.Language',
  Sensitivity: 'settings.hint.Sensitivity',
};

const LANGUAGE_NAMES: Readonly<Record<(typeof LANGUAGES)[number], UiKey>> = {
  nb: 'language.nb',
  sv: 'language.sv',
  en: 'language.en',
  es: 'language.es',
};

export interface SettingsViewProps {
  readonly t: Translate;
  readonly language: Language;
  readonly settings: SettingsState;
  readonly onEdit: (name: SettingName, value: string) => void;
  readonly onSave: () => void;
  readonly onReload: () => void;
}

export function SettingsView(props: SettingsViewProps): JSX.Element {
  const { t, language, settings, onEdit, onSave, onReload } = props;
  const styles = useStyles();
  const busy = settings.status === 'loading' || settings.status === 'saving';
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSave();
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="samkost-settings">
      <Subtitle1 as="h2" id="samkost-settings" className={styles.heading}>
        {t('settings.heading')}
      </Subtitle1>
      <Body1>{t('settings.intro')}</Body1>
      {settings.status === 'loading' && <Spinner size="tiny" label={t('settings.loading')} />}
      {SETTING_NAMES.map((name) => (
        // Each setting under the name a workbook in this language gives it (Samkost reads them all).
        <Field key={name} label={TEMPLATE_TEXT[language][`setting.${name}`]} hint={t(HINTS[name])}>
          {name === 'Language' ? (
            <Select
              value={settings.form.Language}
              disabled={busy}
              onChange={(_, data) => onEdit(name, data.value)}
            >
              <option value="">{t('settings.officeLanguage')}</option>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {t(LANGUAGE_NAMES[code])}
                </option>
              ))}
            </Select>
          ) : (
            <Input
              value={settings.form[name]}
              disabled={busy}
              onChange={(_, data) => onEdit(name, data.value)}
            />
          )}
        </Field>
      ))}
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" icon={<SaveRegular />} disabled={busy}>
          {t('settings.save')}
        </Button>
        <Button icon={<ArrowSyncRegular />} disabled={busy} onClick={onReload}>
          {t('settings.reload')}
        </Button>
      </div>
      {settings.status === 'saved' && (
        <MessageBar intent="success">
          <MessageBarBody>{t('settings.saved')}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
