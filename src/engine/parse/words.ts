/**
 * The words a user may write in cells (not headers): kinds, booleans, built-in keys and languages,
 * in Norwegian, Swedish, English and Spanish. Matched like headers (see {@link normaliseHeader}),
 * so `One-off`, `one off` and `oneoff` are the same word.
 */
import type { Language } from '../../i18n/language';
import type { CostKind, SingleKey } from '../model';
import { normaliseHeader } from './headers';

/** The word each language's template offers for a kind (the parser accepts more, below). */
export const KIND_WORDS: Readonly<Record<Language, Readonly<Record<CostKind, string>>>> = {
  en: { 'one-off': 'one-off', annual: 'annual' },
  nb: { 'one-off': 'engang', annual: 'årlig' },
  sv: { 'one-off': 'engång', annual: 'löpande' },
  es: { 'one-off': 'único', annual: 'anual' },
};

/** The words each language's template offers for yes and no. */
export const BOOLEAN_WORDS: Readonly<
  Record<Language, { readonly yes: string; readonly no: string }>
> = {
  en: { yes: 'yes', no: 'no' },
  nb: { yes: 'ja', no: 'nei' },
  sv: { yes: 'ja', no: 'nej' },
  es: { yes: 'sí', no: 'no' },
};

const lookup = <T>(entries: readonly (readonly [T, readonly string[]])[]): ReadonlyMap<string, T> =>
  new Map(
    entries.flatMap(([value, words]) => words.map((w) => [normaliseHeader(w), value] as const)),
  );

const KINDS = lookup<CostKind>([
  ['one-off', ['one-off', 'engang', 'engangs', 'engång', 'único']],
  ['annual', ['annual', 'årlig', 'drift', 'löpande', 'anual']],
]);

/**
 * Yes and no. Besides the contract's words this takes Excel's own TRUE/FALSE in Norwegian
 * (SANN/USANN), Swedish (SANT/FALSKT) and Spanish (VERDADERO/FALSO), which a copied cell can hold
 * as text.
 */
const BOOLEANS = lookup<boolean>([
  [true, ['yes', 'ja', 'sí', 'si', 'true', 'x', '1', 'sann', 'sant', 'verdadero']],
  [false, ['no', 'nei', 'nej', 'false', '0', 'usann', 'falskt', 'falso']],
]);

/** The single keys a cell names by a word (custom columns and tapers are read otherwise). */
type BuiltInKind = Exclude<SingleKey['kind'], 'custom' | 'taper'>;

const KEYS = lookup<BuiltInKind>([
  ['population', ['population', 'innbyggere', 'befolkning', 'invånare', 'población']],
  ['equal', ['equal', 'lik', 'likt', 'lika', 'igual']],
  ['pcs', ['pcs', 'pc', 'pcer', 'datorer']],
  ['standalone', ['standalone', 'frittstående', 'fristående']],
  ['shapley', ['shapley']],
]);

/** The names of the taper function (contract v1.1 §9): en, nb, sv, es. */
const TAPERS = new Set(['taper', 'avtrapp', 'avtrappa', 'escalonar']);

/** Language codes and the languages' names, for the `Language` setting. */
const LANGUAGE_NAMES = lookup<Language>([
  ['nb', ['nb', 'no', 'nn', 'nb-NO', 'norsk', 'bokmål', 'bokmal', 'norwegian']],
  ['sv', ['sv', 'sv-SE', 'svenska', 'swedish']],
  ['en', ['en', 'english', 'engelsk', 'engelska', 'inglés']],
  ['es', ['es', 'es-ES', 'español', 'espanol', 'spanish', 'spansk', 'spanska']],
]);

export const kindWord = (text: string): CostKind | undefined => KINDS.get(normaliseHeader(text));
export const booleanWord = (text: string): boolean | undefined =>
  BOOLEANS.get(normaliseHeader(text));
export const builtInKey = (text: string): BuiltInKind | undefined =>
  KEYS.get(normaliseHeader(text));
export const isTaperWord = (text: string): boolean => TAPERS.has(normaliseHeader(text));
export const languageWord = (text: string): Language | undefined =>
  LANGUAGE_NAMES.get(normaliseHeader(text));
