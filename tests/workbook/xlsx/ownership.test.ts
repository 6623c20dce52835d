// Ownership in the .xlsx adapter (contract v1.1 §6): a re-run replaces or deletes only what an
// earlier run recorded as its own; the user's sheets and tables are never touched, even when
// they bear an output's name.
import type { OutputTable, OutputValue, TableSheet } from '../../../src/engine/table';
import { writeOutputsToPackage } from '../../../src/workbook/xlsx/writePackage';
import { openZip, writeZip, type ZipEntries } from '../../../src/workbook/xlsx/zip';
import { MUNICIPALITIES, Parts, withTableBeside } from '../../fixtures/xlsx/packages';
import { allocation, riskFlags } from './outputs';
import { layout, records, sheetCells, writtenTables } from './readBack';

function run(input: ZipEntries, outputs: readonly OutputTable[]) {
  const { files, notices } = writeOutputsToPackage(input, outputs);
  return { zip: openZip(writeZip(files)), notices };
}

/** The parts of `input` whose bytes differ in `output` (or are gone). */
const changedParts = (input: ZipEntries, output: ZipEntries): string[] =>
  input.names.filter(
    (n) => !output.has(n) || !Buffer.from(input.read(n)).equals(Buffer.from(output.read(n))),
  );

const BOOKKEEPING = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml'];

const rowsOf = (n: number): OutputValue[][] =>
  Array.from({ length: n }, (_, i) => [`Post ${i + 1}`, 'cost', 100 * (i + 1), 60, 40]);

const valuesOf = (zip: ZipEntries, table: string) =>
  writtenTables(zip).find((t) => t.name === table)?.values;

describe('the fallback sheet Municipalities holding the user’s own table Totals', () => {
  const totals: OutputTable = {
    name: 'Totals',
    sheetName: 'Totaler',
    headers: ['Kommune', 'Kostnader', 'Sum'],
    formats: ['text', 'currency', 'currency'],
    rows: [['Vennesla', 916.1, 916.1]],
  };
  const userSheet: TableSheet = {
    tableName: 'Totals',
    sheetName: 'Municipalities',
    headers: ['Kommune', 'Innbyggere'],
    rows: [['Vennesla', 12703]],
  };
  const input = Parts.tables([userSheet]).zip();
  const first = run(input, [totals]);

  test('survives untouched; the output goes beside it under a free name, and the run says so', () => {
    expect(changedParts(input, first.zip).sort()).toEqual(BOOKKEEPING);
    expect(layout(first.zip)).toEqual({ Municipalities: ['Totals'], Totaler: ['Totals_2'] });
    expect(first.notices).toEqual([
      {
        code: 'NAME_TAKEN',
        output: 'Totals',
        tableName: 'Totals_2',
        sheetName: 'Totaler',
        takenBy: { kind: 'table', name: 'Totals' },
      },
    ]);
  });

  test('a re-run replaces only the output, under the name it took', () => {
    const second = run(first.zip, [{ ...totals, rows: [['Vennesla', 1, 1]] }]);
    expect(layout(second.zip)).toEqual({ Municipalities: ['Totals'], Totaler: ['Totals_2'] });
    expect(valuesOf(second.zip, 'Totals_2')?.[1]).toEqual(['Vennesla', 1, 1]);
    expect(valuesOf(second.zip, 'Totals')).toEqual([
      ['Kommune', 'Innbyggere'],
      ['Vennesla', 12703],
    ]);
    expect(second.notices).toEqual([]);
  });
});

