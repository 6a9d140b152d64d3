// Golden images of the tray value icon. After an intended change to fonts, palette or
// layout, look at `npx tsx scripts/render-tray-previews.ts`, then regenerate with
//   UPDATE_GOLDENS=1 npx vitest run test/unit/tray/goldens.test.ts
// and commit test/fixtures/tray/ together with the change.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../main/core/tray/png';
import { ICON_SIZES, renderValueIcon, type ValueIconSpec } from '../../../main/core/tray/rasterize';
import { decodePng } from './decode-png';

const DIR = join(import.meta.dirname, '../../fixtures/tray');
const MANIFEST = join(DIR, 'manifest.json');
const UPDATE = process.env.UPDATE_GOLDENS === '1';

const SPECS: ValueIconSpec[] = [
  { text: '131', tone: 'inRange', stale: false, trend: 'flat' },
  { text: '131', tone: 'inRange', stale: false, trend: 'risingQuickly' },
  { text: '131', tone: 'inRange', stale: false, trend: 'rising' },
  { text: '131', tone: 'inRange', stale: false, trend: 'falling' },
  { text: '131', tone: 'inRange', stale: false, trend: 'fallingQuickly' },
  { text: '131', tone: 'inRange', stale: false, trend: 'unknown' },
  { text: '99', tone: 'inRange', stale: false, trend: 'flat' },
  { text: '65', tone: 'low', stale: false, trend: 'falling' },
  { text: '48', tone: 'urgentLow', stale: false, trend: 'fallingQuickly' },
  { text: 'LO', tone: 'urgentLow', stale: false, trend: 'unknown' },
  { text: '210', tone: 'high', stale: false, trend: 'rising' },
  { text: '320', tone: 'urgentHigh', stale: false, trend: 'risingQuickly' },
  { text: 'HI', tone: 'urgentHigh', stale: false, trend: 'flat' },
  { text: '131', tone: 'stale', stale: true, trend: 'unknown' },
  { text: '5.6', tone: 'inRange', stale: false, trend: 'flat' },
  { text: '7,3', tone: 'low', stale: false, trend: 'rising' },
  { text: '22.1', tone: 'urgentHigh', stale: false, trend: 'falling' },
  { text: '12.4', tone: 'high', stale: true, trend: 'unknown' },
  { text: '?', tone: 'none', stale: false, trend: null },
  { text: '!', tone: 'none', stale: false, trend: null },
  { text: '—', tone: 'none', stale: false, trend: null },
  { text: '•••', tone: 'none', stale: true, trend: null },
];

const SLUG: Record<string, string> = {
  '.': 'p',
  ',': 'c',
  '?': 'q',
  '!': 'x',
  '—': 'dash',
  '•': 'o',
};

function fileName(spec: ValueIconSpec, size: number): string {
  const text = [...spec.text].map((c) => SLUG[c] ?? c).join('');
  return `${spec.tone}${spec.stale ? '-stale' : ''}-${text}-${spec.trend ?? 'glyph'}-${size}.png`;
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

const cases = SPECS.flatMap((spec) =>
  ICON_SIZES.map((size) => ({ spec, size, name: fileName(spec, size) })),
);

describe('tray icon goldens', () => {
  if (UPDATE) {
    it('regenerates the golden PNGs and their hashes', () => {
      mkdirSync(DIR, { recursive: true });
      const manifest: Record<string, string> = {};
      for (const { spec, size, name } of cases) {
        const image = renderValueIcon(spec, size);
        const png = encodePng(image.rgba, image.width, image.height);
        writeFileSync(join(DIR, name), png);
        manifest[name] = sha256(png);
      }
      writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
      expect(Object.keys(manifest)).toHaveLength(cases.length);
    });
    return;
  }

  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;

  it('has exactly one golden per case (no forgotten or orphaned files)', () => {
    expect(Object.keys(manifest).sort()).toEqual(cases.map((c) => c.name).sort());
  });

  for (const { spec, size, name } of cases) {
    it(`${name} matches its golden`, () => {
      const image = renderValueIcon(spec, size);
      const file = join(DIR, name);
      expect(existsSync(file), `${file} exists`).toBe(true);
      const golden = readFileSync(file);
      expect(sha256(golden)).toBe(manifest[name]);
      // Pixels first: a mismatch here is a real drawing change, not an encoder detail.
      expect(Buffer.from(decodePng(golden).rgba).equals(Buffer.from(image.rgba))).toBe(true);
      expect(sha256(encodePng(image.rgba, image.width, image.height))).toBe(manifest[name]);
    });
  }
});
