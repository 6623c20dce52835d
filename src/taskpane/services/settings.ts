/**
 * The Settings table as the pane's form sees it: the contract's settings by name, each as the
 * text the user edits. Parsing and checking stay with the engine, which reports bad values with
 * their cell on the next run.
 */
import { isLanguage, type Language } from '../../i18n/language';
import { languageWord } from '../../engine/parse/words';
import { SETTING_NAMES, type SettingName } from '../../engine/settingNames';
import type { CellValue } from '../../engine/table';
import type { SettingValue } from '../../workbook/excel/settings';

// The engine's list: the form shows exactly the settings the engine reads.
export { SETTING_NAMES, type SettingName };

export type SettingsForm = Readonly<Record<SettingName, string>>;

export const EMPTY_SETTINGS: SettingsForm = Object.fromEntries(
  SETTING_NAMES.map((name) => [name, '']),
) as Record<SettingName, string>;

const asText = (value: CellValue | undefined): string => {
  if (value === null || value === undefined || typeof value === 'object') return '';
  return String(value);
};

/**
 * The form's values from the workbook's settings (already matched to the setting they name). A
 * Language written as a word (`norsk`, `Svenska`) shows as its code, so the list can select it.
 */
export function settingsForm(values: ReadonlyMap<SettingName, CellValue>): SettingsForm {
  return Object.fromEntries(
    SETTING_NAMES.map((name) => {
      const text = asText(values.get(name));
      return [name, name === 'Language' ? (languageWord(text) ?? text) : text];
    }),
  ) as Record<SettingName, string>;
}

/**
 * What to write back: only the settings the user changed since the form was read. Plain decimal
 * numbers as numbers (so Excel keeps them numeric), anything else as the text typed (`1 234,50`,
 * `4 %` are the engine's to read), blank as blank.
 */
export function settingsChanges(
  form: SettingsForm,
  loaded: SettingsForm,
): ReadonlyMap<SettingName, SettingValue> {
  return new Map(
    SETTING_NAMES.filter((name) => form[name].trim() !== loaded[name].trim()).map((name) => {
      const text = form[name].trim();
      return [name, /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text];
    }),
  );
}

/** The workbook's chosen language, when its Settings name one. */
export function settingsLanguage(form: SettingsForm): Language | null {
  const code = form.Language.trim().toLowerCase();
  return isLanguage(code) ? code : null;
}
