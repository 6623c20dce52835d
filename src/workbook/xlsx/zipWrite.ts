/**
 * Writing a zip: new parts are compressed with Node's zlib (native, several times faster than
 * the pure-JS fflate at the same level), and a part copied from the input keeps its stored
 * entry, compressed bytes, CRC, sizes and time, without being inflated or compressed again. New
 * parts get a fixed time, so the same parts always make the same file. Zip64 records are
 * written when a size, an offset or the number of entries needs them (./zip.ts reads them).
 */
import { ZipPassThrough } from 'fflate';
import * as zlib from 'zlib';
import { joined } from './byteText';
import {
  CENTRAL,
  EOCD,
  LOCAL,
  MAX32,
  ZIP64_EOCD,
  ZIP64_LOCATOR,
  type StoredEntry,
} from './zipRecords';

/**
 * DEFLATE level of new parts. Level 1 rather than zlib's default 6: on the national workbook's
 * copy (58 MB of XML) it takes 0.21 s of CPU instead of 0.68 s, for 11.3 MB instead of 8.9 MB
 * (level 3: 0.36 s, 10.3 MB; fflate at 6, the former writer: 1.65 s, 9.7 MB). Measured by
 * tests/workbook/xlsx/measureLevels.ts.
 */
const LEVEL = 1;

/** 1980-01-01 00:00, the earliest MS-DOS date: the time of every new part. */
const FIXED_TIME = 0;
const FIXED_DATE = (0 << 9) | (1 << 5) | 1;

/** General-purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x800;
/** Version needed to extract: 2.0 (DEFLATE), 4.5 (zip64). */
const VERSION_DEFLATE = 20;
const VERSION_ZIP64 = 45;
const ZIP64_EXTRA = 0x0001;

export interface ZipInput {
  /** Part name, without a leading '/'. */
  readonly name: string;
  /** The part's bytes, compressed here; not read when `stored` is given. */
  readonly data: Uint8Array;
  /** The part's entry in the zip it comes from, copied as it is. */
  readonly stored?: StoredEntry;
}

const builtInCrc32 = (zlib as Partial<Pick<typeof zlib, 'crc32'>>).crc32;

/** fflate's CRC-32, for a Node without `zlib.crc32` (added in 20.15; package.json allows 20.0). */
export function fflateCrc32(data: Uint8Array): number {
  const pass = new ZipPassThrough('');
  pass.ondata = () => undefined;
  pass.push(data, true);
  return pass.crc >>> 0;
}

/** The CRC-32 a zip entry records for `data`. */
export const crc32: (data: Uint8Array) => number = builtInCrc32
  ? (data) => builtInCrc32(data)
  : fflateCrc32;

/** A CRC-32 taken over pieces, in order. */
function runningCrc(): { add(piece: Uint8Array): void; value(): number } {
  if (builtInCrc32) {
    let crc = 0;
    return {
      add: (piece) => (crc = builtInCrc32(piece, crc)),
      value: () => crc,
    };
  }
  const pass = new ZipPassThrough('');
  pass.ondata = () => undefined;
  return {
    add: (piece) => pass.push(piece),
    value: () => {
      pass.push(new Uint8Array(0), true);
      return pass.crc >>> 0;
    },
  };
}

/** One piece deflated in zlib's thread pool, ending byte-aligned (`final`: ending the stream). */
const deflatePiece = (piece: Uint8Array, final: boolean): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    zlib.deflateRaw(
      piece,
      {
        level: LEVEL,
        finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
        // Room for all of it at once: a piece is compressed without coming back to this thread.
        chunkSize: piece.byteLength + (piece.byteLength >> 3) + 1024,
      },
      (error, deflated) => (error ? reject(error) : resolve(deflated)),
    );
  });

/**
 * A new part compressed as it is written, piece by piece, in zlib's thread pool while this
 * thread writes on (a national output sheet is 40 MB of XML). Each piece is deflated on its own
 * and ends in a sync flush, so the pieces joined are one DEFLATE stream (as pigz makes them);
 * starting each piece without the one before's history costs a few bytes.
 */
export class PartDeflater {
  private readonly pieces: Uint8Array[] = [];
  private readonly deflated: Promise<Uint8Array>[] = [];
  private readonly crc = runningCrc();
  private size = 0;

  push(piece: Uint8Array): void {
    this.take(piece, false);
  }

  /** The part's entry, from its last piece on, to be written as an input's part is copied. */
  async end(last: Uint8Array): Promise<StoredEntry> {
    this.take(last, true);
    const pieces = await Promise.all(this.deflated);
    const length = pieces.reduce((n, piece) => n + piece.byteLength, 0);
    // Stored when compressing does not make it smaller, as `compress` decides.
    const method = length < this.size ? 8 : 0;
    const compressed = joined(method === 8 ? pieces : this.pieces);
    return {
      method,
      deflateOption: 0,
      crc: this.crc.value(),
      size: this.size,
      time: FIXED_TIME,
      date: FIXED_DATE,
      compressed,
    };
  }

  private take(piece: Uint8Array, final: boolean): void {
    this.pieces.push(piece);
    this.size += piece.byteLength;
    this.crc.add(piece);
    this.deflated.push(deflatePiece(piece, final));
  }
}

/** An entry as it will be written. */
interface Outgoing {
  readonly name: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly size: number;
  readonly compressed: Uint8Array;
  readonly offset: number;
}

const encoder = new TextEncoder();

/** A new part, compressed (or stored, when compressing would not make it smaller). */
function compress(data: Uint8Array): Pick<Outgoing, 'method' | 'crc' | 'size' | 'compressed'> {
  const deflated = zlib.deflateRawSync(data, { level: LEVEL });
  const method = deflated.byteLength < data.byteLength ? 8 : 0;
  return {
    method,
    crc: crc32(data),
    size: data.byteLength,
    compressed: method === 8 ? deflated : data,
  };
}

