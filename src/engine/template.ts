/**
 * The empty input workbook (`samkost template`): an instructions sheet, then every contract
 * input table with its headers in the user's language, the contract's default settings filled
 * in, and drop-down lists where a column takes one of a few words. Pure: the caller writes it.
 */
import type { Language } from '../i18n/language';
import { TEMPLATE_SETTINGS, TEMPLATE_TEXT, type TemplateSetting } from '../i18n/template';
import type { ColumnFormat, InputTableName, OutputValue, TableSheet } from './table';

/** The instructions sheet's table name: not an input, so Samkost never reads it. */
export const INSTRUCTIONS_TABLE = 'SamkostInstructions';

/** A column: its header in en (the canonical name), nb, sv, es, and how it is formatted. */
type Column = readonly [en: string, nb: string, sv: string, es: string, format: ColumnFormat];

const PARTICIPANTS: Column = ['Participants', 'Deltakere', 'Deltagare', 'Participantes', 'text'];
const KEY: Column = ['Key', 'Nøkkel', 'Nyckel', 'Clave', 'text'];
const OWNER: Column = ['Owner', 'Systemeier', 'Systemägare', 'Propietario', 'text'];
const ITEM: Column = ['Item', 'Post', 'Kostnadspost', 'Partida', 'text'];
const MUNICIPALITY: Column = ['Municipality', 'Kommune', 'Kommun', 'Municipio', 'text'];
const YEAR: Column = ['Year', 'År', 'År', 'Año', 'year'];

/** Every input table, in the order a user fills them in; headers the parser reads (contract §2). */
const TABLES: readonly {
  readonly name: InputTableName;
  readonly columns: readonly Column[];
}[] = [
  {
    name: 'Municipalities',
    columns: [
      MUNICIPALITY,
      ['Population', 'Innbyggere', 'Invånare', 'Población', 'integer'],
      ['PCs', 'PC-er', 'Datorer', 'Ordenadores', 'integer'],
      ['Budget', 'Budsjett', 'Budget', 'Presupuesto', 'currency'],
    ],
  },
  {
    name: 'Costs',
    columns: [
      ITEM,
      ['Amount', 'Beløp', 'Belopp', 'Importe', 'currency'],
      ['Kind', 'Type', 'Typ', 'Tipo', 'text'],
      KEY,
      PARTICIPANTS,
      YEAR,
    ],
  },
  {
    name: 'Systems',
    columns: [
      ['System', 'Fagsystem', 'Applikation', 'Sistema', 'text'],
      OWNER,
      ['LicenceCost', 'Lisenskostnad', 'Licenskostnad', 'Coste de licencia', 'currency'],
      ['Basis', 'Grunnlag', 'Grund', 'Base', 'text'],
      PARTICIPANTS,
      ['ContractExpiry', 'Avtale utløper', 'Avtal löper ut', 'Fin de contrato', 'date'],
      ['CooperationLevel', 'Samarbeidsnivå', 'Samverkansnivå', 'Nivel', 'integer'],
    ],
  },
  {
    name: 'Proposals',
    columns: [
      ['ID', 'ID', 'ID', 'ID', 'text'],
      ['Title', 'Tittel', 'Titel', 'Título', 'text'],
      OWNER,
      ['Area', 'Område', 'Område', 'Ámbito', 'text'],
      ['OneOffCost', 'Engangskostnad', 'Engångskostnad', 'Inversión', 'currency'],
      ['AnnualCost', 'Årlig kostnad', 'Driftskostnad', 'Coste anual', 'currency'],
      ['AnnualBenefit', 'Årlig gevinst', 'Årlig nytta', 'Beneficio anual', 'currency'],
      ['Lifetime', 'Levetid', 'Livslängd', 'Vida útil', 'integer'],
      KEY,
      PARTICIPANTS,
      ['CostBenefit', 'Kost/nytte', 'Kostnad/nytta', 'Coste/beneficio', 'text'],
      ['DependsOn', 'Avhenger av', 'Beroende av', 'Depende de', 'text'],
      ['Mandatory', 'Lovpålagt', 'Obligatorisk', 'Obligatorio', 'text'],
      ['EarliestYear', 'Tidligst', 'Tidigast', 'Año mínimo', 'year'],
    ],
  },
  {
    name: 'Criteria',
    columns: [
      ['Criterion', 'Kriterium', 'Kriterium', 'Criterio', 'text'],
      ['Weight', 'Vekt', 'Vikt', 'Peso', 'decimal'],
    ],
  },
  {
    name: 'Scores',
    // One more column per criterion, headed by its name: the user adds them.
    columns: [
      ['Proposal', 'Tiltak', 'Förslag', 'Propuesta', 'text'],
      ['Scorer', 'Vurdert av', 'Bedömare', 'Evaluador', 'text'],
    ],
  },
  {
    name: 'Budget',
    columns: [
      YEAR,
      ['Investment', 'Investering', 'Investering', 'Inversión', 'currency'],
      ['Operating', 'Drift', 'Drift', 'Operativo', 'currency'],
    ],
  },
  {
    name: 'StandAlone',
    columns: [ITEM, MUNICIPALITY, ['Cost', 'Kostnad', 'Kostnad', 'Coste', 'currency']],
  },
  {
    name: 'Settings',
    columns: [
      ['Setting', 'Innstilling', 'Inställning', 'Ajuste', 'text'],
      ['Value', 'Verdi', 'Värde', 'Valor', 'text'],
    ],
  },
];

const LANGUAGE_INDEX: Readonly<Record<Language, 0 | 1 | 2 | 3>> = { en: 0, nb: 1, sv: 2, es: 3 };

/**
 * The contract's defaults (§2) as a user would type them. PlanningYear and Language are left
 * blank: their defaults (the current year, the user's Office language) are "whatever is now".
 * Currency follows the template's language (NOK, SEK, EUR): the contract's NOK default stands
 * for the Norwegian and English templates.
 */
const SETTING_VALUES: Readonly<Record<Exclude<TemplateSetting, 'Currency'>, OutputValue>> = {
  RoundTo: 0.01,
  DiscountRate: '4 %',
  PlanningYear: null,
  ContractWarningMonths: 12,
  DisagreementThreshold: 1,
  ScoreMax: 5,
  Language: null,
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
};

/** Settings: one row per setting, its default, and what it means (an extra column, ignored). */
function settingRows(language: Language): OutputValue[][] {
  const text = TEMPLATE_TEXT[language];
  return TEMPLATE_SETTINGS.map((setting) => [
    text[`setting.${setting}`],
    setting === 'Currency' ? text['value.currency'] : SETTING_VALUES[setting],
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

/**
 * The input template in `language`: the instructions, then one table per input sheet in the
 * contract's order, Settings with its defaults.
 */
export function inputTemplate(language: Language): TableSheet[] {
  const at = LANGUAGE_INDEX[language];
  const description = TEMPLATE_TEXT[language]['settings.description'];
  return [
    instructions(language),
    ...TABLES.map(({ name, columns }): TableSheet => {
      const settings = name === 'Settings';
      return {
        tableName: name,
        sheetName: TEMPLATE_TEXT[language][`sheet.${name}`],
        headers: [...columns.map((column) => column[at]), ...(settings ? [description] : [])],
        formats: [...columns.map((column) => column[4]), ...(settings ? ['text' as const] : [])],
        rows: settings ? settingRows(language) : [],
        validations: columns.flatMap((column, index) => {
          const words = LIST_COLUMNS[column[0]];
          return words ? [{ column: index, list: words(language) }] : [];
        }),
      };
    }),
  ];
}
