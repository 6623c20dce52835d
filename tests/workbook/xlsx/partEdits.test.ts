// The surgical text edits the .xlsx writer makes to parts it shares with the user.
import { replaceCells, replaceHyperlinks, usedBox } from '../../../src/workbook/xlsx/sheetEdits';
import { addOutputStyles } from '../../../src/workbook/xlsx/styles';
import {
  addSheet,
  removeSheets,
  replaceDefinedNames,
} from '../../../src/workbook/xlsx/workbookXml';
import { EXCEL_STYLES } from '../../fixtures/xlsx/packages';

const workbook = (sheets: string, rest = ''): string =>
  '<workbook xmlns="main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<bookViews><workbookView firstSheet="1" activeTab="3"/></bookViews>' +
  `<sheets>${sheets}</sheets>${rest}<calcPr calcId="191029"/></workbook>`;

describe('removing a sheet from the workbook part, as Excel does', () => {
  const sheets = ['Kommuner', 'Fordeling', 'My Fordeling', 'Risiko']
    .map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const names =
    '<definedNames>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="1">Fordeling!$A$1:$B$2</definedName>' +
    '<definedName name="Local" localSheetId="3">Risiko!$A$1</definedName>' +
    '<definedName name="Rate">Fordeling!$B$2*2</definedName>' +
    '<definedName name="Other">\'My Fordeling\'!$A$1</definedName>' +
    '</definedNames>';
  const after = removeSheets(workbook(sheets, names), [1], ['Fordeling']);

  test('its <sheet> goes and the others stay in order', () => {
    expect([...after.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'Kommuner',
      'My Fordeling',
      'Risiko',
    ]);
  });

  test('names scoped to it go; later scopes shift; references to it become #REF!', () => {
    expect(after).toContain(
      '<definedNames><definedName name="Local" localSheetId="2">Risiko!$A$1</definedName>' +
        '<definedName name="Rate">#REF!$B$2*2</definedName>' +
        '<definedName name="Other">\'My Fordeling\'!$A$1</definedName></definedNames>',
    );
  });

  test('the active and first tabs stay on sheets that exist', () => {
    expect(after).toContain('<workbookView firstSheet="1" activeTab="2"/>');
    const last = removeSheets(workbook(sheets), [3], ['Risiko']);
    expect(last).toContain('activeTab="2"');
  });
});

test('a sheet is appended, in a prefixed workbook without an r prefix too', () => {
  const xml =
    '<x:workbook xmlns:x="main" xmlns:q="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="A" sheetId="1" q:id="rId1"/></x:sheets></x:workbook>';
  expect(addSheet(xml, 'B & C', 2, 'rId9')).toContain(
    '<x:sheet name="A" sheetId="1" q:id="rId1"/><x:sheet name="B &amp; C" sheetId="2" q:id="rId9"/></x:sheets>',
  );
});

describe('defined names', () => {
  test('records replace records (any case); a sheet-scoped name of the same name stays', () => {
    const xml = workbook(
      '<sheet name="A" sheetId="1" r:id="rId1"/>',
      '<definedNames><definedName name="samkost.output.allocation" hidden="1">A!$A$1</definedName>' +
        '<definedName name="Samkost.Output.Allocation" localSheetId="0">A!$B$1</definedName></definedNames>',
    );
    const out = replaceDefinedNames(
      xml,
      ['samkost.output.allocation'],
      [{ name: 'Samkost.Output.Allocation', text: "'A b'!$A$1:$C$3", comment: 'Allocation' }],
    );
    expect(out).toContain(
      '<definedNames><definedName name="Samkost.Output.Allocation" localSheetId="0">A!$B$1</definedName>' +
        `<definedName name="Samkost.Output.Allocation" comment="Allocation" hidden="1">'A b'!$A$1:$C$3</definedName></definedNames>`,
    );
  });

  test('a workbook without names gets <definedNames> after <sheets>; an emptied one loses it', () => {
    const xml = workbook('<sheet name="A" sheetId="1" r:id="rId1"/>');
    const added = replaceDefinedNames(xml, [], [{ name: 'N', text: 'A!$A$1', comment: 'T' }]);
    expect(added).toContain('</sheets><definedNames><definedName name="N"');
    expect(replaceDefinedNames(added, ['n'], [])).toBe(xml);
  });
});

describe('the outputs’ styles in a styles part', () => {
  test('are added once: a second addition changes nothing', () => {
    const first = addOutputStyles(EXCEL_STYLES);
    const second = addOutputStyles(first.xml);
    expect(second.xml).toBe(first.xml);
    expect(second.styles.cell('0.0%', true)).toBe(first.styles.cell('0.0%', true));
    expect(second.styles.severity).toEqual(first.styles.severity);
  });

  test('counts match the items, and the user’s styles keep their indices', () => {
    const { xml, styles } = addOutputStyles(EXCEL_STYLES);
    for (const [collection, item] of [
      ['numFmts', 'numFmt'],
      ['cellXfs', 'xf'],
      ['dxfs', 'dxf'],
    ] as const) {
      const body = new RegExp(`<${collection} count="(\\d+)">([\\s\\S]*?)</${collection}>`).exec(
        xml,
      );
      const items = body?.[2]?.match(new RegExp(`<${item}\\b`, 'g')) ?? [];
      expect(Number(body?.[1])).toBe(items.length);
    }
    expect(xml).toContain(
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    );
    expect(styles.cell(null, false)).toBe(0);
    expect(styles.cell('#,##0.00', false)).toBeGreaterThanOrEqual(2);
    expect(styles.severity).toEqual([0, 1, 2]);
  });

  test('a prefixed styles part gets prefixed elements', () => {
    const prefixed = EXCEL_STYLES.replace(/<(\/?)(?=[a-z])(?!x14)/g, '<$1x:').replace(
      'xmlns="',
      'xmlns:x="',
    );
    const { xml } = addOutputStyles(prefixed);
    expect(xml).toContain('<x:dxf><x:font><x:color rgb="FF9C0006"/>');
    expect(xml).not.toMatch(/<dxf\b/);
  });
});

