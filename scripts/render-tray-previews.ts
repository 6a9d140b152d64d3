// Contact sheet of every tray value icon variant, so a person can judge legibility:
//   npx tsx scripts/render-tray-previews.ts [--zoom 4] [--only 131,12.4] [--out path.png]
// Each row is one variant; the left panel sits on a dark taskbar, the right one on a light
// taskbar. Each panel shows 16/20/24/32 px at the zoom factor, then the same icons at 1×.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Tone } from '../preload/contract';
import { REFERENCE_TASKBARS, type Rgb, type TaskbarTheme } from '../main/core/tray/palette';
import { encodePng } from '../main/core/tray/png';
import { ICON_SIZES, renderValueIcon, type RasterImage } from '../main/core/tray/rasterize';

type Variant = { text: string; tone: Tone; stale: boolean };

const VARIANTS: Variant[] = [
  { text: '131', tone: 'inRange', stale: false },
  { text: '88', tone: 'inRange', stale: false },
  { text: '100', tone: 'inRange', stale: false },
  { text: '65', tone: 'low', stale: false },
  { text: '54', tone: 'urgentLow', stale: false },
  { text: '41', tone: 'urgentLow', stale: false },
  { text: '210', tone: 'high', stale: false },
  { text: '398', tone: 'urgentHigh', stale: false },
  { text: 'HI', tone: 'urgentHigh', stale: false },
  { text: 'LO', tone: 'urgentLow', stale: false },
  { text: '131', tone: 'inRange', stale: true },
  { text: '398', tone: 'urgentHigh', stale: true },
  { text: '5.6', tone: 'inRange', stale: false },
  { text: '7,3', tone: 'inRange', stale: false },
  { text: '3.4', tone: 'low', stale: false },
  { text: '2.8', tone: 'urgentLow', stale: false },
  { text: '12.4', tone: 'high', stale: false },
  { text: '18.8', tone: 'urgentHigh', stale: false },
  { text: '22.1', tone: 'urgentHigh', stale: false },
  { text: '10.0', tone: 'inRange', stale: false },
  { text: '5.6', tone: 'inRange', stale: true },
  { text: '12.4', tone: 'high', stale: true },
  { text: '?', tone: 'none', stale: false },
  { text: '!', tone: 'none', stale: false },
  { text: '—', tone: 'none', stale: false },
  { text: '•••', tone: 'none', stale: false },
];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const zoom = Number(option('zoom') ?? 4);
const only = option('only')?.split(',');
const out = option('out') ?? '.cache/tray-previews.png';
const variants = only ? VARIANTS.filter((v) => only.includes(v.text)) : VARIANTS;

const pad = 6;
const cell = 32 * zoom + pad;
const strip = ICON_SIZES.reduce((sum, s) => sum + s + pad, 0);
const panelWidth = ICON_SIZES.length * cell + strip + pad;
const width = panelWidth * 2;
const height = variants.length * cell + pad;
const sheet = new Uint8Array(width * height * 4);

function fill(x0: number, y0: number, w: number, h: number, rgb: Rgb): void {
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) sheet.set([rgb[0], rgb[1], rgb[2], 255], (y * width + x) * 4);
  }
}

/** Alpha-composites the icon onto the opaque sheet, each icon pixel as a k×k block. */
function blit(icon: RasterImage, x0: number, y0: number, k: number): void {
  for (let y = 0; y < icon.height * k; y++) {
    for (let x = 0; x < icon.width * k; x++) {
      const s = (Math.floor(y / k) * icon.width + Math.floor(x / k)) * 4;
      const d = ((y0 + y) * width + x0 + x) * 4;
      const a = (icon.rgba[s + 3] ?? 0) / 255;
      for (let c = 0; c < 3; c++) {
        sheet[d + c] = Math.round((icon.rgba[s + c] ?? 0) * a + (sheet[d + c] ?? 0) * (1 - a));
      }
    }
  }
}

const themes: TaskbarTheme[] = ['dark', 'light'];
themes.forEach((theme, t) => {
  // The middle reference colour: a typical Windows 11 taskbar in that mode.
  const background = REFERENCE_TASKBARS[theme][theme === 'dark' ? 2 : 1] as Rgb;
  const px = t * panelWidth;
  fill(px, 0, panelWidth, height, background);
  variants.forEach((variant, row) => {
    const y = pad + row * cell;
    let x = px + pad;
    for (const size of ICON_SIZES) {
      blit(renderValueIcon({ ...variant, theme }, size), x, y, zoom);
      x += cell;
    }
    for (const size of ICON_SIZES) {
      blit(renderValueIcon({ ...variant, theme }, size), x, y, 1);
      x += size + pad;
    }
  });
});

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, encodePng(sheet, width, height));
console.log(`wrote ${out} (${width}×${height}); rows:`);
variants.forEach((v, i) =>
  console.log(`  ${i + 1}. ${v.text} ${v.tone}${v.stale ? ' stale' : ''}`),
);
