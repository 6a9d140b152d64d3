// Contact sheet of every tray value icon state, so a person can judge it at a glance:
//   npx tsx scripts/render-tray-previews.ts [--zoom 3] [--only 131,12.4] [--out path.png]
// Each row is one state (listed on stdout); each column block is one panel colour: Windows
// light, Windows dark, GNOME's black top bar and a saturated blue panel. A block shows
// 16/20/24/32 px magnified, then the same icons at their real size.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Tone, Trend } from '../preload/contract';
import { REFERENCE_PANELS, type Rgb } from '../main/core/tray/palette';
import { encodePng } from '../main/core/tray/png';
import {
  ICON_SIZES,
  renderValueIcon,
  type RasterImage,
  type ValueIconSpec,
} from '../main/core/tray/rasterize';

type Variant = ValueIconSpec & { label: string };

const v = (
  label: string,
  text: string,
  tone: Tone,
  trend: Trend | null,
  stale = false,
): Variant => ({ label, text, tone, trend, stale });

const VARIANTS: Variant[] = [
  v('in range, rising quickly', '131', 'inRange', 'risingQuickly'),
  v('in range, rising', '131', 'inRange', 'rising'),
  v('in range, flat', '131', 'inRange', 'flat'),
  v('in range, falling', '131', 'inRange', 'falling'),
  v('in range, falling quickly', '131', 'inRange', 'fallingQuickly'),
  v('in range, trend unknown', '131', 'inRange', 'unknown'),
  v('two digits (same weight as three)', '99', 'inRange', 'flat'),
  v('three digits', '100', 'inRange', 'flat'),
  v('low, falling', '65', 'low', 'falling'),
  v('urgent low, falling quickly', '48', 'urgentLow', 'fallingQuickly'),
  v('urgent low, sensor LO', 'LO', 'urgentLow', 'unknown'),
  v('high, rising', '210', 'high', 'rising'),
  v('very high, rising quickly', '320', 'urgentHigh', 'risingQuickly'),
  v('very high, sensor HI', 'HI', 'urgentHigh', 'flat'),
  v('stale (no recent reading)', '131', 'stale', 'flat', true),
  v('stale urgent low', '48', 'urgentLow', 'fallingQuickly', true),
  v('mmol/L in range, flat', '5.6', 'inRange', 'flat'),
  v('mmol/L decimal comma, rising', '7,3', 'inRange', 'rising'),
  v('mmol/L high, rising', '12.4', 'high', 'rising'),
  v('mmol/L urgent low, falling', '2.7', 'urgentLow', 'falling'),
  v('mmol/L very high, flat', '22.1', 'urgentHigh', 'flat'),
  v('mmol/L stale', '12.4', 'stale', 'rising', true),
  v('no data yet', '—', 'none', null),
  v('offline / server trouble', '?', 'none', null),
  v('needs the person (sign in)', '!', 'none', null),
  v('privacy mode', '•••', 'none', null),
];

const PANELS = ['Windows light', 'Windows dark', 'GNOME', 'blue'].map((name) => {
  const panel = REFERENCE_PANELS.find((p) => p.name === name);
  if (!panel) throw new Error(`no reference panel ${name}`);
  return panel;
});

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const zoom = Number(option('zoom') ?? 3);
const only = option('only')?.split(',');
const out = option('out') ?? '.cache/tray-previews.png';
const variants = only ? VARIANTS.filter((x) => only.includes(x.text)) : VARIANTS;

const pad = 6;
const cell = 32 * zoom + pad;
const strip = ICON_SIZES.reduce((sum, s) => sum + s + pad, 0);
const panelWidth = ICON_SIZES.length * cell + strip + pad;
const width = panelWidth * PANELS.length;
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

PANELS.forEach((panel, p) => {
  const px = p * panelWidth;
  fill(px, 0, panelWidth, height, panel.rgb);
  variants.forEach((variant, row) => {
    const y = pad + row * cell;
    let x = px + pad;
    for (const size of ICON_SIZES) {
      blit(renderValueIcon(variant, size), x, y, zoom);
      x += cell;
    }
    for (const size of ICON_SIZES) {
      blit(renderValueIcon(variant, size), x, y + (32 - size), 1);
      x += size + pad;
    }
  });
});

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, encodePng(sheet, width, height));
console.log(`wrote ${out} (${width}×${height}); panels: ${PANELS.map((p) => p.name).join(', ')}`);
variants.forEach((x, i) => console.log(`  ${i + 1}. ${x.text}: ${x.label}`));
