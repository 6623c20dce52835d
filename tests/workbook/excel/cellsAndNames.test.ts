/** The small rules under the adapter: cell values, quote prefixes, names, payload blocks. */
import { cellFromExcel, cellToExcel, needsQuotePrefix } from '../../../src/workbook/excel/cells';
import { parseCellReference, uniqueSheetName } from '../../../src/workbook/excel/names';
import { payloadBytes, rowBlocks } from '../../../src/workbook/excel/payload';
import { formatRuns } from '../../../src/workbook/excel/formats';

describe('cell values', () => {
  it('reads errors by their value type, empty as null, dates as serial numbers', () => {
    expect(cellFromExcel('#REF!', 'Error')).toEqual({ error: '#REF!' });
    expect(cellFromExcel('#REF!', 'String')).toBe('#REF!');
    expect(cellFromExcel('', 'Empty')).toBeNull();
    expect(cellFromExcel(46112, 'Double')).toBe(46112);
  });

  it('quote-prefixes text Excel would not keep as typed, and nothing else', () => {
    for (const text of [
      '=A1',
      '+1',
      '-x',
      '@x',
      "'x",
      '007',
      '12 %',
      '31.03.2026',
      'kr 1 234',
      '€5',
      'TRUE',
    ]) {
      expect([text, needsQuotePrefix(text)]).toEqual([text, true]);
    }
    for (const text of ['Arendal', 'Servicedesk 2026', 'P-1', 'high', 'IKT-råd']) {
      expect([text, needsQuotePrefix(text)]).toEqual([text, false]);
    }
    expect(cellToExcel('=1+1')).toBe("'=1+1");
    expect(cellToExcel(null)).toBe('');
    expect(cellToExcel(Number.NaN)).toBe('');
  });
});

describe('formula-like text', () => {
  // Each hides a formula sign from a reader but not from a spreadsheet or a trimming tool.
  it.each([
    ['leading spaces', '   =SUM(A1:A9)'],
    ['a leading tab', '\t+47 123'],
    ['a line break', '\n-x'],
    ['a zero-width space', '\u200B=1+1'],
    ['a zero-width non-joiner', '\u200C@user'],
    ['a zero-width joiner', '\u200D=1'],
    ['a word joiner', '\u2060=1'],
    ['a byte order mark', '\uFEFF=HYPERLINK("http://x")'],
    ['a mix of them', ' \u200B\t=1'],
    ['a full-width equals sign', '\uFF1DSUM(A1)'],
    ['a full-width plus sign', '\uFF0B1'],
    ['a full-width minus sign', '\uFF0Dx'],
    ['a full-width at sign', '\uFF20user'],
    ['spaces before a full-width sign', '  \uFF1D1'],
  ])('is quoted after %s', (_, text) => {
    expect(needsQuotePrefix(text)).toBe(true);
    expect(cellToExcel(text)).toBe(`'${text}`);
  });

  it('leaves text with a sign further in alone', () => {
    for (const text of ['a = b', 'x\u200B=1', 'Kari@kommune.no', 'A-B', '\u200BArendal']) {
      expect([text, needsQuotePrefix(text)]).toEqual([text, false]);
    }
  });
});

describe('names', () => {
  it('parses cell references, quoted sheets, table columns and tables', () => {
    expect(parseCellReference("'Kari''s'!B7")).toEqual({
      kind: 'cell',
      sheet: "Kari's",
      address: 'B7',
    });
    expect(parseCellReference('Proposals!B7:C9')).toEqual({
      kind: 'cell',
      sheet: 'Proposals',
      address: 'B7:C9',
    });
    expect(parseCellReference('Costs[Amount]')).toEqual({ kind: 'table', name: 'Costs' });
    expect(parseCellReference('Sheet!')).toBeNull();
  });

  it('makes sheet names Excel accepts and nobody has taken', () => {
    expect(uniqueSheetName('Fordeling', new Set(['fordeling']))).toBe('Fordeling (2)');
    expect(uniqueSheetName('A/B:C', new Set())).toBe('A-B-C');
    expect(uniqueSheetName('x'.repeat(40), new Set(['x'.repeat(31)]))).toBe(
      `${'x'.repeat(27)} (2)`,
    );
  });
});

describe('payload', () => {
  it('counts UTF-8 bytes of the JSON', () => {
    expect(payloadBytes([['ø']])).toBe(JSON.stringify([['ø']]).length + 1);
  });

  it('cuts rows into blocks within the budget, at least one row each', () => {
    expect(rowBlocks([4, 4, 4, 20, 1], 10)).toEqual([
      { start: 0, end: 2, bytes: 8 },
      { start: 2, end: 3, bytes: 4 },
      { start: 3, end: 4, bytes: 20 },
      { start: 4, end: 5, bytes: 1 },
    ]);
  });
});

describe('formatRuns', () => {
  it('writes one format per run of neighbouring columns, leaving General columns out', () => {
    // An Allocation-like table: 4 text columns, then the amount and three municipalities.
    expect(
      formatRuns(['text', 'text', 'currency', 'currency', 'integer', 'currency', 'currency']),
    ).toEqual([
      { start: 2, end: 4, code: '#,##0.00' },
      { start: 4, end: 5, code: '#,##0' },
      { start: 5, end: 7, code: '#,##0.00' },
    ]);
    expect(formatRuns(['text', 'text'])).toEqual([]);
  });
});
