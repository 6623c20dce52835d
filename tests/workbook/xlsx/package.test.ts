import {
  explicitHeaderRow,
  relativeRelationships,
  relativeTarget,
} from '../../../src/workbook/xlsx/package';

describe('relationship targets', () => {
  test.each([
    ['', '/xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/', '/xl/worksheets/sheet1.xml', 'worksheets/sheet1.xml'],
    ['xl/worksheets/', '/xl/tables/table1.xml', '../tables/table1.xml'],
    ['xl/worksheets/', '/xl/worksheets/sheet2.xml', 'sheet2.xml'],
    ['xl/drawings/', '/xl/media/image1.png', '../media/image1.png'],
  ])('from %p, %p is %p', (base, absolute, relative) => {
    expect(relativeTarget(base, absolute)).toBe(relative);
  });

  test('absolute internal targets become relative; relative and external ones stay', () => {
    const xml =
      '<Relationships>' +
      '<Relationship Id="rId1" Type="t/table" Target="/xl/tables/table1.xml"/>' +
      '<Relationship Id="rId2" Type="t/table" Target="../tables/table2.xml"/>' +
      '<Relationship Id="rId3" Type="t/hyperlink" Target="/intranet/page" TargetMode="External"/>' +
      '</Relationships>';
    expect(relativeRelationships('xl/worksheets/_rels/sheet1.xml.rels', xml)).toBe(
      '<Relationships>' +
        '<Relationship Id="rId1" Type="t/table" Target="../tables/table1.xml"/>' +
        '<Relationship Id="rId2" Type="t/table" Target="../tables/table2.xml"/>' +
        '<Relationship Id="rId3" Type="t/hyperlink" Target="/intranet/page" TargetMode="External"/>' +
        '</Relationships>',
    );
  });
});

describe('table header rows', () => {
  test('a table left to the default header row gets it written out', () => {
    expect(explicitHeaderRow('<?xml version="1.0"?><table id="1" name="Costs" ref="A1:B3">')).toBe(
      '<?xml version="1.0"?><table headerRowCount="1" id="1" name="Costs" ref="A1:B3">',
    );
  });

  test('an explicit header row count, 0 included, is kept', () => {
    const xml = '<table id="1" headerRowCount="0" ref="A1:B3"><tableColumns/></table>';
    expect(explicitHeaderRow(xml)).toBe(xml);
  });

  test('only the table element is touched, not tableColumns or tableStyleInfo', () => {
    const xml = '<x:table id="1"><x:tableColumns count="1"/></x:table>';
    expect(explicitHeaderRow(xml)).toBe(
      '<x:table headerRowCount="1" id="1"><x:tableColumns count="1"/></x:table>',
    );
  });
});
