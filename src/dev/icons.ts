/**
 * The add-in's icons, drawn in code: a white pie split in three (one cost, shared) on a rounded
 * square in the Samkost teal. Run `npx tsx src/dev/icons.ts` to rewrite assets/icon-*.png.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng } from './png';

/** The sizes the manifest declares (16/32/80 ribbon, 64 and 128 for listings). */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const BRAND: readonly [number, number, number] = [0x0b, 0x5f, 0x66];
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff];

/** Angles (radians from 12 o'clock, clockwise) where the pie's slices meet. */
const CUTS = [0, (2 * Math.PI) / 3, (4 * Math.PI) / 3];

/** What covers the point (x, y) of a unit square: background, brand tile or white glyph. */
function paint(x: number, y: number): 'none' | 'brand' | 'glyph' {
  const corner = 0.18;
  const dx = Math.max(corner - x, x - (1 - corner), 0);
  const dy = Math.max(corner - y, y - (1 - corner), 0);
  if (dx * dx + dy * dy > corner * corner) return 'none';
  const cx = x - 0.5;
  const cy = y - 0.5;
  const r = Math.hypot(cx, cy);
  if (r > 0.34) return 'brand';
  // A gap of constant width along each cut separates the slices.
  const gap = 0.035;
  const onCut = CUTS.some((cut) => {
    const along = cx * Math.sin(cut) - cy * Math.cos(cut);
    const across = cx * Math.cos(cut) + cy * Math.sin(cut);
    return along >= 0 && Math.abs(across) < gap;
  });
  return onCut ? 'brand' : 'glyph';
}

/** Render one icon, 4×4 supersampled for smooth edges. */
export function renderIcon(size: number): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let brand = 0;
      let glyph = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const hit = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (hit === 'brand') brand += 1;
          if (hit === 'glyph') glyph += 1;
        }
      }
      const covered = brand + glyph;
      const i = (py * size + px) * 4;
      for (let ch = 0; ch < 3; ch += 1) {
        rgba[i + ch] =
          covered === 0
            ? 0
            : Math.round(((BRAND[ch] ?? 0) * brand + (WHITE[ch] ?? 0) * glyph) / covered);
      }
      rgba[i + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return encodePng(size, size, rgba);
}

/** Write every icon into `directory`. */
export function writeIcons(directory: string): string[] {
  return ICON_SIZES.map((size) => {
    const file = path.join(directory, `icon-${size}.png`);
    writeFileSync(file, renderIcon(size));
    return file;
  });
}

if (require.main === module) {
  for (const file of writeIcons(path.resolve(__dirname, '../../assets'))) console.log(file);
}
