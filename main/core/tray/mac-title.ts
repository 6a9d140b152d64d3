/**
 * The macOS menubar title next to the icon, as plain words and as the string handed to
 * `tray.setTitle`, which parses ANSI colour codes (Electron docs/api/tray.md: "Sets the title
 * displayed next to the tray icon in the status bar (Support ANSI colors)"; the parser is
 * shell/browser/ui/cocoa/NSString+ANSI.mm, and since electron/electron#30146 it also applies
 * with `fontType: 'monospacedDigit'`).
 *
 * The parser knows only a fixed palette: 30–37 foreground, 40–47 background, 0 reset, and `1`
 * picks the darker variant of a foreground colour. Foreground red or yellow cannot be read on
 * both a light and a dark menu bar (yellow on white is 1.1:1), so an out-of-range value sits
 * on a background "pill", like the Windows/Linux tile: white on red (#cd0000, 5.8:1) for lows,
 * black on yellow (#cdcd00, 12:1) for highs, readable on any menu bar. Background codes work
 * in the menu-bar title (matryer/xbar#467, same parser). Urgent tones put the whole title in
 * the pill, not only the value. A stale title is grey (`1;30` = #7f7f7f) with a warning sign
 * and its age: visibly not current, and the old number never at full contrast.
 */
import type { Tone, UnitsPreference } from '../../../common/glucose/vocabulary';
import type { CurrentReading } from '../../../common/snapshot';
import { PRIVACY_MASK } from '../../../common/glucose/privacy';

const ESC = '\u001b[';
const RESET = `${ESC}0m`;
const GREY = `${ESC}1;30m`;

const PILLS: Partial<Record<Tone, string>> = {
  low: `${ESC}37;41m`,
  urgentLow: `${ESC}37;41m`,
  high: `${ESC}30;43m`,
  urgentHigh: `${ESC}30;43m`,
};

export interface MacTitle {
  /** The words alone, for anything that is not the menu bar. */
  text: string;
  /** The same words with ANSI colour codes, for `tray.setTitle`. */
  ansi: string;
}

const plain = (text: string): MacTitle => ({ text, ansi: text });

/**
 * A delta that rounds to zero is formatted with `±` (common/glucose/units.ts formatDelta): a
 * flat trend already says "no change", so the title leaves it out.
 */
function shownDelta(delta: string | null): string {
  return delta === null || delta.startsWith('±') ? '' : delta;
}

export function macTitleFor(
  current: CurrentReading,
  units: UnitsPreference,
  privacy: boolean,
): MacTitle {
  const d = current.display;
  if (privacy) {
    // No range colour either: a red mask would say "low" as clearly as the number.
    if (!current.stale) return plain(PRIVACY_MASK);
    const text = `⚠ ${PRIVACY_MASK}`;
    return { text, ansi: `${GREY}${text}${RESET}` };
  }
  const both = units === 'both' && d.secondary ? ` · ${d.secondary}` : '';
  const value = `${d.value}${both}`;
  if (current.stale) {
    // Arrow and delta describe a moment long gone; the age says how long.
    const text = `⚠ ${value} (${d.age})`;
    return { text, ansi: `${GREY}${text}${RESET}` };
  }
  const tail = [d.arrow, both ? '' : shownDelta(d.delta)].filter((part) => part.trim() !== '');
  const text = [value, ...tail].join(' ');
  const pill = PILLS[current.tone];
  if (!pill) return plain(text);
  const rest = tail.length > 0 ? ` ${tail.join(' ')}` : '';
  const urgent = current.tone === 'urgentLow' || current.tone === 'urgentHigh';
  const ansi = urgent ? `${pill} ${text} ${RESET}` : `${pill} ${value} ${RESET}${rest}`;
  return { text, ansi };
}
