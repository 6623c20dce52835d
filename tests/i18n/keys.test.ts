/**
 * Keys named as a user of each language writes them in a Key cell, never by the engine's internal
 * names (issue 11 §8): the name reads back as the same key, and every view that names a key (the
 * explanation, the statement, the risk flags, compare splits and what if) uses it.
 */
import { explainShare, municipalityPart } from '../../src/engine/explain';
import { isKeyError, parseKeyExpression } from '../../src/engine/parse/keyExpression';
import { runEngine, type Allocated } from '../../src/engine/run';
import { statementHtml } from '../../src/engine/statement';
import { renderLine, renderPart } from '../../src/cli/explainText';
import { keyName } from '../../src/i18n/keys';
import { LANGUAGES, type Language } from '../../src/i18n/language';
import { knutepunktSample } from '../../src/samples/knutepunkt';
import { newXlsx } from '../../src/workbook/xlsx';
import { highsSolver } from '../support/highs';

jest.setTimeout(60_000);

const COLUMNS = ['Elever'];
const KEYS = [
  'population',
  'equal',
  'pcs',
  'standalone',
  'shapley',
  'Elever',
  '30% equal + 70% population',
  '33.3% equal + 66.7% population',
  'taper(population; 150000; 50%)',
  'taper(Elever; 2500.5; 12.5%)',
  '50% taper(pcs; 100; 50%) + 50% Elever',
];

const parse = (text: string) => {
  const key = parseKeyExpression(text, COLUMNS);
  if (isKeyError(key)) throw new Error(`${text}: ${key.code}`);
  return key;
};

describe('a key named in the user’s language', () => {
  it.each(LANGUAGES)('reads back as the same key (%s)', (language) => {
    for (const text of KEYS) {
      const key = parse(text);
      expect(parse(keyName(key, language)).terms).toEqual(key.terms);
    }
  });

  it('uses each language’s own words and decimal mark', () => {
    const mix = parse('33.3% equal + 66.7% population');
    expect(keyName(mix, 'nb')).toBe('33,3% lik + 66,7% innbyggere');
    expect(keyName(mix, 'sv')).toBe('33,3% lika + 66,7% invånare');
    expect(keyName(mix, 'en')).toBe('33.3% equal + 66.7% population');
    expect(keyName(mix, 'es')).toBe('33,3% igual + 66,7% población');
    const taper = parse('taper(population; 150000; 50%)');
    expect(keyName(taper, 'nb')).toBe('avtrapp(innbyggere; 150000; 50%)');
    expect(keyName(taper, 'sv')).toBe('avtrappa(invånare; 150000; 50%)');
    expect(keyName(taper, 'es')).toBe('escalonar(población; 150000; 50%)');
    expect(keyName(parse('Elever'), 'sv')).toBe('Elever');
  });
});

describe('every view of Knutepunkt names its keys as the user’s language does', () => {
  let allocated: Allocated;
  beforeAll(async () => {
    let found: Allocated | null = null;
    const result = runEngine(await newXlsx(knutepunktSample).readTables(), {
      language: 'nb',
      today: { year: 2026, month: 5, day: 1 },
      solver: await highsSolver(),
      onAllocated: (a) => (found = a),
    });
    if (!result.ok || !found) throw new Error('the sample did not run');
    allocated = found;
  });

  const POPULATION: Record<Language, string> = {
    nb: 'innbyggere',
    sv: 'invånare',
    en: 'population',
    es: 'población',
  };

  it.each(LANGUAGES)('the statement and the explanation (%s)', (language) => {
    const statement = statementHtml(allocated, 'Iveland', language, {
      year: 2026,
      month: 5,
      day: 1,
    });
    const part = municipalityPart(allocated, 'Iveland');
    const line = part.lines.find((l) => l.item === 'Stamnett og internettlinjer');
    if (!line) throw new Error('fixture');
    const explained = renderLine(explainShare(allocated, line.index), 'Iveland', part, language);
    const texts = [statement, renderPart(part, language), explained];
    for (const text of texts) expect(text).toContain(POPULATION[language]);
    expect(statement).toContain(keyName(parse('taper(population; 150000; 50%)'), language));
    if (language !== 'en') {
      for (const text of texts) expect(text).not.toMatch(/\bpopulation\b|\btaper\(|\bequal\b/);
    }
  });

  it('the Norwegian explanation says “fordelt etter nøkkelen innbyggere”', () => {
    const part = municipalityPart(allocated, 'Iveland');
    const line = part.lines.find((l) => l.item === 'Stamnett og internettlinjer');
    if (!line) throw new Error('fixture');
    expect(renderLine(explainShare(allocated, line.index), 'Iveland', part, 'nb')).toContain(
      'fordelt etter nøkkelen innbyggere',
    );
  });
});
