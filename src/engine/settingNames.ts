/**
 * The contract's settings (§2), in its order, and the names a workbook may give them: one list for
 * the parser, the template, the Excel adapter and the task pane's settings form. A module of its
 * own so the pane can import it without the parser.
 */
import { normaliseHeader } from './parse/headers';

export const SETTING_NAMES = [
  'Currency',
  'RoundTo',
  'DiscountRate',
  'PlanningYear',
  'ContractWarningMonths',
  'DisagreementThreshold',
  'ScoreMax',
  'Language',
  // Contract v1.1 §10: how far the criteria's weights move in the sensitivity.
  'Sensitivity',
] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

/**
 * Setting names in Norwegian, Swedish and Spanish, matched like headers (an extension: the
 * contract names settings in English only). These are the names the localised templates write.
 */
const SETTING_ALIASES: Readonly<Record<SettingName, readonly string[]>> = {
  Currency: ['Valuta', 'Moneda'],
  RoundTo: ['Avrunding', 'Avrundning', 'Redondeo'],
  DiscountRate: [
    'Kalkulasjonsrente',
    'Diskonteringsrente',
    'Kalkylränta',
    'Diskonteringsränta',
    'Tasa de descuento',
  ],
  PlanningYear: ['Planår', 'Planeringsår', 'Año de planificación'],
  ContractWarningMonths: ['Varsel avtale måneder', 'Varsel avtal månader', 'Meses de aviso'],
  DisagreementThreshold: ['Uenighetsgrense', 'Oenighetsgräns', 'Umbral de desacuerdo'],
  ScoreMax: ['Maks poeng', 'Max poäng', 'Puntuación máxima'],
  Language: ['Språk', 'Idioma'],
  Sensitivity: ['Følsomhet', 'Känslighet', 'Sensibilidad'],
};

const SETTING_LOOKUP: ReadonlyMap<string, SettingName> = new Map(
  SETTING_NAMES.flatMap((name) =>
    [name, ...SETTING_ALIASES[name]].map((word) => [normaliseHeader(word), name] as const),
  ),
);

/**
 * The setting a Setting cell names, in English or any of the aliases, matched like headers
 * (`Planår`, `planår ` and `PlanningYear` are the same); undefined for a name Samkost ignores.
 */
export const settingNamed = (text: string): SettingName | undefined =>
  SETTING_LOOKUP.get(normaliseHeader(text));
