/**
 * Make a screenshot PNG small without an image tool: Chromium writes 24-bit PNGs quickly
 * compressed, while a pane's screenshot has few colours (flat backgrounds, text antialiased
 * between a handful of them). Rewritten as a palette PNG at zlib's best compression it takes
 * 30–45 % of the bytes (the README's shots). Lossless up to 256 colours; beyond that the 256 most
 * frequent stay and every other colour (a shade of an antialiased edge) takes the nearest of them.
 */
import { readFileSync, writeFileSync } from 'fs';
import { deflateSync, inflateSync } from 'zlib';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PALETTE_SIZE = 256;
/** Bytes per pixel by colour type: palette, RGB, RGBA. */
const CHANNELS: Readonly<Record<number, number>> = { 3: 1, 2: 3, 6: 4 };

export interface Image {
  readonly width: number;
  readonly height: number;
  /** One 0xRRGGBB number per pixel, row by row. */
  readonly pixels: Uint32Array;
}

function chunks(file: Buffer): { type: string; data: Buffer }[] {
  const found: { type: string; data: Buffer }[] = [];
  for (let at = PNG_SIGNATURE.length; at < file.length;) {
    const length = file.readUInt32BE(at);
    found.push({
      type: file.toString('latin1', at + 4, at + 8),
      data: file.subarray(at + 8, at + 8 + length),
    });
    at += 12 + length;
  }
  return found;
}

/** The PNG filter types' predictors (PNG spec §9.2). */
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * The pixels of an 8-bit, non-interlaced RGB, RGBA or palette PNG (what Chromium and
 * {@link shrinkPng} write), or null for any other kind.
 */
export function readPng(file: Buffer): Image | null {
  const parts = chunks(file);
  const header = parts.find((p) => p.type === 'IHDR')?.data;
  if (!header || !file.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  const [depth, colourType, interlace] = [header[8], header[9], header[12]];
  const channels = CHANNELS[colourType ?? -1] ?? 0;
  if (depth !== 8 || channels === 0 || interlace !== 0) return null;
  const palette = parts.find((p) => p.type === 'PLTE')?.data ?? Buffer.alloc(0);
  const raw = inflateSync(Buffer.concat(parts.filter((p) => p.type === 'IDAT').map((p) => p.data)));
  const stride = width * channels;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const source = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? (rows[row + x - channels] ?? 0) : 0;
      const up = y > 0 ? (rows[row - stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (rows[row - stride + x - channels] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? 0] ?? 0;
      rows[row + x] = ((raw[source + x] ?? 0) + predictor) & 0xff;
    }
  }
  const pixels = new Uint32Array(width * height);
  for (let i = 0; i < pixels.length; i++) {
    // A screenshot is opaque: alpha, where present, is dropped.
    pixels[i] =
      colourType === 3
        ? palette.readUIntBE((rows[i] ?? 0) * 3, 3)
        : ((rows[i * channels] ?? 0) << 16) |
          ((rows[i * channels + 1] ?? 0) << 8) |
          (rows[i * channels + 2] ?? 0);
  }
  return { width, height, pixels };
}

const distance = (a: number, b: number): number => {
  const dr = ((a >> 16) & 0xff) - ((b >> 16) & 0xff);
  const dg = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
  const db = (a & 0xff) - (b & 0xff);
  return dr * dr + dg * dg + db * db;
};

/** The palette (most frequent colours first) and each pixel's index into it. */
function quantise(image: Image): { palette: number[]; indices: Uint8Array } {
  const counts = new Map<number, number>();
  for (const colour of image.pixels) counts.set(colour, (counts.get(colour) ?? 0) + 1);
  const palette = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, PALETTE_SIZE)
    .map(([colour]) => colour);
  const index = new Map(palette.map((colour, i) => [colour, i]));
  const nearest = (colour: number): number => {
    let best = 0;
    palette.forEach((candidate, i) => {
      if (distance(colour, candidate) < distance(colour, palette[best] ?? 0)) best = i;
    });
    index.set(colour, best);
    return best;
  };
  const indices = new Uint8Array(image.pixels.length);
  image.pixels.forEach((colour, i) => {
    indices[i] = index.get(colour) ?? nearest(colour);
  });
  return { palette, indices };
}

/** CRC-32 as PNG chunks carry it (zlib's own `crc32` needs Node 20.15; the project allows 20.0). */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data and CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** `image` as a palette PNG at zlib's best compression (quantised when it has over 256 colours). */
export function palettePng(image: Image): Buffer {
  const { palette, indices } = quantise(image);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit indices into a palette, not interlaced
  const colours = Buffer.alloc(palette.length * 3);
  palette.forEach((colour, i) => colours.writeUIntBE(colour, i * 3, 3));
  // Palette rows compress best unfiltered (filter type 0 before each row).
  const rows = Buffer.alloc((image.width + 1) * image.height);
  for (let y = 0; y < image.height; y++) {
    rows.set(indices.subarray(y * image.width, (y + 1) * image.width), y * (image.width + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('PLTE', colours),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Rewrite `file` as a palette PNG when that is smaller; returns its size in bytes. */
export function shrinkPng(file: string): number {
  const original = readFileSync(file);
  const image = readPng(original);
  if (!image) return original.length;
  const smaller = palettePng(image);
  if (smaller.length >= original.length) return original.length;
  writeFileSync(file, smaller);
  return smaller.length;
}
