/**
 * The zip layer of an .xlsx package (fflate inflates; the directory is read here). Nothing is
 * inflated until a part is asked for, and every part is inflated in small steps while counting
 * what comes out: a zip bomb's declared sizes lie, so both the declared and the real size are
 * held to the caps below. A part handed on unchanged is copied as its stored entry (./zipWrite.ts)
 * and never inflated, so it counts against no cap.
 */
import { Inflate } from 'fflate';
import { WorkbookFileError } from '../fileErrors';
import {
  CENTRAL,
  EOCD,
  LOCAL,
  MAX32,
  ZIP64_EOCD,
  ZIP64_LOCATOR,
  type StoredEntry,
} from './zipRecords';

export type { StoredEntry } from './zipRecords';
export { writeZip, type ZipInput } from './zipWrite';

/** The caps on a package (see the README's list of limits). */
export const ZIP_LIMITS = {
  /** Entries in the zip's directory (a workbook with a thousand sheets has a few thousand). */
  entries: 20_000,
  /** Inflated bytes of any one part. */
  partBytes: 256 * 1024 * 1024,
  /**
   * Inflated bytes of all the parts one ZipEntries hands out, together (each read counts): XML
   * streams at ~40 MB/s, so this keeps a hostile file's read to seconds, not minutes.
   */
  totalBytes: 512 * 1024 * 1024,
} as const;

/** Compressed bytes handed to the inflater at a time: it can emit at most ~1032 times this. */
const INFLATE_STEP = 16 * 1024;

export interface ZipEntries {
  /** Part names in file order, without a leading '/', e.g. 'xl/workbook.xml'. */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** A part's inflated bytes (caps enforced: WorkbookFileError PART_TOO_LARGE). */
  read(name: string): Uint8Array;
  /** A part as text (UTF-8, BOM stripped). */
  text(name: string): string;
  /**
   * A part's inflated bytes in chunks, as they are inflated (caps enforced as for `read`), so a
   * large part is never held whole. `limit` lowers the part cap for this read.
   */
  stream(name: string, onChunk: (chunk: Uint8Array) => void, limit?: number): void;
  /** A part's text in chunks (UTF-8 decoded across chunk ends, BOM stripped). */
  streamText(name: string, onText: (text: string) => void, limit?: number): void;
  /** A part's entry as stored, to be copied into another zip without inflating it. */
  stored(name: string): StoredEntry;
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly headerOffset: number;
}

const notAWorkbook = (reason: string): WorkbookFileError =>
  new WorkbookFileError('NOT_A_WORKBOOK', { reason });

/** Little-endian reads that refuse to run off the end of the file. */
class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private check(offset: number, length: number): void {
    if (offset < 0 || offset + length > this.bytes.byteLength) throw notAWorkbook('truncated');
  }
  u16(offset: number): number {
    this.check(offset, 2);
    return this.view.getUint16(offset, true);
  }
  u32(offset: number): number {
    this.check(offset, 4);
    return this.view.getUint32(offset, true);
  }
  u64(offset: number): number {
    const low = this.u32(offset);
    const high = this.u32(offset + 4);
    // Past 2^53 no file on this machine can be that large: treat as a broken zip.
    if (high >= 0x200000) throw notAWorkbook('zip64 size');
    return high * 0x100000000 + low;
  }
  slice(offset: number, length: number): Uint8Array {
    this.check(offset, length);
    return this.bytes.subarray(offset, offset + length);
  }
}

/** The end-of-central-directory record's offset (it ends the file, before a comment). */
function findEnd(reader: Reader): number {
  const length = reader.bytes.byteLength;
  const lowest = Math.max(0, length - 22 - 0xffff);
  for (let offset = length - 22; offset >= lowest; offset -= 1) {
    if (reader.u32(offset) === EOCD) return offset;
  }
  throw notAWorkbook('no zip directory');
}

/** Where the central directory starts and how many entries it holds (zip64 aware). */
function directory(reader: Reader): { offset: number; count: number } {
  const end = findEnd(reader);
  let count = reader.u16(end + 10);
  let offset = reader.u32(end + 16);
  if (count === 0xffff || offset === MAX32) {
    const locator = end - 20;
    if (locator < 0 || reader.u32(locator) !== ZIP64_LOCATOR) throw notAWorkbook('zip64');
    const record = reader.u64(locator + 8);
    if (reader.u32(record) !== ZIP64_EOCD) throw notAWorkbook('zip64');
    count = reader.u64(record + 32);
    offset = reader.u64(record + 48);
  }
  return { offset, count };
}

/** The zip64 extra field's sizes and offset, for the fields the 32-bit header saturated. */
function zip64Fields(
  reader: Reader,
  extra: number,
  extraLength: number,
  entry: { size: number; compressedSize: number; headerOffset: number },
): void {
  let at = extra;
  while (at + 4 <= extra + extraLength) {
    const id = reader.u16(at);
    const length = reader.u16(at + 2);
    if (id === 1) {
      let field = at + 4;
      const next = (): number => {
        const value = reader.u64(field);
        field += 8;
        return value;
      };
      if (entry.size === MAX32) entry.size = next();
      if (entry.compressedSize === MAX32) entry.compressedSize = next();
      if (entry.headerOffset === MAX32) entry.headerOffset = next();
      return;
    }
    at += 4 + length;
  }
}

const utf8 = new TextDecoder('utf-8');