describe('notes typed beside an output table', () => {
  const first = run(Parts.tables([MUNICIPALITIES]).zip(), [allocation]);
  const sheet = 'xl/worksheets/sheet2.xml';

  test('are kept, and the table is rewritten where it stands', () => {
    const noted = Parts.of(first.zip)
      .edit(sheet, '</row>', '<c r="H1" t="inlineStr"><is><t>Husk å sjekke</t></is></c></row>')
      .zip();
    const second = run(noted, [{ ...allocation, rows: rowsOf(2) }]);
    expect(second.notices).toEqual([]);
    expect(layout(second.zip)).toEqual({ Kommuner: ['Municipalities'], Fordeling: ['Allocation'] });
    const cells = sheetCells(second.zip, sheet);
    expect(cells.get('H1')).toBe('Husk å sjekke');
    // The old table's third row is gone with the rest of its cells.
    expect(cells.has('A4')).toBe(false);
    expect(valuesOf(second.zip, 'Allocation')).toEqual([allocation.headers, ...rowsOf(2)]);
    expect(records(second.zip)).toEqual({
      'Samkost.Output.Allocation': ['Fordeling!$A$1:$E$3', 'Allocation'],
    });
  });

  test('a table that would grow into them moves to a new sheet, and the run says so', () => {
    const noted = Parts.of(first.zip)
      .edit(
        sheet,
        '</sheetData>',
        '<row r="6"><c r="A6" t="inlineStr"><is><t>Notat</t></is></c></row></sheetData>',
      )
      .zip();
    const second = run(noted, [{ ...allocation, rows: rowsOf(6) }]);
    expect(second.notices).toEqual([
      {
        code: 'MOVED',
        output: 'Allocation',
        tableName: 'Allocation',
        sheetName: 'Fordeling (2)',
        from: 'Fordeling',
      },
    ]);
    expect(layout(second.zip)).toEqual({
      Kommuner: ['Municipalities'],
      Fordeling: [],
      'Fordeling (2)': ['Allocation'],
    });
    const cells = sheetCells(second.zip, sheet);
    expect([...cells.entries()]).toEqual([['A6', 'Notat']]);
    expect(valuesOf(second.zip, 'Allocation')).toEqual([allocation.headers, ...rowsOf(6)]);
  });
});

test('a user table named Allocation on an input sheet is untouched', () => {
  const user: TableSheet = {
    tableName: 'Allocation',
    sheetName: '',
    headers: ['Notat', 'Sum'],
    rows: [['egen', 1]],
  };
  const input = withTableBeside(
    Parts.tables([MUNICIPALITIES]),
    'xl/worksheets/sheet1.xml',
    user,
    4,
    7,
  ).zip();
  const { zip, notices } = run(input, [allocation]);
  expect(changedParts(input, zip).sort()).toEqual(BOOKKEEPING);
  expect(layout(zip)).toEqual({
    Kommuner: ['Municipalities', 'Allocation'],
    Fordeling: ['Allocation_2'],
  });
  expect(notices).toEqual([
    {
      code: 'NAME_TAKEN',
      output: 'Allocation',
      tableName: 'Allocation_2',
      sheetName: 'Fordeling',
      takenBy: { kind: 'table', name: 'Allocation' },
    },
  ]);
});

test('an output sheet the user renamed is rewritten under its new name, with no duplicate', () => {
  const first = run(Parts.tables([MUNICIPALITIES]).zip(), [allocation]);
  // Excel keeps a defined name's reference in step with a renamed sheet.
  const renamed = Parts.of(first.zip)
    .edit('xl/workbook.xml', 'name="Fordeling"', 'name="Min fordeling"')
    .edit('xl/workbook.xml', '>Fordeling!', ">'Min fordeling'!")
    .zip();
  const second = run(renamed, [{ ...allocation, rows: rowsOf(1) }]);
  expect(second.notices).toEqual([]);
  expect(layout(second.zip)).toEqual({
    Kommuner: ['Municipalities'],
    'Min fordeling': ['Allocation'],
  });
  expect(valuesOf(second.zip, 'Allocation')).toEqual([allocation.headers, ...rowsOf(1)]);
  expect(records(second.zip)).toEqual({
    'Samkost.Output.Allocation': ["'Min fordeling'!$A$1:$E$2", 'Allocation'],
  });
});

test('a workbook written before records existed loses nothing', () => {
  // Today's copies hold output tables with no record: they cannot be proven Samkost's.
  const old: TableSheet = {
    tableName: 'Allocation',
    sheetName: 'Fordeling',
    headers: allocation.headers,
    rows: allocation.rows,
  };
  const input = Parts.tables([MUNICIPALITIES, old]).zip();
  const { zip, notices } = run(input, [{ ...allocation, rows: rowsOf(1) }]);
  expect(changedParts(input, zip).sort()).toEqual(BOOKKEEPING);
  expect(layout(zip)).toEqual({
    Kommuner: ['Municipalities'],
    Fordeling: ['Allocation'],
    'Fordeling (2)': ['Allocation_2'],
  });
  expect(notices).toEqual([
    expect.objectContaining({
      code: 'NAME_TAKEN',
      tableName: 'Allocation_2',
      sheetName: 'Fordeling (2)',
    }),
  ]);
});

