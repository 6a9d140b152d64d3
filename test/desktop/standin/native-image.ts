// nativeImage as Glucobar uses it: images made of PNG representations, one per scale factor.
// Models docs/api/native-image.md: "High Resolution Image" (`icon@2x.png` next to `icon.png`
// is loaded as the 2x representation), "Template Image" (a name ending in `Template` marks a
// template), addRepresentation/getSize/isEmpty/toPNG.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { decodePng, type DecodedPng } from './png-decode';

export interface Representation extends DecodedPng {
  scaleFactor: number;
  png: Buffer;
}

/** native-image.md: the suffixes loaded as extra scale factors, in this order. */
const SCALE_SUFFIXES: ReadonlyArray<[string, number]> = [
  ['@1.25x', 1.25],
  ['@1.33x', 1.33],
  ['@1.4x', 1.4],
  ['@1.5x', 1.5],
  ['@1.8x', 1.8],
  ['@2x', 2],
  ['@2.5x', 2.5],
  ['@3x', 3],
  ['@4x', 4],
  ['@5x', 5],
];

export class NativeImage {
  readonly representations: Representation[] = [];
  private template = false;

  static createEmpty(): NativeImage {
    return new NativeImage();
  }

  static createFromPath(path: string): NativeImage {
    const image = new NativeImage();
    // native-image.md: an unreadable path gives an empty image, not an error.
    if (!existsSync(path)) return image;
    image.addRepresentation({ scaleFactor: 1, buffer: readFileSync(path) });
    const stem = join(dirname(path), basename(path, extname(path)));
    for (const [suffix, scaleFactor] of SCALE_SUFFIXES) {
      const sibling = `${stem}${suffix}${extname(path)}`;
      if (existsSync(sibling))
        image.addRepresentation({ scaleFactor, buffer: readFileSync(sibling) });
    }
    image.template = basename(path, extname(path)).endsWith('Template');
    return image;
  }

  static createFromBuffer(buffer: Buffer, options: { scaleFactor?: number } = {}): NativeImage {
    const image = new NativeImage();
    image.addRepresentation({ scaleFactor: options.scaleFactor ?? 1, buffer });
    return image;
  }

  addRepresentation(options: { scaleFactor?: number; buffer?: Buffer; dataURL?: string }): void {
    const png =
      options.buffer ?? Buffer.from(String(options.dataURL).split(',')[1] ?? '', 'base64');
    const scaleFactor = options.scaleFactor ?? 1;
    const decoded = decodePng(png);
    const index = this.representations.findIndex((r) => r.scaleFactor === scaleFactor);
    const rep = { ...decoded, scaleFactor, png: Buffer.from(png) };
    if (index >= 0) this.representations[index] = rep;
    else this.representations.push(rep);
  }

  isEmpty(): boolean {
    return this.representations.length === 0;
  }

  getScaleFactors(): number[] {
    return this.representations.map((r) => r.scaleFactor);
  }

  /**
   * The representation Chromium's gfx::ImageSkia hands out for a scale: the exact one, else
   * the closest, preferring the larger (ui/gfx/image/image_skia.cc, FindRepresentation).
   */
  representationFor(scaleFactor: number): Representation | null {
    let best: Representation | null = null;
    for (const rep of this.representations) {
      if (best === null) best = rep;
      const d = Math.abs(rep.scaleFactor - scaleFactor);
      const bestD = Math.abs(best.scaleFactor - scaleFactor);
      if (d < bestD || (d === bestD && rep.scaleFactor > best.scaleFactor)) best = rep;
    }
    return best;
  }

  getSize(scaleFactor = 1): { width: number; height: number } {
    const rep = this.representationFor(scaleFactor);
    if (!rep) return { width: 0, height: 0 };
    return {
      width: Math.round(rep.width / rep.scaleFactor),
      height: Math.round(rep.height / rep.scaleFactor),
    };
  }

  toPNG(options: { scaleFactor?: number } = {}): Buffer {
    return Buffer.from(this.representationFor(options.scaleFactor ?? 1)?.png ?? Buffer.alloc(0));
  }

  setTemplateImage(template: boolean): void {
    this.template = template;
  }

  isTemplateImage(): boolean {
    return this.template;
  }
}
