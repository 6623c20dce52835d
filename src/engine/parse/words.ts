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

/** A word's value by its normalised form, and by the spellings a template or user writes most. */
interface Lookup<T> {
  readonly normalised: ReadonlyMap<string, T>;
  /**
   * Each listed word as written, capitalised and in capitals → the value its normalised form
   * has (so the same answer, found without normalising: thousands of rows hold these words).
   */
  readonly written: ReadonlyMap<string, T | undefined>;
}

function lookup<T>(entries: readonly (readonly [T, readonly string[]])[]): Lookup<T> {
  const normalised = new Map(
    entries.flatMap(([value, words]) => words.map((w) => [normaliseHeader(w), value] as const)),
  );
  const written = new Map<string, T | undefined>();
  for (const [, words] of entries) {
    for (const w of words) {
      for (const form of [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]) {
        written.set(form, normalised.get(normaliseHeader(form)));
      }
    }
  }
  return { normalised, written };
}

const find = <T>(words: Lookup<T>, text: string): T | undefined =>
  words.written.has(text) ? words.written.get(text) : words.normalised.get(normaliseHeader(text));

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

export const kindWord = (text: string): CostKind | undefined => find(KINDS, text);
export const booleanWord = (text: string): boolean | undefined => find(BOOLEANS, text);
export const builtInKey = (text: string): BuiltInKind | undefined => find(KEYS, text);
export const isTaperWord = (text: string): boolean => TAPERS.has(normaliseHeader(text));
export const languageWord = (text: string): Language | undefined => find(LANGUAGE_NAMES, text);
