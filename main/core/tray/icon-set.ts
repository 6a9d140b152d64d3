/**
 * The value icon at every tray scale, as PNGs for one multi-resolution image: the Electron
 * adapter adds each as a representation (`nativeImage.addRepresentation`), the way Signal
 * Desktop builds its tray image (app/SystemTrayService.main.ts), and the OS picks the size
 * for the display's scaling.
 */
import { encodePng } from './png';
import { ICON_SIZES, renderValueIcon, type IconSize, type ValueIconSpec } from './rasterize';

export interface IconRepresentation {
  scaleFactor: number;
  size: IconSize;
  png: Buffer;
}

export type IconSet = readonly IconRepresentation[];

/** 16, 20, 24 and 32 px are Windows' tray sizes at 100, 125, 150 and 200 % scaling. */
export const SCALE_FACTORS: Readonly<Record<IconSize, number>> = {
  16: 1,
  20: 1.25,
  24: 1.5,
  32: 2,
};

export function renderValueIconSet(spec: ValueIconSpec): IconSet {
  return Object.freeze(
    ICON_SIZES.map((size) => {
      const image = renderValueIcon(spec, size);
      return Object.freeze({
        scaleFactor: SCALE_FACTORS[size],
        size,
        png: encodePng(image.rgba, image.width, image.height),
      });
    }),
  );
}

export interface IconSetCacheOptions {
  /** How many distinct specs to keep; a value moves slowly, so a handful covers a day. */
  capacity?: number;
  render?: (spec: ValueIconSpec) => IconSet;
}

function cacheKey(spec: ValueIconSpec): string {
  return JSON.stringify([spec.text, spec.tone, spec.stale, spec.trend]);
}

/** A small least-recently-used cache in front of `renderValueIconSet`, one per tray. */
export function createIconSetCache(
  options: IconSetCacheOptions = {},
): (spec: ValueIconSpec) => IconSet {
  const capacity = Math.max(1, options.capacity ?? 24);
  const render = options.render ?? renderValueIconSet;
  const entries = new Map<string, IconSet>();
  return (spec) => {
    const key = cacheKey(spec);
    const hit = entries.get(key);
    if (hit) {
      // Re-inserting moves the entry to the young end of the Map's insertion order.
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const made = render(spec);
    entries.set(key, made);
    if (entries.size > capacity) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    return made;
  };
}
