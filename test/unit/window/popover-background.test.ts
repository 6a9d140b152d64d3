import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  POPOVER_BACKGROUND,
  popoverBackground,
} from '../../../main/core/window/popover-background';

// The page colours live in the palette both pages import (renderer/styles/palette.css).
const css = readFileSync(join(import.meta.dirname, '../../../renderer/styles/palette.css'), 'utf8');

/** The `--bg` the stylesheet gives the page in the light theme and in the dark one. */
function pageBackgrounds(): { light: string; dark: string } {
  const dark = css.indexOf('prefers-color-scheme: dark');
  const bg = (from: number) => /--bg:\s*(#[0-9a-f]{6})/i.exec(css.slice(from))?.[1]?.toLowerCase();
  return { light: bg(0)!, dark: bg(dark)! };
}

describe('the popover window background before the first paint', () => {
  it('is the page background of each theme, so nothing flashes when shown early', () => {
    expect(POPOVER_BACKGROUND).toEqual(pageBackgrounds());
  });

  it('follows the app theme', () => {
    expect(popoverBackground(true)).toBe(POPOVER_BACKGROUND.dark);
    expect(popoverBackground(false)).toBe(POPOVER_BACKGROUND.light);
  });
});
