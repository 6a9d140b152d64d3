import { describe, expect, it } from 'vitest';
import {
  createIconSetCache,
  renderValueIconSet,
  SCALE_FACTORS,
  type IconSet,
  windowsTraySize,
} from '../../../main/core/tray/icon-set';
import { renderValueIcon, type ValueIconSpec } from '../../../main/core/tray/rasterize';
import { decodePng } from './decode-png';

const spec: ValueIconSpec = { text: '131', tone: 'inRange', stale: false, trend: 'flat' };

describe('renderValueIconSet', () => {
  it('has one PNG per Windows tray scale, each decoding to the drawn pixels', () => {
    const set = renderValueIconSet(spec);
    expect(set.map((r) => [r.size, r.scaleFactor])).toEqual([
      [16, 1],
      [20, 1.25],
      [24, 1.5],
      [32, 2],
    ]);
    for (const rep of set) {
      const decoded = decodePng(rep.png);
      expect([decoded.width, decoded.height]).toEqual([rep.size, rep.size]);
      expect(Buffer.from(decoded.rgba)).toEqual(Buffer.from(renderValueIcon(spec, rep.size).rgba));
      expect(rep.size / SCALE_FACTORS[rep.size]).toBe(16);
    }
  });

  it('returns a frozen set so a cached one cannot be changed by a caller', () => {
    const set = renderValueIconSet(spec);
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.isFrozen(set[0])).toBe(true);
  });
});

describe('createIconSetCache', () => {
  function counting() {
    const calls: string[] = [];
    const render = (s: ValueIconSpec): IconSet => {
      calls.push(`${s.text}/${s.tone}/${s.stale}/${s.trend}`);
      return [];
    };
    return { calls, render };
  }

  it('draws a spec once and serves repeats from the cache', () => {
    const { calls, render } = counting();
    const cached = createIconSetCache({ render });
    const first = cached(spec);
    expect(cached({ ...spec })).toBe(first);
    expect(calls).toHaveLength(1);
  });

  it('keys on every field of the spec', () => {
    const { calls, render } = counting();
    const cached = createIconSetCache({ render });
    cached(spec);
    cached({ ...spec, text: '132' });
    cached({ ...spec, tone: 'high' });
    cached({ ...spec, stale: true });
    cached({ ...spec, trend: 'rising' });
    expect(calls).toHaveLength(5);
  });

  it('evicts the least recently used spec beyond its capacity', () => {
    const { calls, render } = counting();
    const cached = createIconSetCache({ capacity: 2, render });
    const a = { ...spec, text: '100' };
    const b = { ...spec, text: '101' };
    const c = { ...spec, text: '102' };
    cached(a);
    cached(b);
    cached(a); // a is now the most recently used
    cached(c); // evicts b
    cached(a);
    expect(calls).toEqual([
      '100/inRange/false/flat',
      '101/inRange/false/flat',
      '102/inRange/false/flat',
    ]);
    cached(b);
    expect(calls).toHaveLength(4);
  });

  it('keeps separate caches per instance (no module state)', () => {
    const { calls, render } = counting();
    createIconSetCache({ render })(spec);
    createIconSetCache({ render })(spec);
    expect(calls).toHaveLength(2);
  });

  it('does not cache a failure', () => {
    let fail = true;
    const cached = createIconSetCache({
      render: () => {
        if (fail) throw new Error('boom');
        return [];
      },
    });
    expect(() => cached(spec)).toThrow('boom');
    fail = false;
    expect(cached(spec)).toEqual([]);
  });
});

describe('Windows tray size (the 1x bitmap is the only one Windows reads)', () => {
  it('is the notification-area size at each scale, the next larger between them', () => {
    expect([1, 1.25, 1.5, 2].map(windowsTraySize)).toEqual([16, 20, 24, 32]);
    expect(windowsTraySize(1.75)).toBe(32);
    expect(windowsTraySize(3)).toBe(32);
    expect(windowsTraySize(Number.NaN)).toBe(16);
    expect(windowsTraySize(0)).toBe(16);
  });
});
