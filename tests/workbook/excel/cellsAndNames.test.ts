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
