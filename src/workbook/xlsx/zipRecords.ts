/** What the zip reader (./zip.ts) and writer (./zipWrite.ts) both know of the format (APPNOTE). */

/** Record signatures (APPNOTE 4.3) and the saturated 32-bit value that sends a reader to zip64. */
export const EOCD = 0x06054b50;
export const ZIP64_LOCATOR = 0x07064b50;
export const ZIP64_EOCD = 0x06064b50;
export const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;
export const MAX32 = 0xffffffff;

/** An entry's compressed bytes and what its directory record says of them. */
export interface StoredEntry {
  /** Compression method: 0 stored, 8 DEFLATE (others are copied, never read). */
  readonly method: number;
  /** General-purpose flag bits 1–2 (the DEFLATE option the writer chose). */
  readonly deflateOption: number;
  readonly crc: number;
  /** Inflated size, as declared. */
  readonly size: number;
  /** MS-DOS time and date of the entry. */
  readonly time: number;
  readonly date: number;
  readonly compressed: Uint8Array;
}
