// Allocation's totals in the .xlsx adapter: a table of their own under Allocation, one blank row
// between, recorded as Samkost's; a re-run moves them with the table, keeps the user's cells, and
// a second run on its own copy changes nothing.
import type { OutputTable, OutputValue } from '../../../src/engine/table';
import { writeOutputsToPackage } from '../../../src/workbook/xlsx/writePackage';
import { openZip, writeZip, type ZipEntries } from '../../../src/workbook/xlsx/zip';
import { MUNICIPALITIES, Parts } from '../../fixtures/xlsx/packages';
import { allocation } from './outputs';
import { rowsUsed } from '../../../src/workbook/xlsx/sheetEdits';
import { layout, records, sheetCells, writtenTables } from './readBack';

function run(input: ZipEntries, outputs: readonly OutputTable[]) {
  const { files, notices } = writeOutputsToPackage(input, outputs);
  return { zip: openZip(writeZip(files)), notices };
}

const rowsOf = (n: number, label = 'Post'): OutputValue[][] =>
  Array.from({ length: n }, (_, i) => [`${label} ${i + 1}`, 'cost', 100 * (i + 1), 60, 40]);

/** Allocation of `n` lines with its totals under it. */
const withTotals = (n: number, label = 'Post'): OutputTable => ({
  ...allocation,
  rows: rowsOf(n, label),
  footer: {
    name: 'AllocationTotals',
    headers: allocation.headers,
    formats: allocation.formats,
    rows: [
      [`${label} one-off`, null, 0, 0, 0],
      [`${label} annual`, null, 1_000_000 * n, 600_000 * n, 400_000 * n],
    ],
  },
});

const tables = (zip: ZipEntries) =>
  writtenTables(zip).map((t) => [t.sheet, t.name, t.ref, t.values[1]?.[0] ?? null]);

const SHEET = 'xl/worksheets/sheet2.xml';
const input = Parts.tables([MUNICIPALITIES]).zip();

