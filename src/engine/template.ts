/**
 * The empty input workbook (`samkost template`): an instructions sheet, then every contract
 * input table with its headers in the user's language, the contract's default settings filled
 * in, and drop-down lists where a column takes one of a few words. Pure: the caller writes it.
 */
import type { Language } from '../i18n/language';
import { TEMPLATE_TEXT } from '../i18n/template';
import { SETTING_NAMES, type SettingName } from './settingNames';
import { PREFERRED_HEADERS } from './parse/headers';
import {
  INPUT_TABLE_NAMES,
  type ColumnFormat,
  type InputTableName,
  type OutputValue,
  type TableSheet,
} from './table';

/** The instructions sheet's table name: not an input, so Samkost never reads it. */
export const INSTRUCTIONS_TABLE = 'SamkostInstructions';

/** Number formats of the columns that hold numbers or dates; every other column is text. */
const FORMATS: Readonly<Partial<Record<InputTableName, Readonly<Record<string, ColumnFormat>>>>> = {
  Municipalities: { Population: 'integer', PCs: 'integer', Budget: 'currency' },
  Costs: { Amount: 'currency', Year: 'year' },
  Systems: { LicenceCost: 'currency', ContractExpiry: 'date', CooperationLevel: 'integer' },
  Proposals: {
    OneOffCost: 'currency',
    AnnualCost: 'currency',
    AnnualBenefit: 'currency',
    Lifetime: 'integer',
    EarliestYear: 'year',
  },
  Criteria: { Weight: 'decimal' },
  Budget: { Year: 'year', Investment: 'currency', Operating: 'currency' },
  StandAlone: { Cost: 'currency' },
  CoalitionCosts: { Cost: 'currency' },
};

/**
 * The contract's defaults (§2) as a user would type them. PlanningYear and Language are left
 * blank: their defaults (the current year, the user's Office language) are "whatever is now";
 * Language is filled only when the user chose the template's language (`template --lang`).
 * Currency follows the template's language (NOK, SEK, EUR): the contract's NOK default stands
 * for the Norwegian and English templates.
 */
const SETTING_VALUES: Readonly<Record<Exclude<SettingName, 'Currency'>, OutputValue>> = {
  RoundTo: 0.01,
  DiscountRate: '4 %',
  PlanningYear: null,
  ContractWarningMonths: 12,
  DisagreementThreshold: 1,
  ScoreMax: 5,
  Language: null,
  Sensitivity: '20 %',
};

/** The words a drop-down offers (the parser accepts these and more). */
const LIST_COLUMNS: Readonly<Record<string, (language: Language) => string[]>> = {
  Kind: (language) => [
    TEMPLATE_TEXT[language]['value.annual'],
    TEMPLATE_TEXT[language]['value.oneOff'],
  ],
  CostBenefit: (language) => [
    TEMPLATE_TEXT[language]['value.yes'],
    TEMPLATE_TEXT[language]['value.no'],
  ],
  Mandatory: (language) => [
    TEMPLATE_TEXT[language]['value.yes'],
    TEMPLATE_TEXT[language]['value.no'],
  ],
  Excluded: (language) => [
    TEMPLATE_TEXT[language]['value.yes'],
    TEMPLATE_TEXT[language]['value.no'],
  ],
};

/** What the template may be asked for besides its language. */
export interface TemplateOptions {
  /** Write the template's language into Settings.Language (else blank: Office's language). */
  readonly pinLanguage?: boolean;
}

/** Settings: one row per setting, its default, and what it means (an extra column, ignored). */
function settingRows(language: Language, options: TemplateOptions): OutputValue[][] {
  const text = TEMPLATE_TEXT[language];
  const value = (setting: SettingName): OutputValue => {
    if (setting === 'Currency') return text['value.currency'];
    if (setting === 'Language' && options.pinLanguage) return language;
    return SETTING_VALUES[setting];
  };
  return SETTING_NAMES.map((setting) => [
    text[`setting.${setting}`],
    value(setting),
    text[`about.${setting}`],
  ]);
}

function instructions(language: Language): TableSheet {
  const text = TEMPLATE_TEXT[language];
  return {
    tableName: INSTRUCTIONS_TABLE,
    sheetName: text['sheet.Instructions'],
    headers: [text['instructions.header']],
    formats: ['text'],
    rows: text['instructions.text'].split('\n').map((line) => [line]),
  };
}

/** The number formats of an input table's contract columns, in the contract's order. */
export function inputFormats(table: InputTableName): ColumnFormat[] {
  const formats = FORMATS[table] ?? {};
  return Object.keys(PREFERRED_HEADERS[table]).map((column) => formats[column] ?? 'text');
}

/** One input table, empty (Settings: its defaults), headed in `language`. */
function inputSheet(
  table: InputTableName,
  language: Language,
  options: TemplateOptions,
): TableSheet {
  // The contract's columns in its order; Scores gets one more per criterion from the user.
  const columns = Object.keys(PREFERRED_HEADERS[table]);
  const settings = table === 'Settings';
  return {
    tableName: table,
    sheetName: TEMPLATE_TEXT[language][`sheet.${table}`],
    headers: [
      ...columns.map((column) => PREFERRED_HEADERS[table][column]?.[language] ?? column),
      ...(settings ? [TEMPLATE_TEXT[language]['settings.description']] : []),
    ],
    formats: [...inputFormats(table), ...(settings ? ['text' as const] : [])],
    rows: settings ? settingRows(language, options) : [],
    validations: columns.flatMap((column, index) => {
      const words = LIST_COLUMNS[column];
      return words ? [{ column: index, list: words(language) }] : [];
    }),
  };
}

/**
 * The input template in `language`: the instructions, then one table per input sheet in the
 * contract's order, Settings with its defaults (and Language, when `pinLanguage`).
 */
export function inputTemplate(language: Language, options: TemplateOptions = {}): TableSheet[] {
  return [
    instructions(language),
    ...INPUT_TABLE_NAMES.map((table) => inputSheet(table, language, options)),
  ];
}
