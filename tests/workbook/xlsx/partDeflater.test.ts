/**
 * A part compressed piece by piece as it is written (the command line's large sheets): the
 * pieces joined are one DEFLATE stream that this reader, Node's zlib and Info-ZIP all inflate to
 * the part's bytes, under the part's CRC; a part compression cannot shrink is stored.
 */
import { spawnSync } from 'child_process';
import { writeFileSync } from 'fs';
import path from 'path';
import * as zlib from 'zlib';
import { openZip, writeZip } from '../../../src/workbook/xlsx/zip';
import { PartDeflater } from '../../../src/workbook/xlsx/zipWrite';
import { temporaryFolder } from './fixtures';

const folder = temporaryFolder('samkost-part-deflater-');
afterAll(() => folder.remove());

const hasUnzip = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;

/** `data` cut into pieces of `size` bytes, compressed by a PartDeflater. */
async function deflated(data: Uint8Array, size: number) {
  const deflater = new PartDeflater();
  let at = 0;
  for (; at + size < data.length; at += size) deflater.push(data.subarray(at, at + size));
  return deflater.end(data.subarray(at));
}

/** Rows of sheet-like XML, `rows` of them. */
const xml = (rows: number): Uint8Array => {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r += 1) {
    parts.push(`<row r="${r}"><c r="A${r}" s="2"><v>${(r * 7919) % 100003}.5</v></c></row>`);
  }
  return new TextEncoder().encode(parts.join(''));
};

test('pieces compressed apart make one stream: the part reads back whole, under its CRC', async () => {
  const data = xml(60_000);
  const entry = await deflated(data, 256 * 1024);
  expect(entry.method).toBe(8);
  expect(entry.size).toBe(data.length);
  expect(entry.crc).toBe(zlib.crc32(data));
  expect(entry.compressed.length).toBeLessThan(data.length / 3);
  expect(Buffer.compare(zlib.inflateRawSync(entry.compressed), data)).toBe(0);

  const bytes = writeZip([{ name: 'xl/worksheets/sheet1.xml', data, stored: entry }]);
  const read = openZip(bytes).read('xl/worksheets/sheet1.xml');
  expect(Buffer.compare(Buffer.from(read), data)).toBe(0);
  if (hasUnzip) {
    const file = path.join(folder.dir, 'pieces.zip');
    writeFileSync(file, bytes);
    expect(spawnSync('unzip', ['-tq', file], { encoding: 'utf8' }).status).toBe(0);
  }
});

test('a part that does not shrink is stored as it is', async () => {
  let seed = 1;
  const noise = new Uint8Array(300_000).map(() => {
    seed = (seed * 16807) % 2147483647;
    return seed & 255;
  });
  const entry = await deflated(noise, 64 * 1024);
  expect(entry.method).toBe(0);
  expect(Buffer.compare(entry.compressed, noise)).toBe(0);
  expect(entry.crc).toBe(zlib.crc32(noise));
});