describe('Allocation’s totals', () => {
  const first = run(input, [withTotals(3)]);

  test('stand under Allocation as a table of their own, recorded, one blank row between', () => {
    expect(tables(first.zip)).toEqual([
      ['Kommuner', 'Municipalities', expect.any(String), expect.anything()],
      ['Fordeling', 'Allocation', 'A1:E4', 'Post 1'],
      ['Fordeling', 'AllocationTotals', 'A6:E8', 'Post one-off'],
    ]);
    const cells = sheetCells(first.zip, SHEET);
    expect([cells.has('A5'), cells.get('A6'), cells.get('E8')]).toEqual([false, 'Post', 1_200_000]);
    expect(records(first.zip)).toEqual({
      'Samkost.Output.Allocation': ['Fordeling!$A$1:$E$4', 'Allocation'],
      'Samkost.Output.AllocationTotals': ['Fordeling!$A$6:$E$8', 'AllocationTotals'],
    });
  });

  test('fit the column widths: a total is wider than any line', () => {
    const cols = /<cols>([\s\S]*?)<\/cols>/.exec(first.zip.text(SHEET))?.[1] ?? '';
    const widths = [...cols.matchAll(/width="([\d.]+)"/g)].map((m) => Number(m[1]));
    // 1,200,000.00 in the Iveland column: 12 characters and room for the filter button.
    expect(widths[4]).toBeGreaterThanOrEqual(14);
  });

  test('a second run on its own copy writes the very same package', () => {
    const second = run(first.zip, [withTotals(3)]);
    const third = run(second.zip, [withTotals(3)]);
    expect(third.notices).toEqual([]);
    for (const name of second.zip.names) {
      expect([name, Buffer.from(third.zip.read(name)).toString('utf8')]).toEqual([
        name,
        Buffer.from(second.zip.read(name)).toString('utf8'),
      ]);
    }
    expect(third.zip.names).toEqual(second.zip.names);
  });

  test('move down with a grown Allocation and up with a shrunk one, leaving no old cell', () => {
    const grown = run(first.zip, [withTotals(6, 'Grown')]);
    expect(tables(grown.zip).slice(1)).toEqual([
      ['Fordeling', 'Allocation', 'A1:E7', 'Grown 1'],
      ['Fordeling', 'AllocationTotals', 'A9:E11', 'Grown one-off'],
    ]);
    const shrunk = run(grown.zip, [withTotals(1, 'Shrunk')]);
    expect(tables(shrunk.zip).slice(1)).toEqual([
      ['Fordeling', 'Allocation', 'A1:E2', 'Shrunk 1'],
      ['Fordeling', 'AllocationTotals', 'A4:E6', 'Shrunk one-off'],
    ]);
    const rows = [...sheetCells(shrunk.zip, SHEET).keys()].map((ref) => Number(ref.slice(1)));
    expect(Math.max(...rows)).toBe(6);
    expect(layout(shrunk.zip)).toEqual({
      Kommuner: ['Municipalities'],
      Fordeling: ['Allocation', 'AllocationTotals'],
    });
  });

  test('move with Allocation beside the user’s notes and keep a note in the blank row', () => {
    const noted = Parts.of(first.zip)
      .edit(SHEET, '</row>', '<c r="H1" t="inlineStr"><is><t>Kari</t></is></c></row>')
      .edit(
        SHEET,
        '<row r="6">',
        '<row r="5"><c r="B5" t="inlineStr"><is><t>Sjekket</t></is></c></row><row r="6">',
      )
      .zip();
    const same = run(noted, [withTotals(3, 'Same')]);
    expect(same.notices).toEqual([]);
    const cells = sheetCells(same.zip, SHEET);
    expect([cells.get('H1'), cells.get('B5'), cells.get('A7')]).toEqual([
      'Kari',
      'Sjekket',
      'Same one-off',
    ]);
    // Grown, the table would cover the note in the blank row: both tables move, notes stay.
    const grown = run(same.zip, [withTotals(5, 'Grown')]);
    expect(grown.notices).toMatchObject([{ code: 'MOVED', sheetName: 'Fordeling (2)' }]);
    expect([...sheetCells(grown.zip, SHEET).entries()]).toEqual([
      ['H1', 'Kari'],
      ['B5', 'Sjekket'],
    ]);
    expect(layout(grown.zip)).toEqual({
      Kommuner: ['Municipalities'],
      Fordeling: [],
      'Fordeling (2)': ['Allocation', 'AllocationTotals'],
    });
  });

  test('on a sheet the user added nothing to, go with it when the run writes no Allocation', () => {
    const without = run(first.zip, []);
    expect(layout(without.zip)).toEqual({ Kommuner: ['Municipalities'] });
    expect(records(without.zip)).toEqual({});
  });
});

describe('the blank row above the totals, as the survey reads it', () => {
  const sheetXml = (rows: string, p = ''): string =>
    `<${p}worksheet xmlns${p === '' ? '' : `:${p.slice(0, -1)}`}="m"><${p}sheetData>${rows}</${p}sheetData><${p}rowBreaks/></${p}worksheet>`;

  test('is used when a cell holds a value or a style, not for an empty or missing row', () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="2" spans="1:3"/><row r="3"><c r="B3"/></row>' +
        '<row r="4"><c r="C4" s="3"/></row><row r="6"><c r="A6" t="inlineStr"><is><t>x</t></is></c></row>',
    );
    expect([...rowsUsed(xml, [0, 1, 2, 3, 4, 5, 9])]).toEqual([
      [0, true],
      [1, false],
      [2, false],
      [3, true],
      [4, false],
      [5, true],
      [9, false],
    ]);
  });

  test('places rows without r after the one before, with any prefix', () => {
    const xml = sheetXml(
      '<x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c></x:row><x:row><x:c><x:v>2</x:v></x:c></x:row><x:row/>',
      'x:',
    );
    expect([...rowsUsed(xml, [1, 2, 3])]).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
  });
});
