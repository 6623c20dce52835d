/** The `Settings` table (contract §2): Setting/Value rows, with the contract's defaults. */
import type { CalendarDate, Settings } from '../model';
import { problem, type Problem } from '../problem';
import { compare, div, ONE, rational, toNumber, type Rational } from '../rational';
import { DEFAULT_SENSITIVITY } from '../weights/sensitivity';
import type { Cell, InputTable } from '../table';
import { bindTable } from './bind';
import { rowReader, uniqueness, YEARS } from './reader';
import { isProblem, readNumber, readText, readWhole, shown } from './values';
import { languageWord } from './words';
import { settingNamed, type SettingName } from '../settingNames';

/** The contract's defaults (§2); PlanningYear is the current year. */
export const defaultSettings = (today: CalendarDate): Settings => ({
  currency: 'NOK',
  roundTo: rational(1n, 100n),
  discountRate: 0.04,
  planningYear: today.year,
  contractWarningMonths: 12,
  disagreementThreshold: 1,
  scoreMax: 5,
  language: null,
  sensitivity: DEFAULT_SENSITIVITY,
  cells: {},
});

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** A setting's value read into `into`, or the text of what was expected instead. */
type Apply = (value: Rational | null, text: string, into: Mutable<Settings>) => string | null;

const HUNDREDTH = rational(1n, 100n);

/**
 * A discount rate: `4 %` is 0.04; a plain number ≤ 1 is already a fraction (0.04), a plain number
 * above 1 is read as percent (4 → 0.04), since a 400 % discount rate is never meant.
 */
function discountRate(value: Rational, text: string): number {
  const n = toNumber(value);
  return !text.includes('%') && n > 1 ? n / 100 : n;
}

/**
 * The sensitivity s (contract v1.1 §10): `20 %` is 1/5 (the number reader divides by 100); a plain number below 1 is already a
 * fraction (0.2), a plain number of 1 or more is percent (20 → 1/5, 1 → 1/100), since s = 100 %
 * would zero a weight. Null unless 0 ≤ s < 1.
 */
function sensitivity(value: Rational, text: string): Rational | null {
  const s = !text.includes('%') && compare(value, ONE) >= 0 ? div(value, rational(100n)) : value;
  return s.num < 0n || compare(s, ONE) >= 0 ? null : s;
}

const APPLY: Readonly<
  Record<Exclude<SettingName, 'PlanningYear' | 'ContractWarningMonths'>, Apply>
> = {
  Currency: (_, text, into) => {
    into.currency = text.toUpperCase();
    return null;
  },
  RoundTo: (value, _, into) => {
    if (value === null || (compare(value, HUNDREDTH) !== 0 && compare(value, ONE) !== 0))
      return '0.01 | 1';
    into.roundTo = value;
    return null;
  },
  DiscountRate: (value, text, into) => {
    if (value === null || value.num < 0n) return '4 %';
    into.discountRate = discountRate(value, text);
    return null;
  },
  DisagreementThreshold: (value, _, into) => {
    if (value === null || value.num < 0n) return '≥ 0';
    into.disagreementThreshold = toNumber(value);
    return null;
  },
  ScoreMax: (value, _, into) => {
    if (value === null || value.num <= 0n) return '> 0';
    into.scoreMax = toNumber(value);
    return null;
  },
  Sensitivity: (value, text, into) => {
    const s = value === null ? null : sensitivity(value, text);
    if (s === null) return '0 % – 99 %';
    into.sensitivity = s;
    return null;
  },
  Language: (_, text, into) => {
    const language = languageWord(text);
    if (language === undefined) return 'nb | sv | en | es';
    into.language = language;
    return null;
  },
};

/** Whole-number settings: PlanningYear a year, ContractWarningMonths ≥ 0. */
function applyWhole(
  name: 'PlanningYear' | 'ContractWarningMonths',
  cell: Cell,
  into: Mutable<Settings>,
): string | null {
  const [min, max] = name === 'PlanningYear' ? [YEARS.min, YEARS.max] : [0, 1200];
  const n = readWhole(cell, name, min, max);
  if (n === null || isProblem(n)) return `${min}–${max}`;
  if (name === 'PlanningYear') into.planningYear = n;
  else into.contractWarningMonths = n;
  return null;
}

/**
 * Parse the Settings table. Setting names are matched like headers, in English or the
 * templates' Norwegian, Swedish and Spanish; unknown settings are ignored; a blank value keeps
 * the default; a value that is not allowed is UNKNOWN_SETTING_VALUE saying what is; a setting
 * given twice is DUPLICATE (which one was meant is unclear).
 */
export function parseSettings(
  table: InputTable | undefined,
  today: CalendarDate,
  problems: Problem[],
): Settings {
  const settings: Mutable<Settings> = defaultSettings(today);
  if (!table) return settings;
  const bound = bindTable('Settings', table, ['Setting', 'Value'], problems);
  const cells: Record<string, string> = {};
  const unique = uniqueness(problems, bound.label('Setting'), (n) => n);
  for (const row of bound.rows) {
    const read = rowReader(bound, row, problems);
    const name = settingNamed(read.text('Setting') ?? '');
    const cell = row.get('Value');
    if (name === undefined || !cell || !unique(name, read.cell('Setting'))) continue;
    cells[name] = cell.address;
    const text = readText(cell, name);
    if (isProblem(text)) problems.push(text);
    if (text === null || isProblem(text)) continue; // blank: the default stands
    const number = readNumber(cell, name);
    const expected =
      name === 'PlanningYear' || name === 'ContractWarningMonths'
        ? applyWhole(name, cell, settings)
        : APPLY[name](isProblem(number) ? null : number, text, settings);
    if (expected !== null) {
      problems.push(
        problem('UNKNOWN_SETTING_VALUE', cell.address, {
          setting: name,
          found: shown(cell.value),
          expected,
        }),
      );
    }
  }
  return { ...settings, cells };
}
