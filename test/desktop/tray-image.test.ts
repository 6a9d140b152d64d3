// The image in the tray: on Windows exactly the size the taskbar draws at each scale (the
// taskbar takes the 1x bitmap, standin/tray.ts), and on Windows and Linux digits that stand
// out (≥ 4.5:1) from what is behind them, on a dark panel with a light app theme and on a
// light panel with a dark app theme, whatever the platform reports.
import { describe, expect, it } from 'vitest';
import { digitContrast } from './contrast';
import { trayOf } from './person';
import type { PersonalityName } from './standin/personalities';
import { iconMatchesModel, lastSnapshot } from './tray-expect';
import { useDesktopSuite, waitFor } from './world';

const suite = useDesktopSuite();

describe('the Windows tray image size', () => {
  for (const name of ['win32-100', 'win32-125', 'win32-150', 'win32-200'] as const) {
    it(`${name}: the taskbar gets the value image at exactly the size it shows`, async () => {
      const m = suite.machine({ personality: name });
      const proc = m.launch();
      const tray = await trayOf(proc);
      const shown = await waitFor('a value icon', () => {
        const image = tray.shownImage();
        const snap = lastSnapshot(proc);
        return image && snap?.current && iconMatchesModel(image, snap, 'win32') ? image : null;
      });
      expect({ width: shown.width, height: shown.height }).toEqual({
        width: m.personality.trayIconPx,
        height: m.personality.trayIconPx,
      });
      await suite.picture(m, proc, 'tray-size');
    });
  }
});

const LEGIBILITY: PersonalityName[] = [
  'win32-100',
  'linux-x11',
  'linux-appindicator',
  'linux-wayland',
];

describe.each(LEGIBILITY)('the tray value on %s', (name) => {
  for (const [panelStyle, appTheme] of [
    ['dark', 'light'],
    ['light', 'dark'],
  ] as const) {
    it(`is legible on a ${panelStyle} panel with a ${appTheme} app theme`, async () => {
      const m = suite.machine({ personality: name });
      m.desktop.systemStyle = panelStyle;
      m.desktop.appTheme = appTheme;
      const proc = m.launch();
      const tray = await trayOf(proc);
      const platform = m.personality.platform as 'win32' | 'linux';
      const shown = await waitFor('a value icon', () => {
        const image = tray.shownImage();
        const snap = lastSnapshot(proc);
        return image && snap?.current && iconMatchesModel(image, snap, platform) ? image : null;
      });
      const { ratio, ink, background } = digitContrast(shown, m.desktop.panelColour);
      expect(
        ratio,
        `digits ${ink} on ${background} (panel ${m.desktop.panelColour})`,
      ).toBeGreaterThanOrEqual(4.5);
      await suite.picture(m, proc, `legible-${panelStyle}-panel-${appTheme}-apps`);
    });
  }
});
