// Tests src/workbook/worksheetTable.ts (shared by both adapters; kept beside the xlsx tests).
import { worksheetTable } from '../../../src/workbook/worksheetTable';

test('the first non-empty row is the header row, addressed from the range origin', () => {
  const table = worksheetTable({
    sheet: 'Kostnader',
    origin: { row: 1, col: 1 },
    values: [
      [null, '  '],
      ['Post', 'Beløp'],
      ['Drift', 100],
    ],
  });
  expect(table?.name).toBe('Kostnader');
  expect(table?.headers.map((c) => [c.value, c.address])).toEqual([
    ['Post', 'Kostnader!B3'],
    ['Beløp', 'Kostnader!C3'],
  ]);
  expect(table?.rows.map((r) => r.map((c) => [c.value, c.address]))).toEqual([
    [
      ['Drift', 'Kostnader!B4'],
      [100, 'Kostnader!C4'],
    ],
  ]);
});

test('blank rows and columns right of the last value are dropped; short rows are padded', () => {
  const table = worksheetTable({
    sheet: 'My costs',
    origin: { row: 0, col: 0 },
    values: [
      ['Item', 'Amount', null, null],
      ['A', 1, null, ''],
      [null, null, null, null],
      ['B'],
      [null, '   ', null],
    ],
  });
  expect(table?.headers.length).toBe(2);
  expect(table?.rows.map((r) => r.map((c) => c.value))).toEqual([
    ['A', 1],
    ['B', null],
  ]);
  expect(table?.rows[1]?.[1]?.address).toBe("'My costs'!B4");
});

test('a value right of the header row widens every row', () => {
  const table = worksheetTable({
    sheet: 'S',
    origin: { row: 0, col: 0 },
    values: [['Item'], ['A', null, 7]],
  });
  expect(table?.headers.map((c) => c.value)).toEqual(['Item', null, null]);
  expect(table?.rows[0]?.map((c) => c.value)).toEqual(['A', null, 7]);
});

test('an empty sheet holds no table', () => {
  expect(worksheetTable({ sheet: 'S', origin: { row: 0, col: 0 }, values: [[null], []] })).toBe(
    null,
  );
});

test('rows a sparse reader left out keep their addresses through rowOffsets', () => {
  const table = worksheetTable({
    sheet: 'S',
    origin: { row: 2, col: 1 },
    values: [
      ['Item', 'Amount'],
      ['A', 5],
    ],
    rowOffsets: [0, 1000],
  });
  expect(table?.headers.map((c) => c.address)).toEqual(['S!B3', 'S!C3']);
  expect(table?.rows[0]?.map((c) => c.address)).toEqual(['S!B1003', 'S!C1003']);
});

test('a sheet of 200,000 rows is read (no argument spreading overflows the stack)', () => {
  const values = [['Item'], ...Array.from({ length: 200_000 }, (_, i) => [`Item ${i}`])];
  const table = worksheetTable({ sheet: 'S', origin: { row: 0, col: 0 }, values });
  expect(table?.rows).toHaveLength(200_000);
  expect(table?.rows[199_999]?.[0]?.address).toBe('S!A200001');
});