test('an output this run does not write goes, with its sheet, parts and content types', () => {
  const first = run(Parts.tables([MUNICIPALITIES]).zip(), [allocation, riskFlags]);
  const second = run(first.zip, [allocation]);
  expect(layout(second.zip)).toEqual({ Kommuner: ['Municipalities'], Fordeling: ['Allocation'] });
  const gone = first.zip.names.filter((n) => !second.zip.has(n));
  expect(gone.sort()).toEqual([
    'xl/tables/table3.xml',
    'xl/worksheets/_rels/sheet3.xml.rels',
    'xl/worksheets/sheet3.xml',
  ]);
  const types = second.zip.text('[Content_Types].xml');
  expect(types).not.toContain('sheet3.xml');
  expect(types).not.toContain('table3.xml');
  expect(Object.keys(records(second.zip))).toEqual(['Samkost.Output.Allocation']);
});

describe('the calculation chain', () => {
  const withChain = (parts: Parts, cell: string): Parts =>
    parts
      .set(
        'xl/calcChain.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="${cell}" i="2"/></calcChain>`,
      )
      .append(
        'xl/_rels/workbook.xml.rels',
        'Relationships',
        '<Relationship Id="rId77" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>',
      )
      .append(
        '[Content_Types].xml',
        'Types',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>',
      );
  const first = run(Parts.tables([MUNICIPALITIES]).zip(), [allocation]);
  const sheet = 'xl/worksheets/sheet2.xml';

  test('goes, with its relationship and content type, when a formula typed into an output goes', () => {
    const typed = withChain(
      Parts.of(first.zip).edit(
        sheet,
        /<c r="C2"[^>]*><v>1000<\/v><\/c>/,
        '<c r="C2"><f>500*2</f><v>1000</v></c>',
      ),
      'C2',
    ).zip();
    const { zip } = run(typed, [allocation]);
    expect(zip.has('xl/calcChain.xml')).toBe(false);
    expect(zip.text('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(zip.text('[Content_Types].xml')).not.toContain('calcChain');
  });

  test('stays as it was when no formula goes', () => {
    const chained = withChain(Parts.of(first.zip), 'A1').zip();
    const { zip } = run(chained, [allocation]);
    expect(zip.text('xl/calcChain.xml')).toBe(chained.text('xl/calcChain.xml'));
  });
});

test('a copy LibreOffice saved again (records without their comment) is still Samkost’s', () => {
  // LibreOffice keeps a defined name's reference but writes it without comment or hidden flag.
  const first = run(Parts.tables([MUNICIPALITIES]).zip(), [allocation, riskFlags]);
  const resaved = Parts.of(first.zip)
    .edit('xl/workbook.xml', /\scomment="[^"]*" hidden="1"/g, ' hidden="false"')
    .zip();
  const second = run(resaved, [{ ...allocation, rows: rowsOf(1) }, riskFlags]);
  expect(second.notices).toEqual([]);
  expect(layout(second.zip)).toEqual({
    Kommuner: ['Municipalities'],
    Fordeling: ['Allocation'],
    Risiko: ['RiskFlags'],
  });
  expect(valuesOf(second.zip, 'Allocation')).toEqual([allocation.headers, ...rowsOf(1)]);
});

test('a rewritten output sheet keeps its tab colour and the code name its macros know it by', () => {
  const first = run(Parts.tables([MUNICIPALITIES]).zip(), [allocation]);
  const sheetPr = '<sheetPr codeName="Ark2"><tabColor rgb="FF00B050"/></sheetPr>';
  const coloured = Parts.of(first.zip)
    .edit('xl/worksheets/sheet2.xml', /(<worksheet [^>]*>)/, `$1${sheetPr}`)
    .zip();
  const second = run(coloured, [{ ...allocation, rows: rowsOf(2) }]);
  expect(second.zip.text('xl/worksheets/sheet2.xml')).toContain(`">${sheetPr}<dimension`);
  expect(valuesOf(second.zip, 'Allocation')).toEqual([allocation.headers, ...rowsOf(2)]);
});
