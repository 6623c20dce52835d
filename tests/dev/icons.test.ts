/** The icons are what the code we keep draws, at the sizes the manifest declares. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { ICON_SIZES, renderIcon } from '../../src/dev/icons';
import { encodePng, pngSize } from '../../src/dev/png';

const ROOT = path.resolve(__dirname, '../..');

describe('icons', () => {
  it.each(ICON_SIZES)('assets/icon-%i.png is the generator’s output', (size) => {
    const committed = readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`));
    expect(pngSize(committed)).toEqual({ width: size, height: size });
    expect(committed.equals(renderIcon(size))).toBe(true);
  });

  it('reads the pixel size from a PNG header, and nothing from other bytes', () => {
    expect(pngSize(encodePng(3, 2, new Uint8Array(3 * 2 * 4)))).toEqual({ width: 3, height: 2 });
    expect(pngSize(Buffer.from('GIF89a........................'))).toBeNull();
  });

  it('draws a white glyph on the brand colour, transparent in the corners', () => {
    const size = 64;
    const png = renderIcon(size);
    const idat = png.indexOf('IDAT');
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    const pixel = (x: number, y: number) => [
      ...raw.subarray(y * (size * 4 + 1) + 1 + x * 4).subarray(0, 4),
    ];
    expect(pixel(0, 0)[3]).toBe(0);
    expect(pixel(5, 32)).toEqual([0x0b, 0x5f, 0x66, 255]);
    expect(pixel(40, 24)).toEqual([255, 255, 255, 255]);
  });
});
