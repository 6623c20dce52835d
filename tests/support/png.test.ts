/**
 * The README screenshots' PNG shrinking: up to 256 colours every pixel stays as it was; beyond,
 * only the rarest colours move, each to its nearest kept colour; a file it cannot read is left.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { deflateSync } from 'zlib';
import { PNG_SIGNATURE, palettePng, pngChunk, readPng, shrinkPng } from './png';

/**
 * An RGB PNG as Chromium might write it, each row under one of the five filter types in turn so
 * that reading has to undo every one.
 */
function rgbPng(width: number, height: number, pixels: readonly number[]): Buffer {
  const bytes = (i: number): number[] => {
    const colour = pixels[i] ?? 0;
    return [(colour >> 16) & 0xff, (colour >> 8) & 0xff, colour & 0xff];
  };
  const raw: number[] = [];
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    raw.push(filter);
    for (let x = 0; x < width * 3; x++) {
      const at = (i: number, c: number): number => (i < 0 ? 0 : (bytes(i)[c] ?? 0));
      const [pixel, c] = [y * width + Math.floor(x / 3), x % 3];
      const left = x >= 3 ? at(pixel - 1, c) : 0;
      const up = y > 0 ? at(pixel - width, c) : 0;
      const upLeft = x >= 3 && y > 0 ? at(pixel - width - 1, c) : 0;
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      const predictor = [0, left, up, (left + up) >> 1, paeth][filter] ?? 0;
      raw.push((at(pixel, c) - predictor) & 0xff);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from(raw), { level: 1 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('shrinkPng', () => {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'samkost-png-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const shrink = (png: Buffer): { before: number; after: Buffer } => {
    const file = path.join(folder, 'shot.png');
    writeFileSync(file, png);
    shrinkPng(file);
    return { before: png.length, after: readFileSync(file) };
  };

  it('keeps every pixel of a picture with up to 256 colours, in a smaller palette file', () => {
    const [width, height] = [64, 40];
    // Bands of 200 colours, repeated: what antialiased text on a flat background looks like.
    const pixels = Array.from(
      { length: width * height },
      (_, i) => (((i * 7) % 200) * 0x010305 + 0x202020) & 0xffffff,
    );
    const png = rgbPng(width, height, pixels);
    expect(readPng(png)?.pixels).toEqual(Uint32Array.from(pixels));
    const { before, after } = shrink(png);
    expect(after[25]).toBe(3); // colour type: palette
    expect(after.length).toBeLessThan(before);
    expect(readPng(after)).toEqual({ width, height, pixels: Uint32Array.from(pixels) });
  });

  it('beyond 256 colours keeps the 256 most frequent and moves each rare one to its nearest', () => {
    // 256 frequent colours, far apart; 44 rare ones, each a step of blue from a frequent one.
    const frequent = Array.from({ length: 256 }, (_, i) => (i << 16) | ((255 - i) << 8) | 0x40);
    const rare = frequent.slice(0, 44).map((colour) => colour + 1);
    const pixels = [...frequent, ...frequent, ...frequent, ...rare];
    const image = readPng(rgbPng(pixels.length / 4, 4, pixels));
    if (!image) throw new Error('the test picture did not read');
    const expected = [...frequent, ...frequent, ...frequent, ...frequent.slice(0, 44)];
    expect(readPng(palettePng(image))?.pixels).toEqual(Uint32Array.from(expected));
  });

  it('leaves a file it cannot read as it was', () => {
    const text = Buffer.from('not a picture');
    expect(shrink(text).after).toEqual(text);
  });
});
