import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tone, Trend } from '../../../preload/contract';
import { renderValueIconSet } from '../../../main/core/tray/icon-set';
import { SIZE_PLANS, fitTemplate, layoutText } from '../../../main/core/tray/icon-layout';
import { contrastRatio, REFERENCE_PANELS, tileColours } from '../../../main/core/tray/palette';
import { glyphFor } from '../../../main/core/tray/pixel-font';
import {
  ICON_SIZES,
  renderValueIcon,
  type IconSize,
  type ValueIconSpec,
} from '../../../main/core/tray/rasterize';
import {
  arrowHeading,
  components,
  inkIn,
  picture,
  rgbaAt,
  same,
  type Heading,
  type Picture,
} from './icon-probe';

const TONES: Tone[] = ['inRange', 'low', 'urgentLow', 'high', 'urgentHigh', 'stale', 'none'];
const TRENDS: Trend[] = ['fallingQuickly', 'falling', 'flat', 'rising', 'risingQuickly', 'unknown'];
const VALUES = ['131', '54', '398', '12.4', '5.6', '22.1', '7,3', 'HI', 'LO'];
const GLYPHS = ['?', '!', '—', '•••'];

/** Each size's icon for one spec, decoded from the PNG the tray is handed. */
function pictures(spec: ValueIconSpec): Map<IconSize, Picture> {
  return new Map(renderValueIconSet(spec).map((rep) => [rep.size, picture(rep.png)]));
}

function inkCount(text: string, size: IconSize, lone: boolean): number {
  const plan = SIZE_PLANS[size];
  const box = lone ? { ...plan.value, y: 0, height: size } : plan.value;
  const layout = layoutText(text, lone ? { ...box, ...fullBox(size) } : box);
  let ink = 0;
  for (const char of text) ink += glyphFor(layout.font, char).ink.filter(Boolean).length;
  return ink;
}

/** The cue's strip down to the bottom edge (urgent tones move the cue one row down). */
const cueArea = (size: IconSize) => {
  const { cue } = SIZE_PLANS[size];
  return { ...cue, height: size - cue.y };
};

const fullBox = (size: IconSize) => ({
  x: SIZE_PLANS[size].value.x,
  y: SIZE_PLANS[size].value.x,
  width: SIZE_PLANS[size].value.width,
  height: size - 2 * SIZE_PLANS[size].value.x,
});