/** Little-endian writes into a buffer of a size known beforehand. */
class Writer {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  at = 0;
  constructor(length: number) {
    this.bytes = new Uint8Array(length);
    this.view = new DataView(this.bytes.buffer);
  }
  u16(value: number): void {
    this.view.setUint16(this.at, value, true);
    this.at += 2;
  }
  u32(value: number): void {
    this.view.setUint32(this.at, value, true);
    this.at += 4;
  }
  u64(value: number): void {
    this.u32(value % 0x100000000);
    this.u32(Math.floor(value / 0x100000000));
  }
  put(data: Uint8Array): void {
    this.bytes.set(data, this.at);
    this.at += data.byteLength;
  }
}

const saturated = (value: number): number => Math.min(value, MAX32);

/** The local header's zip64 fields: both sizes, when either does not fit 32 bits (APPNOTE 4.5.3). */
const localZip64 = (e: Outgoing): number[] =>
  e.size >= MAX32 || e.compressed.byteLength >= MAX32 ? [e.size, e.compressed.byteLength] : [];

/** The directory record's zip64 fields: each one that does not fit, in APPNOTE's order. */
const centralZip64 = (e: Outgoing): number[] =>
  [e.size, e.compressed.byteLength, e.offset].filter((value) => value >= MAX32);

const extraLength = (fields: readonly number[]): number =>
  fields.length === 0 ? 0 : 4 + 8 * fields.length;

function writeExtra(out: Writer, fields: readonly number[]): void {
  if (fields.length === 0) return;
  out.u16(ZIP64_EXTRA);
  out.u16(8 * fields.length);
  fields.forEach((value) => out.u64(value));
}

function writeLocal(out: Writer, e: Outgoing): void {
  const zip64 = localZip64(e);
  out.u32(LOCAL);
  out.u16(zip64.length > 0 ? VERSION_ZIP64 : VERSION_DEFLATE);
  out.u16(e.flags);
  out.u16(e.method);
  out.u16(e.time);
  out.u16(e.date);
  out.u32(e.crc);
  out.u32(saturated(e.compressed.byteLength));
  out.u32(saturated(e.size));
  out.u16(e.name.byteLength);
  out.u16(extraLength(zip64));
  out.put(e.name);
  writeExtra(out, zip64);
  out.put(e.compressed);
}

function writeCentral(out: Writer, e: Outgoing): void {
  const zip64 = centralZip64(e);
  const version = zip64.length > 0 ? VERSION_ZIP64 : VERSION_DEFLATE;
  out.u32(CENTRAL);
  out.u16(version);
  out.u16(version);
  out.u16(e.flags);
  out.u16(e.method);
  out.u16(e.time);
  out.u16(e.date);
  out.u32(e.crc);
  out.u32(saturated(e.compressed.byteLength));
  out.u32(saturated(e.size));
  out.u16(e.name.byteLength);
  out.u16(extraLength(zip64));
  // Comment length, disk number, internal and external attributes.
  out.u16(0);
  out.u16(0);
  out.u16(0);
  out.u32(0);
  out.u32(saturated(e.offset));
  out.put(e.name);
  writeExtra(out, zip64);
}

/** The end records: zip64 ones first when the count, size or offset of the directory needs them. */
function writeEnd(out: Writer, count: number, size: number, offset: number, zip64: boolean): void {
  if (zip64) {
    const record = out.at;
    out.u32(ZIP64_EOCD);
    out.u64(44);
    out.u16(VERSION_ZIP64);
    out.u16(VERSION_ZIP64);
    out.u32(0);
    out.u32(0);
    out.u64(count);
    out.u64(count);
    out.u64(size);
    out.u64(offset);
    out.u32(ZIP64_LOCATOR);
    out.u32(0);
    out.u64(record);
    out.u32(1);
  }
  out.u32(EOCD);
  out.u16(0);
  out.u16(0);
  out.u16(zip64 ? 0xffff : count);
  out.u16(zip64 ? 0xffff : count);
  out.u32(zip64 ? MAX32 : size);
  out.u32(zip64 ? MAX32 : offset);
  out.u16(0);
}

/** A zip holding `entries` in order; see the module comment. */
export function writeZip(entries: readonly ZipInput[]): Uint8Array {
  const outgoing: Outgoing[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const utf8 = name.byteLength !== entry.name.length ? UTF8_NAME : 0;
    const { stored } = entry;
    const e: Outgoing = stored
      ? {
          name,
          flags: utf8 | stored.deflateOption,
          method: stored.method,
          time: stored.time,
          date: stored.date,
          crc: stored.crc,
          size: stored.size,
          compressed: stored.compressed,
          offset,
        }
      : { name, flags: utf8, time: FIXED_TIME, date: FIXED_DATE, ...compress(entry.data), offset };
    outgoing.push(e);
    offset += 30 + name.byteLength + extraLength(localZip64(e)) + e.compressed.byteLength;
  }
  let directorySize = 0;
  for (const e of outgoing) directorySize += 46 + e.name.byteLength + extraLength(centralZip64(e));
  const zip64 = outgoing.length >= 0xffff || offset >= MAX32 || directorySize >= MAX32;
  const out = new Writer(offset + directorySize + (zip64 ? 56 + 20 : 0) + 22);
  outgoing.forEach((e) => writeLocal(out, e));
  outgoing.forEach((e) => writeCentral(out, e));
  writeEnd(out, outgoing.length, directorySize, offset, zip64);
  return out.bytes;
}
