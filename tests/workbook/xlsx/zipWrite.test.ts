/**
 * The zip a save writes: a part Samkost did not change is the input's stored entry, byte for
 * byte (never inflated, so no cap applies to it); the same parts always make the same bytes;
 * the file opens in this reader and in Info-ZIP's `unzip -tq` where the machine has it.
 */
import { spawnSync } from 'child_process';
import { writeFileSync } from 'fs';
import path from 'path';
import * as zlib from 'zlib';
import { WorkbookFileError } from '../../../src/workbook/fileErrors';
import { writeOutputsToPackage } from '../../../src/workbook/xlsx/writePackage';
import { openZip, writeZip, ZIP_LIMITS, type ZipEntries } from '../../../src/workbook/xlsx/zip';
import { fflateCrc32 } from '../../../src/workbook/xlsx/zipWrite';
import {
  repeatedDeflate,
  SharedStrings,
  sheetXml,
  tableXml,
  workbookParts,
  zipParts,
  type Part,
} from '../../fixtures/xlsx/parts';
import { PNG } from '../../fixtures/xlsx/packages';
import { allocation, riskFlags } from './outputs';
import { temporaryFolder } from './fixtures';

const folder = temporaryFolder('samkost-zip-write-');
afterAll(() => folder.remove());

const hasUnzip = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;

/** `unzip -t`'s verdict on `bytes` (CRC and sizes of every entry checked by inflating it). */
function unzipTest(bytes: Uint8Array, name: string): { ok: boolean; out: string } {
  const file = path.join(folder.dir, name);
  writeFileSync(file, bytes);
  const run = spawnSync('unzip', ['-tq', file], { encoding: 'utf8' });
  return { ok: run.status === 0, out: `${run.stdout}${run.stderr}` };
}

const TABLE_REL = {
  id: 'rIdT1',
  type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  target: '../tables/table1.xml',
};

/**
 * A user's workbook zipped the way another program would (fflate at level 6, MS-DOS time 0),
 * with a Municipalities table, an image and `extra` parts.
 */
function usersWorkbookBytes(extra: readonly Part[] = []): Uint8Array {
  const strings = new SharedStrings();
  const rows = [
    ['Kommune', 'Innbyggere', 'PCer'],
    ['Vennesla', 12703, 900],
    ['Iveland', 1161, 80],
  ];
  return zipParts(
    workbookParts(
      [
        {
          name: 'Kommuner',
          xml: sheetXml(rows, strings, { dimension: 'A1:C3', tables: ['rIdT1'] }),
          rels: [TABLE_REL],
        },
      ],
      strings,
      {
        extra: [
          {
            name: 'xl/tables/table1.xml',
            data: tableXml(1, 'Municipalities', 'A1:C3', ['Kommune', 'Innbyggere', 'PCer']),
          },
          { name: 'xl/media/image1.png', data: PNG },
          ...extra,
        ],
      },
    ),
  );
}

const usersWorkbook = (extra: readonly Part[] = []): ZipEntries =>
  openZip(usersWorkbookBytes(extra));

/**
 * `bytes` as a streaming writer (LibreOffice, Java's ZipOutputStream) writes entries: flag bit 3
 * set, the local headers' CRC and sizes zero (the real ones follow the data and are in the
 * directory; the reader takes them from there).
 */