describe('the value on its tile', () => {
  it('draws every value, tone and trend at every size with every digit pixel present', () => {
    for (const text of VALUES) {
      for (const tone of TONES) {
        for (const trend of ['risingQuickly', 'falling', 'unknown'] as const) {
          const spec = { text, tone, stale: false, trend };
          const { ink } = tileColours(tone, false);
          for (const [size, p] of pictures(spec)) {
            expect(inkIn(p, SIZE_PLANS[size].value, ink).length, `${text} ${size}`).toBe(
              inkCount(text, size, false),
            );
          }
        }
      }
    }
  });

  it('draws every status glyph and the privacy mask alone, without a trend cue', () => {
    for (const text of GLYPHS) {
      for (const [size, p] of pictures({ text, tone: 'none', stale: false, trend: null })) {
        const { ink } = tileColours('none', false);
        expect(inkIn(p, { x: 0, y: 0, width: size, height: size }, ink).length).toBe(
          inkCount(text, size, true),
        );
      }
    }
  });

  it('fits any realistic mg/dL or mmol/L value (property)', () => {
    const mgdl = fc.integer({ min: 20, max: 600 }).map(String);
    const mmol = fc
      .tuple(fc.integer({ min: 10, max: 333 }), fc.constantFrom('.', ','))
      .map(([tenths, mark]) => (tenths / 10).toFixed(1).replace('.', mark));
    fc.assert(
      fc.property(
        fc.oneof(mgdl, mmol),
        fc.constantFrom(...TONES),
        fc.boolean(),
        fc.constantFrom(...TRENDS),
        fc.constantFrom(...ICON_SIZES),
        (text, tone, stale, trend, size) => {
          const image = renderValueIcon({ text, tone, stale, trend }, size);
          expect(image.rgba.length).toBe(size * size * 4);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives two- and three-digit values one font (99 and 100 weigh the same); mmol/L too', () => {
    expect(fitTemplate('99')).toBe('888');
    expect(fitTemplate('5.6')).toBe('88.8');
    expect(fitTemplate('7,3')).toBe('88,8');
    for (const size of ICON_SIZES) {
      const box = SIZE_PLANS[size].value;
      const mgdl = new Set(
        ['40', '99', '100', '398', 'HI', 'LO'].map((t) => layoutText(t, box).font),
      );
      const mmol = new Set(
        ['2.2', '5.6', '9.9', '10.0', '22.1'].map((t) => layoutText(t, box).font),
      );
      expect(mgdl.size, `${size} px mg/dL`).toBe(1);
      expect(mmol.size, `${size} px mmol/L`).toBe(1);
    }
    // Measured on the pixels: 99 and 100 have digits of the same height and stroke.
    for (const size of ICON_SIZES) {
      const rows = (text: string): number => {
        const p = pictures({ text, tone: 'inRange', stale: false, trend: 'flat' }).get(size)!;
        const ink = inkIn(p, SIZE_PLANS[size].value, tileColours('inRange', false).ink);
        return new Set(ink.map(([, y]) => y)).size;
      };
      expect(rows('99')).toBe(rows('100'));
    }
  });

  it('throws instead of drawing something misleading', () => {
    const base = { tone: 'inRange' as const, stale: false, trend: 'flat' as const };
    expect(() => renderValueIcon({ ...base, text: '13a' }, 16)).toThrow(RangeError);
    expect(() => renderValueIcon({ ...base, text: '1234567' }, 16)).toThrow(/does not fit/);
  });

  it('is deterministic', () => {
    const spec: ValueIconSpec = { text: '12.4', tone: 'high', stale: false, trend: 'rising' };
    expect(Buffer.from(renderValueIcon(spec, 24).rgba)).toEqual(
      Buffer.from(renderValueIcon(spec, 24).rgba),
    );
  });
});

describe('the trend cue, read from the decoded PNG', () => {
  const EXPECTED: Array<[Trend, Heading]> = [
    ['risingQuickly', 'up'],
    ['rising', 'upRight'],
    ['flat', 'right'],
    ['falling', 'downRight'],
    ['fallingQuickly', 'down'],
  ];

  for (const size of ICON_SIZES) {
    const plan = SIZE_PLANS[size];
    it(`${size} px: is present and points the right way for every trend`, () => {
      for (const tone of ['inRange', 'low', 'urgentLow', 'high', 'urgentHigh'] as const) {
        const colours = tileColours(tone, false);
        // Urgent tones draw the cue in the tile colour on an ink-coloured band.
        const cueColour = colours.urgent ? colours.fill : colours.ink;
        for (const [trend, heading] of EXPECTED) {
          const p = pictures({ text: '131', tone, stale: false, trend }).get(size)!;
          const ink = inkIn(p, cueArea(size), cueColour);
          expect(ink.length, `${tone} ${trend}`).toBeGreaterThan(plan.cue.height);
          expect(arrowHeading(ink), `${tone} ${trend}`).toBe(heading);
          expect(components(ink), `${tone} ${trend}: one arrow`).toBe(1);
        }
      }
    });
  }

  it('an unknown trend is three separate dots, never an arrow', () => {
    for (const [size, p] of pictures({
      text: '131',
      tone: 'inRange',
      stale: false,
      trend: 'unknown',
    })) {
      const ink = inkIn(p, cueArea(size), tileColours('inRange', false).ink);
      expect(components(ink), `${size}`).toBe(3);
    }
  });

  it('a stale value shows no trend, whatever the reading said', () => {
    for (const [size, p] of pictures({
      text: '131',
      tone: 'inRange',
      stale: true,
      trend: 'risingQuickly',
    })) {
      const ink = inkIn(p, cueArea(size), tileColours('stale', true).ink);
      expect(components(ink), `${size}`).toBe(3);
    }
  });
});

describe('reading on any panel', () => {
  /** Every horizontally or vertically adjacent pair of opaque pixels that differ. */
  function edges(p: Picture): Array<[number[], number[]]> {
    const pairs: Array<[number[], number[]]> = [];
    for (let y = 0; y < p.size; y++) {
      for (let x = 0; x < p.size; x++) {
        const a = rgbaAt(p, x, y);
        for (const [nx, ny] of [
          [x + 1, y],
          [x, y + 1],
        ] as const) {
          if (nx >= p.size || ny >= p.size) continue;
          const b = rgbaAt(p, nx, ny);
          if (a[3] === 255 && b[3] === 255 && !same(a, b as unknown as [number, number, number])) {
            pairs.push([a, b]);
          }
        }
      }
    }
    return pairs;
  }

  it('every digit and cue pixel sits on the opaque tile at ≥ 4.5:1, whatever the panel', () => {
    for (const tone of TONES) {
      for (const stale of [false, true]) {
        for (const [size, p] of pictures({ text: '398', tone, stale, trend: 'falling' })) {
          // The digits sit inside opaque tile (with a margin): the panel never touches them.
          const { value } = SIZE_PLANS[size];
          for (let y = value.y; y < value.y + value.height; y++) {
            for (let x = value.x; x < value.x + value.width; x++) {
              expect(rgbaAt(p, x, y)[3], `${tone} ${size} ${x},${y}`).toBe(255);
            }
          }
          // Every pixel of the cue is opaque too (at 16 px it may reach the tile's bottom edge).
          const colours = tileColours(tone, stale);
          const cue = inkIn(
            p,
            cueArea(size),
            colours.urgent && !stale ? colours.fill : colours.ink,
          );
          expect(cue.length).toBeGreaterThan(0);
          const { cue: box } = SIZE_PLANS[size];
          for (const [x, y] of cue) expect(rgbaAt(p, box.x + x, box.y + y)[3]).toBe(255);
          for (const [a, b] of edges(p)) {
            const ratio = contrastRatio([a[0]!, a[1]!, a[2]!], [b[0]!, b[1]!, b[2]!]);
            expect(ratio, `${tone}${stale ? ' stale' : ''} ${size}`).toBeGreaterThanOrEqual(4.5);
          }
        }
      }
    }
  });

  it('the tile itself stands out from at least one of any two opposite panels', () => {
    // A tile may melt into a panel of its own colour (the digits still read); it must not
    // melt into both a light and a dark one.
    for (const tone of TONES) {
      const { fill } = tileColours(tone, false);
      const best = Math.max(...REFERENCE_PANELS.map((panel) => contrastRatio(fill, panel.rgb)));
      expect(best, tone).toBeGreaterThanOrEqual(3);
    }
  });

  it('low and high differ by more than hue: opposite polarity and lightness', () => {
    for (const low of ['low', 'urgentLow'] as const) {
      for (const high of ['high', 'urgentHigh'] as const) {
        const l = tileColours(low, false);
        const h = tileColours(high, false);
        expect(contrastRatio(l.fill, h.fill)).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(l.ink, h.ink)).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('urgent tones invert the band behind the cue; the others do not', () => {
    for (const tone of TONES) {
      const colours = tileColours(tone, false);
      for (const [size, p] of pictures({ text: '54', tone, stale: false, trend: 'flat' })) {
        const bandEdge = rgbaAt(p, 1, size - 3);
        expect(same(bandEdge, colours.urgent ? colours.ink : colours.fill), `${tone} ${size}`).toBe(
          true,
        );
      }
    }
    expect(tileColours('urgentLow', false).urgent).toBe(true);
    expect(tileColours('urgentHigh', false).urgent).toBe(true);
  });

  it('stale wins over every range colour: grey tile, no urgent band', () => {
    for (const tone of TONES) expect(tileColours(tone, true)).toEqual(tileColours('stale', true));
    const fresh = tileColours('inRange', false);
    const stale = tileColours('stale', true);
    expect(contrastRatio(stale.ink, stale.fill)).toBeLessThan(
      contrastRatio(fresh.ink, fresh.fill) / 2,
    );
    const [r, g, b] = stale.fill;
    expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThan(8);
  });

  it('rounds the tile corners with partial alpha', () => {
    const image = renderValueIcon(
      { text: '54', tone: 'urgentLow', stale: false, trend: 'flat' },
      32,
    );
    expect(image.rgba[3]).toBeLessThan(128);
    expect(image.rgba[(0 * 32 + 16) * 4 + 3]).toBe(255);
  });
});
