/**
 * What each DEFLATE level costs on a written workbook's parts: total compressed size and CPU
 * time of zlib at levels 1, 3 and 6 (and fflate at 6, the writer's former choice), three rounds
 * interleaved. Not a test and not the bench: the measurement behind ../../../src/workbook/xlsx/
 * zipWrite.ts's LEVEL, to run by hand on a copy the CLI wrote (the national workbook's, say).
 *
 *   npx tsx tests/workbook/xlsx/measureLevels.ts copy.xlsx
 */
import { deflateSync } from 'fflate';
import { readFileSync } from 'fs';
import { deflateRawSync } from 'zlib';
import { openZip } from '../../../src/workbook/xlsx/zip';

const file = process.argv[2];
if (file === undefined)
  throw new Error('usage: tsx tests/workbook/xlsx/measureLevels.ts <file.xlsx>');
const zip = openZip(new Uint8Array(readFileSync(file)));
const parts = zip.names.map((name) => zip.read(name));
const inflated = parts.reduce((n, p) => n + p.byteLength, 0);
console.log(`${file}: ${parts.length} parts, ${(inflated / 1e6).toFixed(1)} MB inflated`);

const ways: Record<string, (data: Uint8Array) => Uint8Array> = {
  'zlib 1': (data) => deflateRawSync(data, { level: 1 }),
  'zlib 3': (data) => deflateRawSync(data, { level: 3 }),
  'zlib 6': (data) => deflateRawSync(data, { level: 6 }),
  'fflate 6': (data) => deflateSync(data, { level: 6 }),
};
for (let round = 1; round <= 3; round += 1) {
  for (const [way, deflate] of Object.entries(ways)) {
    const cpu = process.cpuUsage();
    let size = 0;
    for (const part of parts) size += deflate(part).byteLength;
    const used = process.cpuUsage(cpu);
    const cpuMs = Math.round((used.user + used.system) / 1000);
    console.log(`round ${round} ${way}: ${(size / 1e6).toFixed(2)} MB, ${cpuMs} ms CPU`);
  }
}
