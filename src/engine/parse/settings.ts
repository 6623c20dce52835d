/** The `Settings` table (contract §2): Setting/Value rows, with the contract's defaults. */
import { isLanguage, type Language } from '../../i18n/language';
import type { CalendarDate, Settings } from '../model';
import { problem, type Problem } from '../problem';
import { compare, rational, toNumber } from '../rational';
import type { InputTable } from '../table';
import { bindTable } from './bind';
import { normaliseHeader } from './headers';
import { rowReader } from './reader';
import { isProblem, readNonNegative, readText, readWhole, shown } from './values';

type SettingName =
  | 'Currency'
  | 'RoundTo'
  | 'DiscountRate'
  | 'PlanningYear'
  | 'ContractWarningMonths'
  | 'DisagreementThreshold'
  | 'ScoreMax'
  | 'Language';

/** Setting names in the four languages (matched like headers). */
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
};

const LANGUAGE_WORDS: Readonly<Record<string, Language>> = {
  norsk: 'nb',
  bokmål: 'nb',
  norwegian: 'nb',
  no: 'nb',
  nn: 'nb',
  svenska: 'sv',
  swedish: 'sv',
  english: 'en',
  engelsk: 'en',
  engelska: 'en',
  español: 'es',
  spanish: 'es',
};

function settingName(text: string): SettingName | null {
  const wanted = normaliseHeader(text);
  for (const [name, aliases] of Object.entries(SETTING_ALIASES) as [
    SettingName,
    readonly string[],
  ][]) {
    if (normaliseHeader(name) === wanted || aliases.some((a) => normaliseHeader(a) === wanted))
      return name;
  }
  return null;
}

export const defaultSettings = (today: CalendarDate): Settings => ({
  currency: 'NOK',
  roundTo: rational(1n, 100n),
  discountRate: 0.04,
  planningYear: today.year,
  contractWarningMonths: 12,
  disagreementThreshold: 1,
  scoreMax: 5,
  language: null,
  cells: {},
});

/** Parse the Settings table; unknown settings are ignored, bad values reported. */
export function parseSettings(
  table: InputTable | undefined,
  today: CalendarDate,
  problems: Problem[],
): Settings {
  const defaults = defaultSettings(today);
  if (!table) return defaults;
  const bound = bindTable('Settings', table, ['Setting', 'Value'], problems);
  if (!bound) return defaults;
  const values: { -readonly [K in keyof Settings]: Settings[K] } = { ...defaults, cells: {} };
  const cells: Record<string, string> = {};
  for (const row of bound.rows) {
    const read = rowReader(bound, row, problems);
    const name = settingName(read.text('Setting') ?? '');
    const cell = row.get('Value');
    if (name === null || !cell) continue;
    cells[name] = cell.address;
    const bad = (expected: string) =>
      problems.push(
        problem('UNKNOWN_SETTING_VALUE', cell.address, {
          setting: name,
          found: shown(cell.value),
          expected,
        }),
      );
    const label = bound.label('Value');
    const text = readText(cell, label);
    if (isProblem(text)) {
      problems.push(text);
      continue;
    }
    if (text === null) continue; // blank: the default stands
    switch (name) {
      case 'Currency':
        values.currency = text.toUpperCase();
        break;
      case 'RoundTo': {
        const r = readNonNegative(cell, label);
        if (r !== null && !isProblem(r) && compare(r, rational(1n, 100n)) === 0) values.roundTo = r;
        else if (r !== null && !isProblem(r) && compare(r, rational(1n)) === 0) values.roundTo = r;
        else bad('0.01 / 1');
        break;
      }
      case 'DiscountRate': {
        const r = readNonNegative(cell, label);
        if (r === null || isProblem(r)) bad('4 %');
        else {
          // Written with % it is already a fraction; a plain 4 means 4 %, a plain 0.04 also 4 %.
          const n = toNumber(r);
          values.discountRate = !/%/.test(text) && n > 1 ? n / 100 : n;
        }
        break;
      }
      case 'PlanningYear':
      case 'ContractWarningMonths': {
        const min = name === 'PlanningYear' ? 1900 : 0;
        const max = name === 'PlanningYear' ? 9999 : 1200;
        const n = readWhole(cell, label, min, max);
        if (n === null || isProblem(n)) bad(name === 'PlanningYear' ? '2027' : '12');
        else if (name === 'PlanningYear') values.planningYear = n;
        else values.contractWarningMonths = n;
        break;
      }
      case 'DisagreementThreshold':
      case 'ScoreMax': {
        const r = readNonNegative(cell, label);
        if (r === null || isProblem(r) || (name === 'ScoreMax' && r.num === 0n))
          bad(name === 'ScoreMax' ? '5' : '1.0');
        else if (name === 'ScoreMax') values.scoreMax = toNumber(r);
        else values.disagreementThreshold = toNumber(r);
        break;
      }
      case 'Language': {
        const word = text.toLowerCase();
        const language = isLanguage(word) ? word : LANGUAGE_WORDS[word];
        if (language) values.language = language;
        else bad('nb, sv, en, es');
        break;
      }
    }
  }
  return { ...values, cells };
}
