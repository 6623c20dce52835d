/**
 * The Settings table as the pane's form sees it: the contract's settings by name, each as the
 * text the user edits. Parsing and checking stay with the engine, which reports bad values with
 * their cell on the next run.
 */
import { isLanguage, type Language } from '../../i18n/language';
import { SETTING_NAMES, type SettingName } from '../../engine/settingNames';
import type { CellValue } from '../../engine/table';

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

/** The form's values from the workbook's settings, matching names case-insensitively. */
export function settingsForm(values: ReadonlyMap<string, CellValue>): SettingsForm {
  const byName = new Map([...values].map(([name, value]) => [name.trim().toLowerCase(), value]));
  return Object.fromEntries(
    SETTING_NAMES.map((name) => [name, asText(byName.get(name.toLowerCase()))]),
  ) as Record<SettingName, string>;
}

/**
 * What to write back: plain decimal numbers as numbers (so Excel keeps them numeric), anything
 * else as the text typed (`1 234,50`, `4 %` are the engine's to read), blank as blank.
 */
export function settingsValues(form: SettingsForm): ReadonlyMap<SettingName, string | number> {
  return new Map(
    SETTING_NAMES.map((name) => {
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
