import { strToU8 } from 'fflate';
import { WorkbookFileError } from '../../../src/workbook/fileErrors';
import {
  parseRange,
  readRelationships,
  readStructure,
  relsPartOf,
  tablesOfSheet,
} from '../../../src/workbook/xlsx/structure';
import { openZip, writeZip } from '../../../src/workbook/xlsx/zip';

const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const zipOf = (parts: Record<string, string>): Uint8Array =>
  writeZip(Object.entries(parts).map(([name, text]) => ({ name, data: strToU8(text) })));

const codeOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return error instanceof WorkbookFileError ? error.code : `not a file error: ${String(error)}`;
  }
  return 'no error';
};

describe('the zip layer', () => {
  test('writes parts in order and reads them back, by name in any case', () => {
    const zip = openZip(zipOf({ '[Content_Types].xml': '<Types/>', 'xl/a.xml': '\uFEFFæøå' }));
    expect(zip.names).toEqual(['[Content_Types].xml', 'xl/a.xml']);
    expect(zip.has('XL/A.xml')).toBe(true);
    expect(zip.has('/xl/a.xml')).toBe(true);
    expect(zip.text('xl/a.xml')).toBe('æøå');
    expect(zip.has('xl/b.xml')).toBe(false);
  });

  test('bytes that are no zip are NOT_A_WORKBOOK', () => {
    expect(codeOf(() => openZip(strToU8('Kommune;Innbyggere\n')))).toBe('NOT_A_WORKBOOK');
    expect(codeOf(() => openZip(new Uint8Array(0)))).toBe('NOT_A_WORKBOOK');
  });
});

/** A package as Excel lays it out, with absolute targets and `x:` prefixes (as some tools write). */
const EXCEL_STYLE = {
  '[Content_Types].xml': '<Types/>',
  '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELS}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Kommuner" sheetId="3" r:id="rId7"/><x:sheet name="Skjult" sheetId="4" state="hidden" r:id="rId8"/></x:sheets><x:definedNames><x:definedName name="Samkost.Output" hidden="1">"Allocation"</x:definedName><x:definedName name="_xlnm.Print_Area" localSheetId="0">Kommuner!$A$1:$C$9</x:definedName></x:definedNames></x:workbook>`,
  'xl/_rels/workbook.xml.rels': `<Relationships><Relationship Id="rId7" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId8" Type="${RELS}/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>`,
  'xl/worksheets/sheet1.xml': '<worksheet/>',
  'xl/worksheets/_rels/sheet1.xml.rels': `<Relationships><Relationship Id="rId1" Type="${RELS}/table" Target="../tables/table1.xml"/><Relationship Id="rId2" Type="${RELS}/table" Target="/xl/tables/table2.xml"/><Relationship Id="rId3" Type="${RELS}/hyperlink" Target="https://example.no/" TargetMode="External"/></Relationships>`,
  'xl/tables/table1.xml':
    '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Table1" displayName="Municipalities" ref="B2:D9" totalsRowCount="1"><tableColumns count="3"/></table>',
  'xl/tables/table2.xml':
    '<x:table xmlns:x="urn:x" id="2" name="Costs" ref="F1:G3" headerRowCount="0"/>',
};

describe('the structure of a package', () => {
  const zip = openZip(zipOf(EXCEL_STYLE));

  test('relationships resolve absolute and relative targets; external ones stay as given', () => {
    expect(relsPartOf('xl/worksheets/sheet1.xml')).toBe('xl/worksheets/_rels/sheet1.xml.rels');
    expect(readRelationships(zip, 'xl/worksheets/sheet1.xml')).toEqual([
      { id: 'rId1', type: `${RELS}/table`, target: 'xl/tables/table1.xml', external: false },
      { id: 'rId2', type: `${RELS}/table`, target: 'xl/tables/table2.xml', external: false },
      { id: 'rId3', type: `${RELS}/hyperlink`, target: 'https://example.no/', external: true },
    ]);
    expect(readRelationships(zip, 'xl/tables/table1.xml')).toEqual([]);
  });

  test('the workbook: sheets with their parts, defined names and the date system', () => {
    expect(readStructure(zip)).toEqual({
      workbookPart: 'xl/workbook.xml',
      sheets: [
        {
          name: 'Kommuner',
          sheetId: 3,
          relId: 'rId7',
          part: 'xl/worksheets/sheet1.xml',
          state: 'visible',
        },
        // Its relationship names a part the package does not hold.
        { name: 'Skjult', sheetId: 4, relId: 'rId8', part: null, state: 'hidden' },
      ],
      definedNames: [
        {
          name: 'Samkost.Output',
          localSheetId: null,
          hidden: true,
          comment: null,
          text: '"Allocation"',
        },
        {
          name: '_xlnm.Print_Area',
          localSheetId: 0,
          hidden: false,
          comment: null,
          text: 'Kommuner!$A$1:$C$9',
        },
      ],
      date1904: true,
    });
  });

  test('tables: display name, zero-based box, header row by default, totals row', () => {
    expect(tablesOfSheet(zip, 'xl/worksheets/sheet1.xml')).toEqual([
      {
        part: 'xl/tables/table1.xml',
        id: 1,
        name: 'Municipalities',
        top: 1,
        left: 1,
        rows: 8,
        cols: 3,
        headerRowCount: 1,
        totalsRowCount: 1,
      },
      {
        part: 'xl/tables/table2.xml',
        id: 2,
        name: 'Costs',
        top: 0,
        left: 5,
        rows: 3,
        cols: 2,
        headerRowCount: 0,
        totalsRowCount: 0,
      },
    ]);
  });

  test('a zip without an officeDocument relationship is NOT_A_WORKBOOK', () => {
    expect(codeOf(() => readStructure(openZip(zipOf({ 'notes.txt': 'hello' }))))).toBe(
      'NOT_A_WORKBOOK',
    );
  });
});

test.each([
  ['B2:D9', { top: 1, left: 1, rows: 8, cols: 3 }],
  ['$A$1', { top: 0, left: 0, rows: 1, cols: 1 }],
  ['D9:B2', { top: 1, left: 1, rows: 8, cols: 3 }],
  // Whole rows, as LibreOffice writes a table over a whole sheet, and whole columns.
  ['1:1048576', { top: 0, left: 0, rows: 1_048_576, cols: 16_384 }],
  ['B:C', { top: 0, left: 1, rows: 1_048_576, cols: 2 }],
  ['A1:XFE2', null],
  ['A0', null],
  ['A1:B2:C3', null],
])('the range %p is %p', (ref, box) => {
  expect(parseRange(ref)).toEqual(box);
});
