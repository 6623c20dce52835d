/**
 * Lists in a cell (Participants, Coalition, DependsOn) are scanned character by character and
 * their municipalities matched by a trie while scanning. These pin both against the plain rule
 * they stand for: split at `,` and `;`, trim as String.prototype.trim does, drop empty entries,
 * and compare names trimmed, case-insensitively and NFC-composed, each counted once.
 */
import fc from 'fast-check';
import { isTrimmed, splitList } from '../../../src/engine/parse/lists';
import { codesAt, parse } from './helpers';

/** The rule the scanner stands for, written the plain way. */
const reference = (text: string): string[] =>
  text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Characters lists are made of: separators, every kind of space trim removes and one it keeps. */
const PIECES = [
  ',',
  ';',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\ufeff',
  '\u180e',
  'a',
  'B',
  'Å',
  'ø',
  'A\u030a',
  '-',
  '1',
];
const listText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));

describe('splitList', () => {
  it('splits, trims and drops empty entries exactly as split, trim and filter do', () => {
    fc.assert(
      fc.property(fc.oneof(listText, fc.string()), (text) => {
        expect(splitList(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('trims exactly the UTF-16 units String.prototype.trim trims', () => {
    const differing: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isTrimmed(c) !== (String.fromCharCode(c).trim() === '')) differing.push(c);
    }
    expect(differing).toEqual([]);
  });
});

/** Municipality names that share prefixes and spaces, so a trie walk can stop at every kind of place. */
const NAMES = ['Ås', 'Åsby', 'Ås by', 'Bø', 'Bødal', 'Vik', 'Vikna', 'Lund'];
const MUNICIPALITIES = [['Kommune', 'Innbyggere'], ...NAMES.map((n, i) => [n, 1000 + i])] as const;

/** How a user may write a name in a list: as written, in other case, decomposed, spaced, or a typo. */
const spelling = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.constantFrom(...NAMES).map((n) => n.toUpperCase()),
  fc.constantFrom(...NAMES).map((n) => n.toLowerCase().normalize('NFD')),
  fc.constantFrom(...NAMES).map((n) => `\u00a0${n} `),
  fc.constantFrom('Åsb', 'Ås  by', 'Nowhere', 'Vikn', ''),
);
const participantList = fc
  .array(fc.tuple(spelling, fc.constantFrom(',', ';', ', ', ' ; ', ',,')), { maxLength: 12 })
  .map((parts) => parts.map(([name, separator]) => name + separator).join(''));

/** The participants and unknown entries the plain rule gives. */
function expected(text: string): { participants: string[] | null; unknown: string[] } {
  const key = (name: string) => name.trim().normalize('NFC').toLowerCase();
  const byKey = new Map(NAMES.map((n) => [key(n), n]));
  const participants: string[] = [];
  const unknown: string[] = [];
  for (const entry of reference(text)) {
    const name = byKey.get(key(entry));
    if (name === undefined) unknown.push(entry);
    else if (!participants.includes(name)) participants.push(name);
  }
  return { participants: participants.length === 0 ? null : participants, unknown };
}

describe('Participants lists', () => {
  it('name the municipalities the plain rule finds, each once, and report every unknown entry', () => {
    fc.assert(
      fc.property(fc.array(participantList, { minLength: 1, maxLength: 4 }), (texts) => {
        const result = parse({
          Municipalities: MUNICIPALITIES,
          Costs: [['Item', 'Amount', 'Participants'], ...texts.map((t, i) => [`C${i}`, 100, t])],
        });
        const wanted = texts.map(expected);
        const unknown = wanted.flatMap((w, i) =>
          w.unknown.map((found) => [`Costs!C${i + 2}`, found]),
        );
        if (result.ok) {
          expect(unknown).toEqual([]);
          expect(result.workbook.costs.map((c) => c.participants)).toEqual(
            wanted.map((w) => w.participants),
          );
        } else {
          expect(codesAt(result.problems).every((c) => c.startsWith('UNKNOWN_MUNICIPALITY@'))).toBe(
            true,
          );
          expect(result.problems.map((p) => [p.cell, p.params['found']])).toEqual(unknown);
        }
      }),
      { numRuns: 400 },
    );
  });
});
