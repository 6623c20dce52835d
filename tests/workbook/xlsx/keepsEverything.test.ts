// The copy `samkost run` writes is the input's own package with Samkost's parts added: every
// part it does not own is there with the same bytes, whatever kind of part it is.
import { writeOutputsToPackage } from '../../../src/workbook/xlsx/writePackage';
import { openZip, writeZip, type ZipEntries } from '../../../src/workbook/xlsx/zip';
import { richWorkbook } from '../../fixtures/xlsx/packages';
import { allocation, riskFlags } from './outputs';
import { layout, writtenTables } from './readBack';

/** The parts Samkost edits in place (as text, adding elements). */
const EDITED = new Set([
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  '[Content_Types].xml',
  'xl/styles.xml',
]);

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

/**
 * The element names `after` adds to `before`, `count` attributes aside; throws when `after`
 * lost or changed anything of `before`.
 */
function addedElements(before: string, after: string): string[] {
  const tokens = (xml: string): string[] =>
    (xml.replace(/\scount="\d+"/g, '').match(/<[^>]+>|[^<]+/g) ?? []).map((t) =>
      // A self-closed empty collection may be opened to take items.
      t.replace(/^<(\w+)([^>]*)\/>$/, '<$1$2/>'),
    );
  const a = tokens(before);
  const b = tokens(after);
  const added: string[] = [];
  let i = 0;
  for (const token of b) {
    if (i < a.length && token === a[i]) i += 1;
    else if (i < a.length && a[i]?.endsWith('/>') && token === a[i]?.replace(/\/>$/, '>')) {
      // `<dxfs/>` opened as `<dxfs>…</dxfs>`
      i += 1;
    } else added.push(/^<\/?([\w:]+)/.exec(token)?.[1] ?? 'text');
  }
  if (i < a.length) throw new Error(`lost from the part: ${a.slice(i, i + 3).join('')}`);
  return [...new Set(added)].sort();
}

describe.each([
  ['an .xlsx', false],
  ['an .xlsm', true],
])('writing outputs into %s with every kind of part', (_, macro) => {
  let input: ZipEntries;
  let output: ZipEntries;
  beforeAll(() => {
    input = richWorkbook({ macro }).zip();
    output = openZip(writeZip(writeOutputsToPackage(input, [allocation, riskFlags]).files));
  });

  test('every part Samkost does not own has the same bytes', () => {
    const kept = input.names.filter((name) => !EDITED.has(name));
    expect(kept).toEqual(
      expect.arrayContaining([
        'xl/charts/chart1.xml',
        'xl/media/image1.png',
        'xl/drawings/vmlDrawing1.vml',
        'xl/comments1.xml',
        'xl/threadedComments/threadedComment1.xml',
        'xl/pivotCache/pivotCacheRecords1.xml',
        'customXml/item1.xml',
        'docProps/custom.xml',
        'xl/worksheets/sheet1.xml',
        ...(macro ? ['xl/vbaProject.bin'] : []),
      ]),
    );
    const changed = kept.filter(
      (name) => !output.has(name) || !same(input.read(name), output.read(name)),
    );
    expect(changed).toEqual([]);
  });

  test('the edited parts only gain the elements the outputs need', () => {
    const diff = (part: string): string[] => addedElements(input.text(part), output.text(part));
    expect(diff('xl/workbook.xml')).toEqual(['definedName', 'sheet', 'text']);
    // The user's format 164 keeps its id; the outputs' codes take the next ones.
    expect(output.text('xl/styles.xml')).toContain('<numFmt numFmtId="165" formatCode="0.0%"/>');
    expect(diff('xl/_rels/workbook.xml.rels')).toEqual(['Relationship']);
    expect(diff('[Content_Types].xml')).toEqual(['Override']);
    expect(diff('xl/styles.xml')).toEqual([
      'bgColor',
      'color',
      'dxf',
      'dxfs',
      'fill',
      'font',
      'numFmt',
      'patternFill',
      'xf',
    ]);
    const types = output.text('[Content_Types].xml');
    expect(types.includes('application/vnd.ms-excel.sheet.macroEnabled.main+xml')).toBe(macro);
  });

  test('every new part has a content type', () => {
    const types = output.text('[Content_Types].xml');
    const added = output.names.filter((n) => !input.has(n) && !n.endsWith('.rels'));
    expect(added.length).toBe(4);
    for (const part of added) expect(types).toContain(`PartName="/${part}"`);
  });

  test('the output tables read back as the engine wrote them', () => {
    const tables = writtenTables(output);
    for (const table of [allocation, riskFlags]) {
      const written = tables.find((t) => t.name === table.name);
      expect(written?.sheet).toBe(table.sheetName);
      expect(written?.values).toEqual([
        table.headers,
        ...table.rows.map((row) => table.headers.map((_, c) => row[c] ?? null)),
      ]);
    }
    expect(layout(output)).toEqual({
      Kommuner: ['Municipalities'],
      Kostnader: ['Costs'],
      Pivot: [],
      Fordeling: ['Allocation'],
      Risiko: ['RiskFlags'],
    });
  });

  test('a second run on the first run’s output writes the same package', () => {
    const again = writeOutputsToPackage(output, [allocation, riskFlags]).files;
    expect(again.map((f) => f.name)).toEqual(output.names);
    const differing = again.filter((f) => !same(f.data, output.read(f.name))).map((f) => f.name);
    expect(differing).toEqual([]);
  });
});
