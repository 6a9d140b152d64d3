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

/**
 * The one icon Windows' notification area shows at a display scale factor. Electron's
 * `Tray::SetImage` hands Windows `NativeImage::GetHICON(GetSystemMetrics(SM_CXSMICON))`, and
 * for a bitmap image that HICON is made from the 1x representation alone
 * (shell/browser/api/electron_api_tray.cc; shell/common/api/electron_api_native_image.cc,
 * `GetHICON` → `CreateHICONFromSkBitmap(image_.AsBitmap())`): higher ones never arrive. So the 1x bitmap must already be the size the taskbar
 * shows, SM_CXSMICON = 16 px × scale: 20 at 125 %, 24 at 150 %, 32 at 200 %. Between the
 * drawn sizes the next larger one is taken (Windows scales down more cleanly than up).
 */
export function windowsTraySize(scaleFactor: number): IconSize {
  const wanted = Math.round(
    16 * (Number.isFinite(scaleFactor) && scaleFactor > 0 ? scaleFactor : 1),
  );
  return ICON_SIZES.find((size) => size >= wanted) ?? ICON_SIZES[ICON_SIZES.length - 1]!;
}

/**
 * The representations to hand the tray, each with the scale factor to register it under.
 * Windows: exactly the taskbar's size as 1x (see `windowsTraySize`). Linux: trays take one
 * bitmap and scale it themselves, so the sharpest, as 1x. macOS: every size at its own scale.
 */
export function trayRepresentations(
  icons: IconSet,
  platform: NodeJS.Platform,
  scaleFactor: number,
): { scaleFactor: number; png: Buffer }[] {
  if (platform === 'win32') {
    const size = windowsTraySize(scaleFactor);
    const icon = icons.find((i) => i.size === size) ?? icons[icons.length - 1];
    return icon ? [{ scaleFactor: 1, png: icon.png }] : [];
  }
  if (platform === 'linux') {
    const sharpest = icons[icons.length - 1];
    return sharpest ? [{ scaleFactor: 1, png: sharpest.png }] : [];
  }
  return icons.map((icon) => ({ scaleFactor: icon.scaleFactor, png: icon.png }));
}
