import { describe, expect, it } from 'vitest';
import type { Tone } from '../../../preload/contract';
import { macTitleFor } from '../../../main/core/tray/mac-title';
import { contrastRatio, type Rgb } from '../../../main/core/tray/palette';
import { reading } from './fixtures';

/**
 * What macOS shows for an ANSI title, following Electron's parser
 * (shell/browser/ui/cocoa/NSString+ANSI.mm): its fixed palette, `1` choosing the darker
 * foreground within one sequence, `0` resetting, text split on `ESC[` and then on `m`.
 */
interface Run {
  text: string;
  fg: Rgb | null;
  bg: Rgb | null;
}
const FG: Record<number, [Rgb, Rgb]> = {
  30: [
    [0, 0, 0],
    [0x7f, 0x7f, 0x7f],
  ],
  31: [
    [0xff, 0, 0],
    [0xcd, 0, 0],
  ],
  33: [
    [0xff, 0xff, 0],
    [0xcd, 0xcd, 0],
  ],
  37: [
    [0xff, 0xff, 0xff],
    [0xe5, 0xe5, 0xe5],
  ],
};
const BG: Record<number, Rgb> = { 41: [0xcd, 0, 0], 43: [0xcd, 0xcd, 0] };

function parseAnsi(title: string): Run[] {
  const runs: Run[] = [];
  let fg: Rgb | null = null;
  let bg: Rgb | null = null;
  const [first = '', ...parts] = title.split('\u001b[');
  if (first) runs.push({ text: first, fg, bg });
  for (const part of parts) {
    const [codes = '', ...rest] = part.split('m');
    let bold = false;
    for (const code of codes.split(';').map(Number)) {
      if (code === 0) [fg, bg] = [null, null];
      else if (code === 1 || code === 22) bold = code === 1;
      else if (FG[code]) fg = FG[code]![bold ? 1 : 0];
      else if (BG[code]) bg = BG[code]!;
      else throw new Error(`code ${code} is not in Electron's ANSI palette`);
    }
    const text = rest.join('m');
    if (text) runs.push({ text, fg, bg });
  }
  return runs;
}

const LIGHT_BAR: Rgb = [0xf6, 0xf6, 0xf6];
const DARK_BAR: Rgb = [0x1e, 0x1e, 0x1e];

function runWith(title: string, fragment: string): Run {
  const run = parseAnsi(title).find((r) => r.text.includes(fragment));
  if (!run) throw new Error(`no run containing ${fragment} in ${JSON.stringify(title)}`);
  return run;
}

const at = (tone: Tone, value: string, arrow = '↘', delta = '-2') =>
  reading({ tone, display: { value, arrow, delta } as never });

describe('macOS title', () => {
  it('an in-range value keeps the system colour (no codes), with arrow and delta', () => {
    const title = macTitleFor(reading(), 'mg/dL', false);
    expect(title).toEqual({ text: '131 ↗ +3', ansi: '131 ↗ +3' });
  });

  it('a flat trend shows no "±0"', () => {
    const flat = reading({ trend: 'flat', display: { arrow: '→', delta: '±0' } as never });
    expect(macTitleFor(flat, 'mg/dL', false).text).toBe('131 →');
    const mmol = reading({ display: { value: '7.3', arrow: '→', delta: '±0.0' } as never });
    expect(macTitleFor(mmol, 'mmol/L', false).text).toBe('7.3 →');
  });

  it('out of range, the value sits on a range-coloured pill readable on any menu bar', () => {
    for (const tone of ['low', 'urgentLow', 'high', 'urgentHigh'] as const) {
      const { ansi } = macTitleFor(at(tone, '65'), 'mg/dL', false);
      const run = runWith(ansi, '65');
      expect(run.bg, tone).not.toBeNull();
      expect(contrastRatio(run.fg!, run.bg!), tone).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('low and high differ by more than hue: white on red against black on yellow', () => {
    const low = runWith(macTitleFor(at('low', '65'), 'mg/dL', false).ansi, '65');
    const high = runWith(macTitleFor(at('high', '210'), 'mg/dL', false).ansi, '210');
    expect(contrastRatio(low.fg!, high.fg!)).toBeGreaterThan(15);
    expect(contrastRatio(low.bg!, high.bg!)).toBeGreaterThanOrEqual(3);
  });

  it('an urgent value puts the whole title on the pill; a plain low only the number', () => {
    const urgent = macTitleFor(at('urgentLow', '48', '↓', '-4'), 'mg/dL', false).ansi;
    expect(runWith(urgent, '↓').bg).not.toBeNull();
    const low = macTitleFor(at('low', '65'), 'mg/dL', false).ansi;
    expect(runWith(low, '↘').bg).toBeNull();
    expect(
      parseAnsi(low)
        .map((r) => r.text)
        .join(''),
    ).toBe(' 65  ↘ -2');
  });

  it('a stale title is grey, says its age and drops arrow and delta', () => {
    const stale = reading({
      stale: true,
      tone: 'stale',
      display: { value: '131', age: '12 min ago', arrow: '↗', delta: '+3' } as never,
    });
    const title = macTitleFor(stale, 'mg/dL', false);
    expect(title.text).toBe('⚠ 131 (12 min ago)');
    const runs = parseAnsi(title.ansi);
    expect(runs.map((r) => r.text).join('')).toBe(title.text);
    for (const run of runs) {
      expect(run.bg).toBeNull();
      // Never at full contrast: far below the system label's ≥ 15:1 on either menu bar.
      expect(contrastRatio(run.fg!, LIGHT_BAR)).toBeLessThan(4.5);
      expect(contrastRatio(run.fg!, DARK_BAR)).toBeLessThan(4.5);
      expect(contrastRatio(run.fg!, DARK_BAR)).toBeGreaterThanOrEqual(3);
    }
  });

  it('privacy mode: no number, no arrow, no range colour', () => {
    for (const tone of ['low', 'urgentLow', 'high', 'urgentHigh', 'inRange'] as const) {
      const { text, ansi } = macTitleFor(at(tone, '65'), 'both', true);
      expect(text).toBe('•••');
      expect(ansi).toBe('•••');
    }
    const stale = reading({ stale: true, tone: 'stale' });
    const { ansi } = macTitleFor(stale, 'mg/dL', true);
    for (const run of parseAnsi(ansi)) expect(run.bg).toBeNull();
    expect(
      parseAnsi(ansi)
        .map((r) => r.text)
        .join(''),
    ).toBe('⚠ •••');
  });

  it('uses only codes Electron understands, and a split on "m" does not eat the text', () => {
    const stale = reading({ stale: true, tone: 'stale', display: { age: '25 min ago' } as never });
    for (const current of [at('low', '65'), at('urgentHigh', 'HI', '→', '+1'), stale]) {
      const { text, ansi } = macTitleFor(current, 'mg/dL', false);
      const shown = parseAnsi(ansi)
        .map((r) => r.text)
        .join('');
      expect(shown.replace(/\s+/g, ' ').trim()).toBe(text);
    }
  });
});
