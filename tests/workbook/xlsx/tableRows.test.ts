import { openXlsx } from '../../../src/workbook/xlsx';
import { editTableBody, TableEditRefused } from '../../../src/workbook/xlsx/tableRows';
import { newWorkbookFiles } from '../../../src/workbook/xlsx/writePackage';
import { openZip, writeZip, type ZipEntries } from '../../../src/workbook/xlsx/zip';

/** A package with Scores (three columns, two rows) on sheet Vurdering, and one other sheet. */
function scoresPackage(edit: (sheetXml: string) => string = (x) => x): ZipEntries {
  const files = newWorkbookFiles([
    {
      tableName: 'Scores',
      sheetName: 'Vurdering',
      headers: ['Proposal', 'Scorer', 'Benefit'],
      rows: [
        ['P1', 'Kari', 3],
        ['P2', 'Ola', 4],
      ],
    },
    { tableName: 'Notes', sheetName: 'Notes', headers: ['Note'], rows: [['keep']] },
  ]);
  const decoder = new TextDecoder();
  return openZip(
    writeZip(
      files.map((f) =>
        f.name === 'xl/worksheets/sheet1.xml'
          ? { name: f.name, data: new TextEncoder().encode(edit(decoder.decode(f.data))) }
          : f,
      ),
    ),
  );
}

const text = (files: readonly { name: string; data: Uint8Array }[], name: string): string =>
  new TextDecoder().decode(files.find((f) => f.name === name)?.data);

describe('editTableBody', () => {
  it('replaces the given cells, adds rows, grows ref and autoFilter, keeps every other part', async () => {
    const zip = scoresPackage();
    const files = editTableBody(zip, 'vurdering', 'scores', [
      { index: 1, values: [undefined, undefined, 1] },
      { index: 2, values: ['P3', '=Eva', 2.5] },
    ]);
    const tables = await (await openXlsx(writeZip(files))).readTables();
    expect(tables.Scores?.rows.map((r) => r.map((c) => c.value))).toEqual([
      ['P1', 'Kari', 3],
      ['P2', 'Ola', 1],
      ['P3', '=Eva', 2.5],
    ]);
    const tablePart = files.find(
      (f) => f.name.startsWith('xl/tables/') && text(files, f.name).includes('"Scores"'),
    );
    expect(text(files, tablePart?.name ?? '')).toMatch(
      /<table\b[^>]*ref="A1:C4"[\s\S]*<autoFilter ref="A1:C4"/,
    );
    const changed = files.filter((f) => {
      const before = zip.read(f.name);
      return before.length !== f.data.length || before.some((b, i) => b !== f.data[i]);
    });
    expect(changed.map((f) => f.name).sort()).toEqual(
      [tablePart?.name, 'xl/worksheets/sheet1.xml'].sort(),
    );
    expect(files.map((f) => f.name)).toEqual(zip.names);
  });

  it('refuses, naming the cell, to grow the table over a cell that is not its own', () => {
    const zip = scoresPackage((xml) =>
      xml.replace('</sheetData>', '<row r="5"><c r="B5"><v>7</v></c></row></sheetData>'),
    );
    const add = (index: number) => () =>
      editTableBody(zip, 'Vurdering', 'Scores', [{ index, values: ['P3', 'Eva', 1] }]);
    expect(add(2)).not.toThrow();
    expect(add(3)).toThrow(new TableEditRefused('occupied', 'Vurdering!B5'));
  });

  it('refuses to overwrite a formula, and a table it cannot find', () => {
    const zip = scoresPackage((xml) =>
      xml.replace(/<c r="C2"[^>]*>.*?<\/c>/, '<c r="C2"><f>1+2</f><v>3</v></c>'),
    );
    expect(() =>
      editTableBody(zip, 'Vurdering', 'Scores', [{ index: 0, values: [undefined, undefined, 1] }]),
    ).toThrow(new TableEditRefused('formula', 'Vurdering!C2'));
    expect(() => editTableBody(zip, 'Notes', 'Scores', [])).toThrow(
      new TableEditRefused('noTable', 'Scores'),
    );
  });
});