function readDirectory(reader: Reader): Entry[] {
  const { offset, count } = directory(reader);
  if (count > ZIP_LIMITS.entries) {
    throw new WorkbookFileError('TOO_MANY_PARTS', { limit: ZIP_LIMITS.entries });
  }
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (reader.u32(at) !== CENTRAL) throw notAWorkbook('broken zip directory');
    const flags = reader.u16(at + 8);
    const nameLength = reader.u16(at + 28);
    const extraLength = reader.u16(at + 30);
    const commentLength = reader.u16(at + 32);
    const entry = {
      name: utf8.decode(reader.slice(at + 46, nameLength)),
      method: reader.u16(at + 10),
      flags,
      time: reader.u16(at + 12),
      date: reader.u16(at + 14),
      crc: reader.u32(at + 16),
      compressedSize: reader.u32(at + 20),
      size: reader.u32(at + 24),
      headerOffset: reader.u32(at + 42),
    };
    zip64Fields(reader, at + 46 + nameLength, extraLength, entry);
    // An encrypted entry cannot be read (Excel encrypts a whole workbook differently anyway).
    if ((flags & 1) !== 0) throw notAWorkbook('encrypted zip entry');
    if (!entry.name.endsWith('/')) entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of an entry's compressed data, found through its local header. */
function compressedData(reader: Reader, entry: Entry): Uint8Array {
  const at = entry.headerOffset;
  if (reader.u32(at) !== LOCAL) throw notAWorkbook('broken zip entry');
  const start = at + 30 + reader.u16(at + 26) + reader.u16(at + 28);
  return reader.slice(start, entry.compressedSize);
}

const partTooLarge = (part: string, limit: number): WorkbookFileError =>
  new WorkbookFileError('PART_TOO_LARGE', { part, limit });

/** Throws WorkbookFileError('NOT_A_WORKBOOK') for bytes that are no zip (or a broken one). */
export function openZip(bytes: Uint8Array): ZipEntries {
  const reader = new Reader(bytes);
  const entries = readDirectory(reader);
  const byName = new Map<string, Entry>();
  // Part names are case-insensitive (Open Packaging Conventions); the first of a duplicate wins.
  for (const entry of entries) {
    const key = entry.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, entry);
  }
  let inflatedTotal = 0;

  const entryOf = (name: string): Entry => {
    const entry = byName.get(name.replace(/^\//, '').toLowerCase());
    if (!entry) throw new WorkbookFileError('BAD_PART', { part: name, reason: 'missing' });
    return entry;
  };

  const stream = (
    name: string,
    onChunk: (chunk: Uint8Array) => void,
    limit: number = ZIP_LIMITS.partBytes,
  ): void => {
    const entry = entryOf(name);
    const cap = Math.min(limit, ZIP_LIMITS.partBytes);
    if (entry.size > cap) throw partTooLarge(entry.name, cap);
    // The directory records each part's real size; a part that inflates past it is a zip bomb
    // (or a broken zip) and is stopped there, not at the cap.
    const declared = entry.size;
    const data = compressedData(reader, entry);
    let inflated = 0;
    // An error from `onChunk` (or a cap) passes through; only the inflater's own mean a broken zip.
    let passThrough = false;
    const take = (chunk: Uint8Array): void => {
      inflated += chunk.byteLength;
      inflatedTotal += chunk.byteLength;
      if (inflated > declared) throw partTooLarge(entry.name, declared);
      if (inflatedTotal > ZIP_LIMITS.totalBytes) {
        throw new WorkbookFileError('CONTENT_TOO_LARGE', { limit: ZIP_LIMITS.totalBytes });
      }
      if (chunk.byteLength === 0) return;
      passThrough = true;
      onChunk(chunk);
      passThrough = false;
    };
    if (entry.method === 0) {
      take(data);
      return;
    }
    if (entry.method !== 8) {
      throw notAWorkbook(`compression method ${entry.method} in ${entry.name}`);
    }
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      for (let at = 0; at < data.byteLength; at += INFLATE_STEP) {
        const end = Math.min(at + INFLATE_STEP, data.byteLength);
        inflater.push(data.subarray(at, end), end === data.byteLength);
      }
      if (data.byteLength === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (passThrough || error instanceof WorkbookFileError) throw error;
      throw notAWorkbook(`broken data in ${entry.name}`);
    }
  };

  const read = (name: string): Uint8Array => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    stream(name, (chunk) => {
      chunks.push(chunk);
      length += chunk.byteLength;
    });
    if (chunks.length === 1 && chunks[0]) return chunks[0];
    const out = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.byteLength;
    }
    return out;
  };

  const streamText = (name: string, onText: (text: string) => void, limit?: number): void => {
    const decoder = new TextDecoder('utf-8');
    stream(name, (chunk) => onText(decoder.decode(chunk, { stream: true })), limit);
    const rest = decoder.decode();
    if (rest !== '') onText(rest);
  };

  return {
    names: entries.map((entry) => entry.name),
    has: (name) => byName.has(name.replace(/^\//, '').toLowerCase()),
    read,
    text: (name) => new TextDecoder('utf-8').decode(read(name)),
    stream,
    streamText,
    stored: (name) => {
      const entry = entryOf(name);
      return {
        method: entry.method,
        deflateOption: entry.flags & 0b110,
        crc: entry.crc,
        size: entry.size,
        time: entry.time,
        date: entry.date,
        compressed: compressedData(reader, entry),
      };
    },
  };
}
