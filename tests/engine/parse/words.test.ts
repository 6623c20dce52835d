/**
 * Words in cells (kinds, yes/no, keys, languages) are looked up first as written, for speed: that
 * must give what the general matching (normalised like headers) gives. A trailing space always
 * takes the general way, so each spelling is compared with itself plus a space.
 */
import fc from 'fast-check';
import { booleanWord, builtInKey, kindWord, languageWord } from '../../../src/engine/parse/words';

const SPELLINGS = [
  'yes',
  'Yes',
  'YES',
  'ja',
  'Ja',
  'JA',
  'nei',
  'Nei',
  'nej',
  'no',
  'NO',
  'x',
  'X',
  '1',
  '0',
  'sí',
  'Sí',
  'si',
  'true',
  'TRUE',
  'False',
  'sann',
  'USANN',
  'falskt',
  'verdadero',
  'one-off',
  'One-off',
  'ONE-OFF',
  'one off',
  'oneoff',
  'engang',
  'Engangs',
  'engång',
  'único',
  'annual',
  'Annual',
  'årlig',
  'Årlig',
  'ÅRLIG',
  'drift',
  'löpande',
  'anual',
  'population',
  'Innbyggere',
  'equal',
  'likt',
  'lika',
  'pcs',
  'PC',
  'datorer',
  'standalone',
  'Frittstående',
  'shapley',
  'nb',
  'NB',
  'no',
  'sv-SE',
  'svenska',
  'English',
  'español',
  'Espanol',
  'maybe',
  'Ja!',
  '',
  'årlig\u0301',
];
const text = fc.oneof(fc.constantFrom(...SPELLINGS), fc.string({ maxLength: 8 }));

describe('cell words', () => {
  it('read as written exactly as the general matching reads them', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(booleanWord(t)).toBe(booleanWord(`${t} `));
        expect(kindWord(t)).toBe(kindWord(`${t} `));
        expect(builtInKey(t)).toBe(builtInKey(`${t} `));
        expect(languageWord(t)).toBe(languageWord(`${t} `));
      }),
      { numRuns: 2000 },
    );
  });

  it('know the template words in every case a user types them', () => {
    expect(['yes', 'Ja', 'JA', 'x', 'sí'].map(booleanWord)).toEqual([true, true, true, true, true]);
    expect(['no', 'Nei', 'NEJ', '0'].map(booleanWord)).toEqual([false, false, false, false]);
    expect(['Engang', 'ÅRLIG', 'maybe'].map(kindWord)).toEqual(['one-off', 'annual', undefined]);
  });
});
