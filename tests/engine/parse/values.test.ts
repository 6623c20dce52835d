import { parseDateText, serialToDate } from '../../../src/engine/parse/dates';
import { parseNumberText } from '../../../src/engine/parse/numberText';
import {
  readBoolean,
  readDate,
  readNonNegative,
  readNumber,
  readPositive,
  readText,
  readWhole,
} from '../../../src/engine/parse/values';
import { rational } from '../../../src/engine/rational';
import type { Cell, CellValue } from '../../../src/engine/table';

const cell = (value: CellValue): Cell => ({ value, address: 'Sheet!B2' });

describe('Contract §1 finding inputs: numbers written the Nordic way', () => {
  it.each<[string, bigint, bigint]>([
    ['1 234,50', 123450n, 100n],
    ['1.234,50', 123450n, 100n],
    ['kr 1 234', 1234n, 1n],
    ['Kr. 1 234', 1234n, 1n],
    ['1 234 kr', 1234n, 1n],
    ['NOK 1 234,50', 123450n, 100n],
    ['1 234 SEK', 1234n, 1n],
    ['EUR 5', 5n, 1n],
    ['1 234:-', 1234n, 1n],
    ['1 234,-', 1234n, 1n],
    ['1\u00a0234,5', 12345n, 10n],
    ['1\u202f234\u202f567', 1234567n, 1n],
    ['\u22125', -5n, 1n],
    ['-kr 5', -5n, 1n],
    ['kr -5', -5n, 1n],
    ['12 %', 12n, 100n],
    ['12%', 12n, 100n],
    ['33,3 %', 333n, 1000n],
    ['1,5', 15n, 10n],
    ['1.5', 15n, 10n],
    ['1,234.50', 123450n, 100n],
    ['1.234.567', 1234567n, 1n],
    ['1,234,567', 1234567n, 1n],
    [',5', 5n, 10n],
    ['  42  ', 42n, 1n],
  ])('reads %p exactly as %p/%p', (text, num, den) => {
    expect(parseNumberText(text)).toEqual(rational(num, den));
  });

  it('reads a single dot as a decimal point: 1.234 is 1234/1000, not 1234', () => {
    expect(parseNumberText('1.234')).toEqual(rational(1234n, 1000n));
  });

  it.each([
    'ti',
    '1 2',
    '12 34',
    '1.2.3',
    '1,2,3',
    '1,234.567,89',
    '--5',
    '5-',
    'kr',
    '%',
    '5 %%',
    '1e5',
    '',
  ])('refuses %p', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it('reads JS numbers exactly as their decimal text, not as binary floats', () => {
    expect(readNumber(cell(0.1), 'Amount')).toEqual(rational(1n, 10n));
    expect(readNumber(cell(1234.5), 'Amount')).toEqual(rational(2469n, 2n));
  });

  it('keeps blank as blank (null), never 0, and whitespace counts as blank', () => {
    expect(readNumber(cell(null), 'Amount')).toBeNull();
    expect(readNumber(cell('   '), 'Amount')).toBeNull();
    expect(readText(cell(''), 'Item')).toBeNull();
    expect(readBoolean(cell(null), 'Mandatory')).toBeNull();
    expect(readDate(cell(null), 'ContractExpiry')).toBeNull();
  });

  it('reports an Excel error value as EXCEL_ERROR in every reader', () => {
    const error = cell({ error: '#REF!' });
    for (const read of [readNumber, readText, readBoolean, readDate]) {
      expect(read(error, 'Col')).toEqual({
        code: 'EXCEL_ERROR',
        cell: 'Sheet!B2',
        params: { column: 'Col', found: '#REF!' },
      });
    }
  });

  it('says what it found when a number is expected', () => {
    expect(readNumber(cell('ti'), 'Beløp')).toEqual({
      code: 'NOT_A_NUMBER',
      cell: 'Sheet!B2',
      params: { column: 'Beløp', found: 'ti' },
    });
    expect(readNumber(cell(true), 'Beløp')).toMatchObject({ code: 'NOT_A_NUMBER' });
  });

  it('checks ≥ 0, > 0 and whole numbers with ranges', () => {
    expect(readNonNegative(cell(-1), 'Amount')).toMatchObject({ code: 'NEGATIVE' });
    expect(readNonNegative(cell(0), 'Amount')).toEqual(rational(0n));
    expect(readPositive(cell(0), 'Weight')).toMatchObject({ code: 'NOT_POSITIVE' });
    expect(readPositive(cell(-2), 'Weight')).toMatchObject({ code: 'NOT_POSITIVE' });
    expect(readWhole(cell('12 800'), 'Population', 0, 1e9)).toBe(12800);
    expect(readWhole(cell(1.5), 'Population', 0, 1e9)).toMatchObject({ code: 'NOT_WHOLE' });
    expect(readWhole(cell(-3), 'Population', 0, 1e9)).toMatchObject({ code: 'NEGATIVE' });
    expect(readWhole(cell(6), 'Level', 1, 5)).toMatchObject({
      code: 'OUT_OF_RANGE',
      params: { column: 'Level', found: '6', min: 1, max: 5 },
    });
  });

  it('takes numbers and booleans as text where text is expected (an ID typed as 7)', () => {
    expect(readText(cell(7), 'ID')).toBe('7');
    expect(readText(cell('  Åmål '), 'Kommun')).toBe('Åmål');
  });
});

describe('Contract §1 finding inputs: booleans', () => {
  it.each<[CellValue, boolean]>([
    ['yes', true],
    ['no', false],
    ['Ja', true],
    ['nei', false],
    ['nej', false],
    ['sí', true],
    ['si', true],
    ['NO', false],
    ['true', true],
    ['FALSE', false],
    ['x', true],
    ['X', true],
    ['1', true],
    ['0', false],
    [1, true],
    [0, false],
    [true, true],
    [false, false],
    ['SANN', true],
    ['falskt', false],
  ])('reads %p as %p', (value, expected) => {
    expect(readBoolean(cell(value), 'Mandatory')).toBe(expected);
  });

  it.each<CellValue>(['kanskje', 2, 'jo'])('refuses %p as NOT_BOOLEAN', (value) => {
    expect(readBoolean(cell(value), 'Mandatory')).toMatchObject({ code: 'NOT_BOOLEAN' });
  });
});

describe('Contract §1 finding inputs: dates', () => {
  it('reads Excel serials in the 1900 system, around its phantom 29 February 1900', () => {
    expect(serialToDate(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(serialToDate(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(serialToDate(60)).toBeNull();
    expect(serialToDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(serialToDate(46112)).toEqual({ year: 2026, month: 3, day: 31 });
    expect(serialToDate(46112.75)).toEqual({ year: 2026, month: 3, day: 31 });
    expect(serialToDate(0)).toBeNull();
    expect(serialToDate(2958466)).toBeNull();
  });

  it('reads ISO and Nordic date text and refuses dates that do not exist', () => {
    expect(parseDateText('2026-03-31')).toEqual({ year: 2026, month: 3, day: 31 });
    expect(parseDateText('31.03.2026')).toEqual({ year: 2026, month: 3, day: 31 });
    expect(parseDateText('1.3.2026')).toEqual({ year: 2026, month: 3, day: 1 });
    expect(parseDateText('29.02.2028')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseDateText('29.02.2026')).toBeNull();
    expect(parseDateText('2026-04-31')).toBeNull();
    expect(parseDateText('2026-13-01')).toBeNull();
    expect(parseDateText('03/31/2026')).toBeNull();
  });

  it('reports a date it cannot read as NOT_A_DATE with what it found', () => {
    expect(readDate(cell('snart'), 'ContractExpiry')).toEqual({
      code: 'NOT_A_DATE',
      cell: 'Sheet!B2',
      params: { column: 'ContractExpiry', found: 'snart' },
    });
    expect(readDate(cell(true), 'ContractExpiry')).toMatchObject({ code: 'NOT_A_DATE' });
    expect(readDate(cell(46112), 'ContractExpiry')).toEqual({ year: 2026, month: 3, day: 31 });
  });
});
