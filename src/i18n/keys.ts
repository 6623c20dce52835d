/**
 * A key expression named the way a user of each language writes it in a `Key` cell, never by the
 * engine's internal identifiers: `30% lik + 70% innbyggere`, `avtrapp(innbyggere; 150000; 50%)`
 * (nb). Custom columns keep their header as written. Every name reads back as the same key
 * (the words are among those the parser accepts, see engine/parse/words.ts).
 */
import type { KeyExpression, SingleKey, TaperBase } from '../engine/model';
import { decimalText } from '../engine/parse/keyExpression';
import { mul, rational, type Rational } from '../engine/rational';
import type { Catalogue, Language } from './language';

type KeyWord = Exclude<SingleKey['kind'], 'custom'>;

/** Each language's word for a built-in key and for the taper function (the templates' words). */
export const KEY_WORDS: Catalogue<KeyWord> = {
  en: {
    population: 'population',
    equal: 'equal',
    pcs: 'pcs',
    standalone: 'standalone',
    shapley: 'shapley',
    taper: 'taper',
  },
  nb: {
    population: 'innbyggere',
    equal: 'lik',
    pcs: 'pc',
    standalone: 'frittstående',
    shapley: 'shapley',
    taper: 'avtrapp',
  },
  sv: {
    population: 'invånare',
    equal: 'lika',
    pcs: 'datorer',
    standalone: 'fristående',
    shapley: 'shapley',
    taper: 'avtrappa',
  },
  es: {
    population: 'población',
    equal: 'igual',
    pcs: 'pcs',
    standalone: 'standalone',
    shapley: 'shapley',
    taper: 'escalonar',
  },
};

/** Plain decimal digits with the language's decimal mark (no grouping: it must read back). */
const numberText = (value: Rational, language: Language): string => {
  const text = decimalText(value);
  return language === 'en' ? text : text.replace('.', ',');
};

const HUNDRED = rational(100n);

function singleKeyName(key: SingleKey | TaperBase, language: Language): string {
  switch (key.kind) {
    case 'custom':
      return key.column;
    case 'taper': {
      const base = singleKeyName(key.base, language);
      const threshold = numberText(key.threshold, language);
      const rate = numberText(mul(key.rate, HUNDRED), language);
      return `${KEY_WORDS[language].taper}(${base}; ${threshold}; ${rate}%)`;
    }
    default:
      return KEY_WORDS[language][key.kind];
  }
}

/** The key as a user of `language` would write it in a `Key` cell. */
export function keyName(key: KeyExpression, language: Language): string {
  const [only] = key.terms;
  if (key.terms.length === 1 && only) return singleKeyName(only.key, language);
  return key.terms
    .map(
      (t) => `${numberText(mul(t.fraction, HUNDRED), language)}% ${singleKeyName(t.key, language)}`,
    )
    .join(' + ');
}