describe('rewriting one table’s cells in a shared sheet', () => {
  const sheet = (rows: string): string =>
    `<worksheet><sheetData>${rows}</sheetData><tableParts count="1"/></worksheet>`;

  test('cells inside the old box go, new ones go in column order, the rest stays', () => {
    const xml = sheet(
      '<row r="1" spans="1:4" ht="20" customHeight="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="D1" t="inlineStr"><is><t>note</t></is></c></row>' +
        '<row r="3"><c r="B3"><v>9</v></c></row>',
    );
    const out = replaceCells(
      xml,
      { top: 0, left: 1, rows: 3, cols: 1 },
      { top: 0, left: 1, rows: ['<c r="B1"><v>5</v></c>', '<c r="B2"><v>6</v></c>'] },
    );
    expect(out).toBe(
      sheet(
        '<row r="1" ht="20" customHeight="1"><c r="A1"><v>1</v></c><c r="B1"><v>5</v></c><c r="D1" t="inlineStr"><is><t>note</t></is></c></row>' +
          '<row r="2"><c r="B2"><v>6</v></c></row>' +
          '<row r="3"></row>',
      ),
    );
  });

  test('rows and cells written without references keep their places', () => {
    const xml = sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>');
    const out = replaceCells(
      xml,
      { top: 0, left: 1, rows: 1, cols: 1 },
      { top: 0, left: 1, rows: ['<c r="B1"><v>7</v></c>'] },
    );
    expect(out).toBe(
      sheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>7</v></c></row><row><c><v>3</v></c></row>',
      ),
    );
  });
});

describe('the used box of a sheet', () => {
  test('spans every row’s first and last cell with a reference', () => {
    const xml =
      '<worksheet><sheetData><row r="2"><c r="C2"><v>1</v></c><c r="D2"><v>2</v></c></row>' +
      '<row r="5" spans="2:9"><c r="B5" s="3"/><c r="F5"><v>3</v></c></row></sheetData></worksheet>';
    expect(usedBox(xml)).toEqual({ top: 1, left: 1, rows: 4, cols: 5 });
  });

  test('counts cells one by one when they carry no reference, leaving out empty ones', () => {
    const xml =
      '<x:worksheet><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c/><x:c s="2"/></x:row>' +
      '<x:row/><x:row><x:c/></x:row></x:sheetData></x:worksheet>';
    expect(usedBox(xml)).toEqual({ top: 0, left: 0, rows: 1, cols: 3 });
    expect(usedBox('<worksheet><sheetData/></worksheet>')).toBeNull();
  });
});

test('a row whose cells carry no reference is counted cell by cell, not left out', () => {
  const xml =
    '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>' +
    '<row r="2"><c><v>1</v></c><c><v>2</v></c><c t="b"><v>1</v></c></row></sheetData></worksheet>';
  expect(usedBox(xml)).toEqual({ top: 0, left: 0, rows: 2, cols: 3 });
});

describe('an output’s links on a shared sheet', () => {
  const box = { top: 0, left: 0, rows: 3, cols: 6 };
  const ours = '<hyperlink ref="F2" location="Kommuner!C3" display="Kommuner!C3"/>';
  const users =
    '<hyperlink ref="H1" location="Notat!A1"/><hyperlink ref="F3" r:id="rId9" display="ssb.no"/>';
  const sheet = (links: string): string =>
    `<worksheet><sheetData/>${links}<pageMargins left="0.7"/><tableParts count="1"/></worksheet>`;

  test('replaces the links inside the table and keeps the user’s beside and out of it', () => {
    const fresh = '<hyperlinks><hyperlink ref="F2" location="Tiltak!B7"/></hyperlinks>';
    expect(replaceHyperlinks(sheet(`<hyperlinks>${ours}${users}</hyperlinks>`), box, fresh)).toBe(
      sheet(`<hyperlinks>${users}<hyperlink ref="F2" location="Tiltak!B7"/></hyperlinks>`),
    );
  });

  test('adds a hyperlinks element before the page margins, and drops one left empty', () => {
    const fresh = `<hyperlinks>${ours}</hyperlinks>`;
    expect(replaceHyperlinks(sheet(''), box, fresh)).toBe(sheet(fresh));
    expect(replaceHyperlinks(sheet(fresh), box, '')).toBe(sheet(''));
  });
});