function withDataDescriptors(bytes: Uint8Array): Uint8Array {
  const out = Uint8Array.from(bytes);
  const view = new DataView(out.buffer);
  const directory = view.getUint32(out.byteLength - 22 + 16, true);
  for (let at = 0; at < directory;) {
    const compressed = view.getUint32(at + 18, true);
    const next =
      at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + compressed;
    view.setUint16(at + 6, view.getUint16(at + 6, true) | 8, true);
    for (let field = at + 14; field < at + 26; field += 4) view.setUint32(field, 0, true);
    at = next;
  }
  for (let at = directory; view.getUint32(at, true) === 0x02014b50;) {
    view.setUint16(at + 8, view.getUint16(at + 8, true) | 8, true);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return out;
}

const written = (input: ZipEntries): Uint8Array =>
  writeZip(writeOutputsToPackage(input, [allocation, riskFlags]).files);

describe('a copy with outputs added', () => {
  const input = usersWorkbook();
  const bytes = written(input);
  const output = openZip(bytes);

  test('a part nobody changed is the input stored entry: same compressed bytes, CRC, size and time', () => {
    const unchanged = ['xl/worksheets/sheet1.xml', 'xl/media/image1.png', 'xl/sharedStrings.xml'];
    for (const name of unchanged) {
      const before = input.stored(name);
      const after = output.stored(name);
      expect({ name, ...after, compressed: Buffer.from(after.compressed) }).toEqual({
        name,
        ...before,
        compressed: Buffer.from(before.compressed),
      });
    }
    // The input was compressed by another program: copying is not compressing again alike.
    const sheet = input.read('xl/worksheets/sheet1.xml');
    expect(Buffer.from(output.stored('xl/worksheets/sheet1.xml').compressed)).not.toEqual(
      zlib.deflateRawSync(sheet, { level: 1 }),
    );
  });

  test('a new part has the fixed time 1980-01-01 00:00 and the CRC of its bytes', () => {
    const added = output.names.filter((name) => !input.has(name));
    expect(added.length).toBeGreaterThan(0);
    for (const name of added) {
      const entry = output.stored(name);
      expect({ name, date: entry.date, time: entry.time }).toEqual({ name, date: 0x21, time: 0 });
      expect(entry.crc).toBe(zlib.crc32(output.read(name)));
    }
  });

  test('the copy opens in the reader with every part readable', () => {
    for (const name of output.names) expect(() => output.read(name)).not.toThrow();
    expect(output.text('xl/workbook.xml')).toContain('name="Fordeling"');
  });

  (hasUnzip ? test : test.skip)('unzip -tq finds no error in the copy', () => {
    const verdict = unzipTest(bytes, 'copy.xlsx');
    expect(verdict.out).toContain('No errors detected');
    expect(verdict.ok).toBe(true);
  });

  test('the same outputs written into the same input twice make the same bytes', () => {
    expect(Buffer.from(written(usersWorkbook())).equals(Buffer.from(bytes))).toBe(true);
  });
});

test('a part past the inflate caps that Samkost never reads is copied, not refused', () => {
  const declaredSize = ZIP_LIMITS.totalBytes + 1024;
  const unit = 'x'.repeat(1024 * 1024);
  const input = usersWorkbook([
    {
      name: 'xl/media/huge.bin',
      deflated: repeatedDeflate('', unit, declaredSize / unit.length - 1, 'x'.repeat(1024)),
      declaredSize,
    },
  ]);
  // Reading it is refused (it is larger than a part may be) ...
  expect(() => input.read('xl/media/huge.bin')).toThrow(
    new WorkbookFileError('PART_TOO_LARGE', {
      part: 'xl/media/huge.bin',
      limit: ZIP_LIMITS.partBytes,
    }),
  );
  // ... yet the copy keeps it, as stored.
  const output = openZip(written(input));
  expect(output.stored('xl/media/huge.bin')).toEqual(input.stored('xl/media/huge.bin'));
});

test('a part the input wrote with a data descriptor is copied with its CRC and sizes in its header', () => {
  const input = openZip(withDataDescriptors(usersWorkbookBytes()));
  const bytes = written(input);
  const output = openZip(bytes);
  const before = input.stored('xl/media/image1.png');
  expect(output.stored('xl/media/image1.png')).toEqual(before);
  // The local header of the copy says what the directory says, and no descriptor is announced.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = new TextEncoder().encode('xl/media/image1.png');
  const at = Buffer.from(bytes).indexOf(Buffer.from(name)) - 30;
  expect({
    flags: view.getUint16(at + 6, true) & 8,
    crc: view.getUint32(at + 14, true),
    compressed: view.getUint32(at + 18, true),
    size: view.getUint32(at + 22, true),
  }).toEqual({
    flags: 0,
    crc: before.crc,
    compressed: before.compressed.byteLength,
    size: before.size,
  });
  if (hasUnzip) expect(unzipTest(bytes, 'descriptors.xlsx').ok).toBe(true);
});

describe('zip64', () => {
  test('an entry declaring 5 GB is copied with its size in a zip64 field', () => {
    const size = 5 * 1024 ** 3;
    const input = usersWorkbook([
      { name: 'xl/media/big.bin', deflated: Uint8Array.of(3, 0), declaredSize: 0 },
    ]);
    const stored = { ...input.stored('xl/media/big.bin'), size };
    const bytes = writeZip([{ name: 'xl/media/big.bin', data: new Uint8Array(0), stored }]);
    expect(openZip(bytes).stored('xl/media/big.bin')).toEqual(stored);
  });

  test('more than 65,534 entries are counted in the zip64 end record', () => {
    const count = 70_000;
    const entries = Array.from({ length: count }, (_, i) => ({
      name: `p/${i}.txt`,
      data: new Uint8Array(0),
    }));
    const bytes = writeZip(entries);
    // The reader sees the real count (and refuses it: more than a workbook may hold).
    let refused: unknown;
    try {
      openZip(bytes);
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({
      code: 'TOO_MANY_PARTS',
      params: { limit: ZIP_LIMITS.entries },
    });
    if (hasUnzip) {
      const verdict = unzipTest(bytes, 'many.zip');
      expect(verdict.out).toContain('No errors detected');
    }
  });
});

test("fflate's CRC (for a Node without zlib.crc32) is zlib's", () => {
  const data = new TextEncoder().encode(
    '<sheetData><row r="1"><c r="A1"><v>1</v></c></row>'.repeat(99),
  );
  expect(fflateCrc32(data)).toBe(zlib.crc32(data));
  expect(fflateCrc32(new Uint8Array(0))).toBe(0);
});
